import { homedir } from 'node:os'
import { join } from 'node:path'

/**
 * This tool's folder in the user's cache (`$XDG_CACHE_HOME/support-doctor`, else
 * `~/.cache/support-doctor`): the memory of transactions looked at and the compiled-code cache.
 */
export const cacheFolder = (env: NodeJS.ProcessEnv): string =>
  join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'support-doctor')
