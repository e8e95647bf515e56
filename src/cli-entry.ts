import { realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/**
 * dist/cli.js: the program as an ES module (the bin runs it from dist/program/ instead, see
 * src/program-loader/load-program.ts), for `import { main } from '…/dist/cli.js'` and for
 * `node dist/cli.js …`, which goes through the bin.
 */
export * from './cli.js'

/**
 * `node dist/cli.js …`: this file run directly instead of through bin/support-doctor.js (it would do
 * nothing at all). The bin is the program's one way in (the quick answers, a closed pipe, leaving
 * once output is flushed), so this goes through it, with the same arguments. This module is the
 * entry itself, never in a shared chunk: its own URL is dist/cli.js.
 */
function runDirectly(): boolean {
  const script = process.argv[1]
  if (script === undefined) return false
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url))
  } catch {
    return false // a path that is gone: not this program's entry
  }
}
// Not awaited: the bin imports the program, whose evaluation must end first (awaited, each would wait for the other).
if (runDirectly())
  import(new URL('../bin/support-doctor.js', import.meta.url).href).catch((error: unknown) => {
    // An install without its bin: one line, never a stack trace.
    process.stderr.write(`support-doctor: cannot start (${error instanceof Error ? error.message : String(error)})\n`)
    process.exitCode = 1
  })
