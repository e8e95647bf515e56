import type { Config } from '../config/schema.js'
import type { Lang } from '../i18n/catalog.js'
import type { NetworkOptions, OutputOptions } from './common-options.js'
import type { Deps } from './deps.js'

export const DEFAULT_TIMEOUT_MS = 15_000

export type Settings = {
  lang: Lang
  config: Config
  timeoutMs: number
  /** Per HTTP request: a third of the deadline, so a hanging endpoint leaves time for two more. */
  requestTimeoutMs: number
  format: 'text' | 'markdown' | 'json'
  /** `--width`: columns to wrap text at, whatever the output is; undefined lets the exporter decide. */
  width?: number | undefined
  /** The library caller's AbortSignal (Deps), handed to the endpoints' HTTP clients. */
  signal?: AbortSignal | undefined
  /**
   * Endpoints of the user's own (`--rpc`, the config's or the environment's `rpc`) are asked
   * together with the built-in public ones: when time runs out, the way to ask only theirs
   * (`--no-public-rpc`) is worth saying.
   */
  ownBesidePublic?: boolean | undefined
}

/** The options settings are made of: a command that has only some of them passes just those. */
export type SettingsOptions = Partial<
  Pick<NetworkOptions, 'timeout' | 'rpc' | 'publicRpc'> & Pick<OutputOptions, 'json' | 'format' | 'width'>
>

/**
 * Settings for one command: the language and config decided at start-up, with the command's own
 * time limit and format. No network, no file: every input error has surfaced by now.
 */
export function settingsFor(
  options: SettingsOptions,
  deps: Pick<Deps, 'lang' | 'json' | 'config' | 'signal'>,
): Settings {
  const timeoutMs = options.timeout ?? deps.config.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const format = options.json || deps.json ? 'json' : (options.format ?? 'text')
  return {
    lang: deps.lang,
    config: deps.config,
    timeoutMs,
    requestTimeoutMs: Math.max(100, Math.floor(timeoutMs / 3)),
    format,
    width: options.width,
    ...(deps.signal ? { signal: deps.signal } : {}),
    ownBesidePublic:
      ((options.rpc?.length ?? 0) > 0 || Object.keys(deps.config.rpc ?? {}).length > 0) &&
      options.publicRpc !== false &&
      deps.config.publicRpc !== false,
  }
}
