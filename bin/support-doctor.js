#!/usr/bin/env node
// The whole program lives in dist/ (bundled from src/ by `npm run build`).
import { readFileSync } from 'node:fs'
import module from 'node:module'

// Output piped into `head` or a closed pager: the reader is gone, so leave quietly (as cat does).
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => process.exit(error.code === 'EPIPE' ? 0 : 1))
}

// Node 22.1+ keeps compiled code between runs (a no-op on Node 20): a faster start for every call.
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
const code = quick !== undefined ? 0 : (light ?? (await (await import('../dist/cli.js')).main(process.argv)))
// Keep-alive sockets to RPC endpoints would hold the process open for a while after the answer
// is written: once both streams are flushed there is nothing left to do, so leave at once.
const flushed = (stream) => new Promise((resolve) => stream.write('', resolve))
await Promise.all([flushed(process.stdout), flushed(process.stderr)])
process.exit(code)
