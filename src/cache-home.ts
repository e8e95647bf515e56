import { homedir } from 'node:os'
import { isAbsolute, join } from 'node:path'

/**
 * This tool's folder in the user's cache (`$XDG_CACHE_HOME/support-doctor`, else
 * `~/.cache/support-doctor`): the memory of transactions looked at and the compiled-code cache.
 * A relative `XDG_CACHE_HOME` is ignored, as the XDG spec says: it would name a folder inside
 * wherever the tool was started (a cloned repository, an unzipped ticket).
 */
export const cacheFolder = (env: NodeJS.ProcessEnv): string => {
  const xdg = env.XDG_CACHE_HOME
  return join(xdg && isAbsolute(xdg) ? xdg : join(homedir(), '.cache'), 'support-doctor')
}
