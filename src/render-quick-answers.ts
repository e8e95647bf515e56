import { Writable } from 'node:stream'
import { commandNames, main, processSystem } from './cli.js'
import { languages } from './i18n/catalog.js'
import type { HelpPage, QuickAnswers } from './quick-answer.js'

/**
 * Build time (scripts/build.js): every help page the full program prints, as it prints it, for
 * quick-answer.ts. Rendered by running `main` itself, so the fast answer cannot drift from the
 * program's (test/unit/quick-answer.test.ts compares them again).
 */
export async function renderQuickAnswers(): Promise<QuickAnswers> {
  const help = {} as QuickAnswers['help']
  for (const lang of languages) {
    help[lang] = {}
    for (const name of ['', ...commandNames])
      help[lang][name] = await helpPage([name, '--help', '--lang', lang].filter(Boolean))
  }
  return { version: processSystem().version, help }
}

async function helpPage(args: string[]): Promise<HelpPage> {
  const pipe = await printed(args, undefined)
  const wide = await printed(args, 100_000)
  // At a width no line of the unwrapped page exceeds, commander wraps nothing; below it, find the
  // narrowest terminal that still gets the same page (each width checked, down to 81 columns).
  let wideFrom = Math.max(...wide.split('\n').map((line) => line.length)) + 1
  if ((await printed(args, wideFrom)) !== wide) throw new Error(`help for ${args.join(' ')} wraps at ${wideFrom}`)
  while (wideFrom > 81 && (await printed(args, wideFrom - 1)) === wide) wideFrom--
  return { pipe, wide, wideFrom }
}

/** What the program writes to stdout for these arguments, on a terminal `columns` wide (undefined: a pipe). */
async function printed(args: string[], columns: number | undefined): Promise<string> {
  let out = ''
  let err = ''
  const sink = (write: (s: string) => void) =>
    Object.assign(
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          write(chunk.toString())
          done()
        },
      }),
      { isTTY: columns !== undefined, columns },
    )
  const code = await main(['node', 'support-doctor', ...args], {
    ...processSystem(),
    env: {},
    stdout: sink((s) => (out += s)),
    stderr: sink((s) => (err += s)),
    stdinIsTTY: false,
  })
  if (code !== 0 || err !== '' || out === '')
    throw new Error(`support-doctor ${args.join(' ')} did not print help: ${err}`)
  return out
}
