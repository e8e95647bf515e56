import { Writable } from 'node:stream'
import { commandNames, main, processSystem } from './cli.js'
import { languages, type Lang } from './i18n/catalog.js'
import { PROGRAM_PAGE, type HelpPages, type QuickFacts } from './quick-answer.js'

/** Narrower terminals than this are left to the full program. */
export const NARROWEST_RENDERED = 40

/**
 * Build time (scripts/build.js): every help page the full program prints, as it prints it, at
 * every terminal width from NARROWEST_RENDERED up, for quick-answer.ts. Rendered by running `main`
 * itself, so the fast answer cannot drift from the program's (test/integration/quick-answer.test.ts
 * compares them again).
 */
export async function renderQuickAnswers(): Promise<{
  facts: QuickFacts
  pages: Record<Lang, Record<string, HelpPages>>
}> {
  const pages = {} as Record<Lang, Record<string, HelpPages>>
  for (const lang of languages) {
    pages[lang] = {}
    for (const name of commandNames) pages[lang][name] = await helpPages([name, '--help', '--lang', lang])
    pages[lang][PROGRAM_PAGE] = await helpPages(['--help', '--lang', lang])
  }
  return { facts: { version: processSystem().version, languages, commands: commandNames }, pages }
}

async function helpPages(args: string[]): Promise<HelpPages> {
  const wide = await printed(args, 100_000)
  // From a width no line of the unwrapped page exceeds, commander wraps nothing: that page holds for
  // every wider terminal. Below it, each width is rendered and each change of page recorded.
  const top = Math.max(...wide.split('\n').map((line) => line.length)) + 1
  if ((await printed(args, top)) !== wide) throw new Error(`help for ${args.join(' ')} wraps at ${top} columns`)
  const pages: HelpPages['pages'] = [[top, wide]]
  for (let width = top - 1; width >= NARROWEST_RENDERED; width--) {
    const page = await printed(args, width)
    const narrowest = pages[0] as [number, string]
    if (page === narrowest[1]) narrowest[0] = width
    else pages.unshift([width, page])
  }
  if ((await printed(args, undefined)) !== pages.findLast(([from]) => from <= 80)?.[1])
    throw new Error(`help for ${args.join(' ')} in a pipe is not the 80-column page`)
  return { pages }
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
