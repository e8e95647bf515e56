import type { Lang } from './i18n/catalog.js'
import { langFromEnvironment } from './i18n/detect-lang.js'

/**
 * The help pages the full program prints, rendered at build time (scripts/build.js runs `main`
 * for each language, command and terminal width) so that `--version` and `--help` are answered
 * before the program loads. One file per language and command; in it, each distinct page with the
 * narrowest terminal width that gets it, narrowest first (the last one, nothing wrapped, goes on
 * for any wider terminal).
 */
export type HelpPages = { pages: [fromWidth: number, text: string][] }
export type QuickFacts = { version: string; languages: readonly string[]; commands: readonly string[] }
export type QuickSource = { facts: () => QuickFacts; pages: (lang: Lang, command: string) => HelpPages }

/** The file of the program's own page (command names never start with an underscore). */
export const PROGRAM_PAGE = '_program'

const HELP_FLAGS = ['-h', '--help']
const VERSION_FLAGS = ['-V', '--version']

/**
 * What to print for `--version`, `--help` or `<command> --help` (with at most one `--lang`), or
 * undefined for anything else — other arguments, a terminal narrower than any rendered page — which
 * the full program then answers. Never guesses: an argument list it does not know exactly is not its.
 */
export function quickAnswer(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  stdout: { isTTY?: boolean; columns?: number },
  source: QuickSource,
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
        ? PROGRAM_PAGE
        : undefined
      : HELP_FLAGS.includes(second)
        ? first
        : undefined
  if (!versionAsked && helpFor === undefined) return undefined

  const facts = source.facts()
  // An unknown language is commander's to refuse, in the full program.
  if (lang !== undefined && !facts.languages.includes(lang)) return undefined
  if (versionAsked) return `${facts.version}\n`
  if (helpFor !== PROGRAM_PAGE && !facts.commands.includes(helpFor as string)) return undefined
  const { pages } = source.pages((lang as Lang | undefined) ?? langFromEnvironment(env), helpFor as string)
  // commander's own rule for the width: the terminal's columns, 80 when it is not a terminal.
  const width = stdout.isTTY ? (stdout.columns ?? 80) : 80
  return pages.findLast(([fromWidth]) => fromWidth <= width)?.[1]
}
