/**
 * support-doctor as a library: `import { diagnoseTransaction } from 'support-doctor'`.
 *
 * Each function returns exactly the object `support-doctor <command> --json` prints (typed from
 * the schemas shipped in schema/) and throws only SupportDoctorError. Importing this module does
 * nothing: no output, no process.exit, no config file read unless a call asks for one.
 */
import type { GasOutput, RedactOutput, RpcOutput } from '../report/command-schemas.js'
import type { Report } from '../report/schema.js'
import type { Lang } from '../i18n/catalog.js'
import { loadLanguage } from '../i18n/load-language.js'
import { abortable, toLibraryError } from './errors.js'
import { libraryDeps, type ConfigPath, type LibraryOptions } from './options.js'
import { RedactingStream, redactionSettings } from './redaction.js'
import {
  addressOutput,
  gasStatusOutput,
  redactOutput,
  rpcHealthOutput,
  transactionOutput,
  type Output,
} from './outputs.js'

export { SupportDoctorError } from './errors.js'
export type { RedactingStream } from './redaction.js'
export type { ConfigPath, LibraryOptions } from './options.js'
export type { Report, ReportFinding } from '../report/schema.js'
export type { GasOutput, RedactOutput, RpcOutput, GuideOutput } from '../report/command-schemas.js'

export type DiagnoseTransactionOptions = LibraryOptions & {
  /** `--from` and `--nonce`: find a transaction that never reached a node by its sender and nonce. */
  from?: string
  nonce?: number | string
  /** Remember the look in the CLI's memory file (off by default: a library call writes nothing). */
  cache?: boolean
}
export type CheckAddressOptions = LibraryOptions & { token?: string }
export type RedactTextOptions = {
  keep?: string[]
  redactAddresses?: boolean
  lang?: Lang
  config?: 'search' | ConfigPath
}

async function run<J>(
  options: LibraryOptions,
  work: (deps: Awaited<ReturnType<typeof libraryDeps>>) => Promise<Output<J>>,
) {
  const lang = options.lang ?? 'en'
  try {
    const deps = await abortable(libraryDeps(options), options.signal)
    return (await abortable(work(deps), options.signal)).json
  } catch (error) {
    // The failure may come before the options loaded the language (a config file that cannot be read).
    await loadLanguage(lang)
    throw toLibraryError(error, lang)
  }
}

/** `support-doctor tx <hash> --json`: what happened to a transaction and what to do next. */
export function diagnoseTransaction(hash: string, options: DiagnoseTransactionOptions = {}): Promise<Report> {
  const input = {
    hash,
    ...(options.from !== undefined ? { from: options.from } : {}),
    ...(options.nonce !== undefined ? { nonce: options.nonce } : {}),
    cache: options.cache ?? false,
  }
  return run(options, (deps) => transactionOutput(input, options, deps))
}

/** `support-doctor address <address> --json`: balances, pending transactions, a token's state. */
export function checkAddress(address: string, options: CheckAddressOptions = {}): Promise<Report> {
  return run(options, (deps) =>
    addressOutput({ address, ...(options.token !== undefined ? { token: options.token } : {}) }, options, deps),
  )
}

/** `support-doctor gas --json`: fee state and suggested fees per chain. */
export function gasStatus(options: LibraryOptions = {}): Promise<GasOutput> {
  return run(options, (deps) => gasStatusOutput(options, deps))
}

/** `support-doctor rpc --json`: which endpoints answer, for which chain, how fresh. */
export function rpcHealth(options: LibraryOptions = {}): Promise<RpcOutput> {
  return run(options, (deps) => rpcHealthOutput(options, deps))
}

/** `support-doctor redact --json` on a string: secrets and personal data replaced by placeholders. */
export function redactText(text: string, options: RedactTextOptions = {}): Promise<RedactOutput> {
  const input = {
    text,
    ...(options.keep ? { keep: options.keep } : {}),
    ...(options.redactAddresses !== undefined ? { redactAddresses: options.redactAddresses } : {}),
  }
  return run(options, (deps) => Promise.resolve(redactOutput(input, deps)))
}

/**
 * `support-doctor redact` on a stream (a file, stdin, a log of any size), in constant memory:
 * iterate the result for the redacted text; its `removed` has the counts once iteration has ended.
 * A bad option (a `keep` that is not a hash, a broken config) rejects the first step.
 */
export function redactStream(
  source: AsyncIterable<string | Uint8Array>,
  options: RedactTextOptions = {},
): RedactingStream {
  return new RedactingStream(source, async () => {
    try {
      return redactionSettings(options, (await libraryDeps(options)).config)
    } catch (error) {
      await loadLanguage(options.lang ?? 'en')
      throw toLibraryError(error, options.lang ?? 'en')
    }
  })
}
