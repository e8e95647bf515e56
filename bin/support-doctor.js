#!/usr/bin/env node
// The whole program lives in dist/ (bundled from src/ by `npm run build`).
import { readFileSync } from 'node:fs'
import module from 'node:module'
import { fileURLToPath } from 'node:url'

// Output piped into `head` or a closed pager: the reader is gone, so leave quietly (as cat does).
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => process.exit(error.code === 'EPIPE' ? 0 : 1))
}

// Node 22.1+ keeps compiled code of ES modules between runs (a no-op on Node 20): the bin's own and
// a plain `redact`'s. The program keeps its own (dist/program-loader.js), on every Node.
module.enableCompileCache?.()

// `--version` and `--help` are answered from pages the build rendered, before the program loads.
const { quickAnswer } = await import('../dist/quick-answer.js')
const read = (file) => JSON.parse(readFileSync(new URL(`../dist/quick-answers/${file}`, import.meta.url), 'utf8'))
const quick = quickAnswer(process.argv.slice(2), process.env, process.stdout, {
  facts: () => read('facts.json'),
  pages: (lang, command) => read(`${lang}/${command}.json`),
})
if (quick !== undefined) process.stdout.write(quick)
// A plain `redact` runs without the program (commander, zod, every command): the engine and the
// catalog only. It answers undefined, before reading anything, for whatever the program must answer.
const args = process.argv.slice(2)
const redactLightly = async () => (await import('../dist/redact-cli.js')).redactCli(args.slice(1))
const light = quick === undefined && args[0] === 'redact' ? await redactLightly() : undefined
// Everything else runs the program, from scripts that keep their compiled code between runs.
const loadProgram = async () => {
  try {
    const { loadProgram } = await import('../dist/program-loader.js')
    return loadProgram(fileURLToPath(new URL('../dist/program/', import.meta.url)), args, process.env)
  } catch (error) {
    // An install missing its build (`npm run build` not run): one line, never a stack trace.
    process.stderr.write(`support-doctor: cannot start (${error instanceof Error ? error.message : String(error)})\n`)
    process.exit(1)
  }
}
const program = quick === undefined && light === undefined ? await loadProgram() : undefined
const code = quick !== undefined ? 0 : (light ?? (await program.main(process.argv)))
// Keep-alive sockets to RPC endpoints would hold the process open for a while after the answer
// is written: once both streams are flushed there is nothing left to do, so leave at once.
const flushed = (stream) => new Promise((resolve) => stream.write('', resolve))
await Promise.all([flushed(process.stdout), flushed(process.stderr)])
program?.saveCodeCache()
process.exit(code)
