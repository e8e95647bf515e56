import { loadConfig } from '../config/load-config.js'
import type { Config } from '../config/schema.js'
import { languages, type Lang } from '../i18n/catalog.js'
import { langFromEnvironment } from '../i18n/detect-lang.js'
import { loadLanguage } from '../i18n/load-language.js'

/**
 * The few flags that must be known before commander parses anything: the language help and
 * errors are written in, whether the answer is JSON, and which config file to read. Read here and
 * nowhere else; commander still declares and validates them for each command.
 */
export type StartupFlags = { lang: Lang | undefined; json: boolean; configPath: string | undefined; quick: boolean }

export function readStartupFlags(argv: readonly string[]): StartupFlags {
  const value = (name: string) => {
    const index = argv.findIndex((a) => a === name || a.startsWith(`${name}=`))
    if (index === -1) return undefined
    const arg = argv[index] as string
    return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1]
  }
  const lang = value('--lang')
  return {
    lang: (languages as readonly string[]).includes(lang ?? '') ? (lang as Lang) : undefined,
    json: argv.includes('--json') || value('--format') === 'json',
    configPath: value('--config'),
    // Help and version are answered without reading any file.
    quick: argv.some((a) => ['-h', '--help', '-V', '--version'].includes(a)),
  }
}

export type Startup = { lang: Lang; json: boolean; config: Config }

/**
 * Language and format, decided once: the flag, else the config file's, else the environment's.
 * The language's catalog is loaded here (only that one).
 */
export async function startUp(flags: StartupFlags, where: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Startup> {
  const config = flags.quick ? {} : (await loadConfig({ configPath: flags.configPath, ...where })).config
  const lang = flags.lang ?? config.lang ?? langFromEnvironment(where.env)
  await loadLanguage(lang)
  return { lang, json: flags.json, config }
}

/**
 * Before the config is read (and when it cannot be), errors speak the flag's or the environment's
 * language: its catalog loaded.
 */
export async function earlyLang(flags: StartupFlags, env: NodeJS.ProcessEnv): Promise<Lang> {
  const lang = flags.lang ?? langFromEnvironment(env)
  await loadLanguage(lang)
  return lang
}
