import { redactText } from '../redact/redact.js'

/**
 * A tool's arguments with every secret replaced before anything uses them: a model pastes what the
 * user pasted, and a recovery phrase in `hash` must not reach an endpoint, a log or an answer.
 * A value in `hash` is kept when it is a hash (a hash looks exactly like a private key).
 * Returns the clean arguments and the names of the fields that held a secret.
 */
export function scrubArguments<A extends Record<string, unknown>>(
  args: A,
  { except = [] }: { except?: readonly string[] } = {},
): { clean: A; redactedFields: string[] } {
  const hashes = new Set(
    [args.hash, ...(Array.isArray(args.keep) ? (args.keep as unknown[]) : [])]
      .filter((v): v is string => typeof v === 'string' && /^0x[0-9a-fA-F]{64}$/.test(v.trim()))
      .map((v) => v.trim().toLowerCase()),
  )
  const redactedFields: string[] = []
  const scrub = (field: string, value: unknown): unknown => {
    if (typeof value === 'string') {
      const clean = redactText(value, { knownHashes: hashes }).text
      if (clean !== value && !redactedFields.includes(field)) redactedFields.push(field)
      return clean
    }
    return Array.isArray(value) ? value.map((v) => scrub(field, v)) : value
  }
  const clean = Object.fromEntries(
    Object.entries(args).map(([field, value]) => [field, except.includes(field) ? value : scrub(field, value)]),
  )
  return { clean: clean as A, redactedFields }
}
