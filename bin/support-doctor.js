#!/usr/bin/env node
// The whole program lives in dist/ (bundled from src/ by `npm run build`). This file is CommonJS
// (bin/package.json): Node starts a CommonJS main sooner than an ES one, and so --version does too.
'use strict'
const { readFileSync } = require('node:fs')
const nodeModule = require('node:module')
const path = require('node:path')

// Output piped into `head` or a closed pager: the reader is gone, so leave quietly (as cat does).
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => process.exit(error.code === 'EPIPE' ? 0 : 1))
}

// Node 22.1+ keeps compiled code between runs (a no-op on Node 20): this file's, the quick answers',
// the loader's and a plain `redact`'s. The program keeps its own (src/program-loader/load-program.ts), on every Node.
nodeModule.enableCompileCache?.()

const dist = path.join(__dirname, '..', 'dist')

async function run() {
  let quickAnswer
  try {
    ;({ quickAnswer } = require(path.join(dist, 'quick-answer.cjs')))
  } catch (error) {
    return cannotStart(error)
  }
  // `--version` and `--help` are answered from pages the build rendered, before the program loads.
  const read = (file) => JSON.parse(readFileSync(path.join(dist, 'quick-answers', file), 'utf8'))
  const args = process.argv.slice(2)
  const quick = quickAnswer(args, process.env, process.stdout, {
    facts: () => read('facts.json'),
    pages: (lang, command) => read(path.join(lang, `${command}.json`)),
  })
  if (quick !== undefined) {
    process.stdout.write(quick)
    return leave(0)
  }
  // A plain `redact` runs without the program (commander, zod, every command): the engine and the
  // catalog only. It answers undefined, before reading anything, for whatever the program must answer.
  if (args[0] === 'redact') {
    const light = await (await import('../dist/redact-cli.js')).redactCli(args.slice(1))
    if (light !== undefined) return leave(light)
  }
  // Everything else runs the program, from scripts that keep their compiled code between runs.
  let program
  try {
    const { loadProgram } = require(path.join(dist, 'program-loader.cjs'))
    program = loadProgram(path.join(dist, 'program'), args, process.env)
  } catch (error) {
    return cannotStart(error)
  }
  const code = await program.main(process.argv)
  return leave(code, program)
}

// Keep-alive sockets to RPC endpoints would hold the process open for a while after the answer
// is written: once both streams are flushed there is nothing left to do, so leave at once.
async function leave(code, program) {
  const flushed = (stream) => new Promise((resolve) => stream.write('', resolve))
  await Promise.all([flushed(process.stdout), flushed(process.stderr)])
  program?.saveCodeCache()
  process.exit(code)
}

// An install missing its build (`npm run build` not run): one line, never a stack trace.
function cannotStart(error) {
  process.stderr.write(`support-doctor: cannot start (${error instanceof Error ? error.message : String(error)})\n`)
  process.exit(1)
}

run().catch((error) => {
  // The program answers every failure itself; anything reaching here is a bug: one line, no stack.
  process.stderr.write(`support-doctor: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
