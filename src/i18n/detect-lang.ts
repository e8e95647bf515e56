import type { Lang } from './catalog.js'

/**
 * The language from the environment, as POSIX orders it: LC_ALL overrides LC_MESSAGES, which
 * overrides LANG. Anything that is not Japanese falls back to English.
 */
export function langFromEnvironment(env: NodeJS.ProcessEnv): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || ''
  return /^ja([_.-]|$)/i.test(locale) ? 'ja' : 'en'
}
