import type { Lang } from './i18n/catalog.js'
import { langFromEnvironment } from './i18n/detect-lang.js'

/**
 * The help pages the full program prints, rendered at build time (scripts/build.js runs `main`
 * for each language and command) so that `--version` and `--help` are answered before the program
 * loads. A page is kept at two widths: `pipe` is what a pipe or an 80-column terminal gets, `wide`
 * what any terminal at least `wideFrom` columns wide gets (there nothing wraps any more).
 */
export type HelpPage = { pipe: string; wide: string; wideFrom: number }
export type QuickAnswers = {
  version: string
  /** Per language, per command name; '' is the program's own page. */
  help: Record<Lang, Record<string, HelpPage>>
}

const HELP_FLAGS = ['-h', '--help']
const VERSION_FLAGS = ['-V', '--version']

/**
 * What to print for `--version`, `--help` or `<command> --help` (with at most one `--lang`), or
 * undefined for anything else — other arguments, a terminal width no page was rendered for — which
 * the full program then answers. Never guesses: an argument list it does not know exactly is not its.
 */
export function quickAnswer(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  stdout: { isTTY?: boolean; columns?: number },
  answers: () => QuickAnswers,
): string | undefined {
  let lang: string | undefined
  const words: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    if (arg === '--lang' || arg.startsWith('--lang=')) {
      if (lang !== undefined) return undefined
      lang = arg === '--lang' ? args[++i] : arg.slice('--lang='.length)
      if (lang === undefined) return undefined
    } else words.push(arg)
  }
  const [first, second, ...more] = words
  if (first === undefined || more.length > 0) return undefined
  const versionAsked = second === undefined && VERSION_FLAGS.includes(first)
  const helpFor =
    second === undefined
      ? HELP_FLAGS.includes(first)
        ? ''
        : undefined
      : HELP_FLAGS.includes(second)
        ? first
        : undefined
  if (!versionAsked && helpFor === undefined) return undefined

  const known = answers()
  // An unknown language is commander's to refuse, in the full program.
  if (lang !== undefined && !Object.hasOwn(known.help, lang)) return undefined
  if (versionAsked) return `${known.version}\n`
  const pages = known.help[(lang as Lang | undefined) ?? langFromEnvironment(env)]
  const page = Object.hasOwn(pages, helpFor as string) ? pages[helpFor as string] : undefined
  if (!page) return undefined
  // commander's own rule for the width: the terminal's columns, 80 when it is not a terminal.
  const width = stdout.isTTY ? (stdout.columns ?? 80) : 80
  if (width === 80) return page.pipe
  return width >= page.wideFrom ? page.wide : undefined
}
