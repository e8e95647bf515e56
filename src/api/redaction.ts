import * as z from 'zod'
import { hashSchema } from '../commands/option-schemas.js'
import { parseOptions } from '../commands/parse-options.js'
import type { Config } from '../config/schema.js'
import { redactionKinds, redactText as redactEngine, type RedactOptions } from '../redact/redact.js'
import { StreamingRedactor } from '../redact/redact-stream.js'
import type { RedactOutput } from '../report/command-schemas.js'

/**
 * Redaction as the library offers it, and as `redact`, the MCP server's `redact_text` and the
 * library's `redactText`/`redactStream` all run it: one place decides what the options mean. Kept
 * light on purpose (no viem, no network): `redact` loads this and nothing of the chain reading.
 */
export type RedactionOptions = {
  /** Transaction hashes to leave in place (they look like private keys); each must be a hash. */
  keep?: readonly string[]
  /** `--redact-addresses`: shorten addresses too (also when the config's `redact.addresses` says so). */
  redactAddresses?: boolean
}

const keepSchema = z.object({ keep: z.array(hashSchema) })

/** The engine's options: kept hashes checked (a bad one is an input error), addresses as asked or configured. */
export function redactionSettings(options: RedactionOptions, config: Config): RedactOptions {
  const keep = parseOptions(keepSchema, { keep: [...(options.keep ?? [])] }).keep
  return {
    knownHashes: new Set(keep),
    shortenAddresses: options.redactAddresses === true || config.redact?.addresses === true,
  }
}

/** The counts `--json` prints: kinds with none are left out. */
const countsOf = (removed: Partial<Record<(typeof redactionKinds)[number], number>>): RedactOutput['removed'] =>
  Object.fromEntries(redactionKinds.filter((k) => removed[k]).map((k) => [k, removed[k]]))

/** `redact --json` on a string. */
export function redactString(text: string, settings: RedactOptions): RedactOutput {
  const { text: clean, removed } = redactEngine(text, settings)
  return { schemaVersion: 1, text: clean, removed: countsOf(removed) }
}

/**
 * Text of any length redacted in constant memory, as it comes: iterate it for the redacted pieces
 * (never an empty one); `removed` holds the counts so far, all of them once iteration has ended.
 * The options are settled when iteration starts (a config file may have to be read first), so a
 * bad option surfaces at the first step, before anything is given out.
 */
export class RedactingStream implements AsyncIterable<string> {
  private redactor: StreamingRedactor | undefined

  constructor(
    private readonly source: AsyncIterable<string | Uint8Array>,
    private readonly settings: () => RedactOptions | Promise<RedactOptions>,
  ) {}

  get removed(): RedactOutput['removed'] {
    return countsOf(this.redactor?.removed ?? {})
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<string, void, undefined> {
    const redactor = (this.redactor = new StreamingRedactor(await this.settings()))
    // Bytes are decoded as a stream: a character split across two chunks is not mangled.
    const decoder = new TextDecoder()
    for await (const chunk of this.source) {
      const clean = redactor.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }))
      if (clean) yield clean
    }
    const tail = decoder.decode()
    const rest = (tail ? redactor.push(tail) : '') + redactor.end()
    if (rest) yield rest
  }
}
