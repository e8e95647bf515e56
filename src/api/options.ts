import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as z from 'zod'
import type { Deps } from '../commands/deps.js'
import { rpcUrlSchema } from '../commands/option-schemas.js'
import { parseOptions } from '../commands/parse-options.js'
import { loadConfig } from '../config/load-config.js'
import type { Config } from '../config/schema.js'
import type { Lang } from '../i18n/catalog.js'
import { loadLanguage } from '../i18n/load-language.js'
import { packageRoot } from '../package-root.js'
import { silentIO } from './silent-io.js'

/** A config file's path (any string other than 'search'). */
export type ConfigPath = string & NonNullable<unknown>

/** What every library call takes: the CLI's network and language flags, as values. */
export type LibraryOptions = {
  /** `--chain`: a name ("base") or an id (8453). */
  chain?: string | number
  /** `--rpc`: a list of endpoints (each checked for the chain it serves), or endpoints per chain name or id. */
  rpc?: string[] | Record<string, string | string[]>
  /** `--no-public-rpc` is `publicRpc: false`. */
  publicRpc?: boolean
  /** `--lang`; English unless asked (the environment is not consulted). */
  lang?: Lang
  /** `--timeout`, in milliseconds, for the whole look. */
  timeoutMs?: number
  /** Stops waiting at once; the call rejects with code `aborted`. */
  signal?: AbortSignal
  /** No config file is read unless asked: `'search'` finds one as the CLI does, or give its path. */
  config?: 'search' | ConfigPath
}

let version: string | undefined
const packageVersion = () =>
  (version ??= (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version)

const rpcMapSchema = z.record(z.string().min(1), z.union([rpcUrlSchema, z.array(rpcUrlSchema).min(1)]))

/**
 * The Deps a command runs with, built from library options instead of a command line: silent
 * streams, the config only if asked for, per-chain endpoints merged into it.
 */
export async function libraryDeps(
  options: LibraryOptions,
  where: { cwd: string; env: NodeJS.ProcessEnv } = { cwd: process.cwd(), env: process.env },
): Promise<Deps> {
  let config: Config = {}
  if (options.config !== undefined) {
    const configPath = options.config === 'search' ? undefined : options.config
    config = (await loadConfig({ configPath, ...where })).config
  }
  if (options.rpc !== undefined && !Array.isArray(options.rpc)) {
    const map = parseOptions(rpcMapSchema, options.rpc)
    const perChain = Object.fromEntries(Object.entries(map).map(([k, v]) => [k, Array.isArray(v) ? v : [v]]))
    config = { ...config, rpc: { ...config.rpc, ...perChain } }
  }
  const lang = options.lang ?? config.lang ?? 'en'
  await loadLanguage(lang)
  return {
    io: silentIO(),
    env: where.env,
    cwd: where.cwd,
    now: () => new Date(),
    version: packageVersion(),
    lang,
    json: true,
    config,
    ...(options.signal ? { signal: options.signal } : {}),
  }
}

/** The network and language flags as commander would have handed them over, for the command schemas. */
export function rawNetworkOptions(options: LibraryOptions): Record<string, unknown> {
  return {
    chain: options.chain === undefined ? undefined : String(options.chain),
    rpc: Array.isArray(options.rpc) ? options.rpc : [],
    publicRpc: options.publicRpc ?? true,
    timeout: options.timeoutMs,
    lang: options.lang,
    json: true,
  }
}
