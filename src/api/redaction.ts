import * as z from 'zod'
import { hashSchema } from '../commands/option-schemas.js'
import { parseOptions } from '../commands/parse-options.js'
import type { Config } from '../config/schema.js'
import { redactText as redactEngine, type RedactOptions } from '../redact/redact.js'
import { countsOf } from '../redact/redacting-stream.js'
import { engineSettings } from '../commands/redact-run.js'
import type { RedactOutput } from '../report/command-schemas.js'

export { RedactingStream } from '../redact/redacting-stream.js'

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
  return engineSettings(keep, options.redactAddresses === true, config)
}

/** `redact --json` on a string. */
export function redactString(text: string, settings: RedactOptions): RedactOutput {
  const { text: clean, removed } = redactEngine(text, settings)
  return { schemaVersion: 1, text: clean, removed: countsOf(removed) }
}
