import { inputError, type DoctorError } from '../errors/doctor-error.js'
import { hashFromPaste } from '../commands/hash-paste.js'
import { text } from '../i18n/text.js'

/** One line of a batch, before validation: a transaction or an address to look at, with the caller's id. */
export type BatchItem =
  | { kind: 'transaction'; hash: string; from?: string; nonce?: string | number; chain?: string | number }
  | { kind: 'address'; address: string; token?: string; chain?: string | number }

export type ParsedLine =
  | { kind: 'skip' }
  | { kind: 'item'; item: BatchItem; id: unknown }
  | { kind: 'invalid'; error: DoctorError; id: unknown }

const scalar = (value: unknown): value is string | number => typeof value === 'string' || typeof value === 'number'

/**
 * A line is a bare hash, or a JSON object `{ "hash" | "address", "chain"?, "id"?, "token"?, "from"?,
 * "nonce"? }`. Blank lines and `#` comments are skipped. The values themselves are checked later, by
 * the commands' own schemas, so a bad hash gets the same error as `tx` gives.
 */
export function parseLine(line: string): ParsedLine {
  const trimmed = line.trim()
  if (trimmed === '' || trimmed.startsWith('#')) return { kind: 'skip' }
  // A hash as `tx` takes it: an explorer link (which names its network), 0X, full-width characters.
  if (!trimmed.startsWith('{')) return { kind: 'item', item: { kind: 'transaction', ...pastedHash(trimmed) }, id: null }
  let value: unknown
  try {
    value = JSON.parse(trimmed)
  } catch {
    // JSON.parse words its reason in English: the line is said to be broken JSON, in the user's language.
    return { kind: 'invalid', error: inputError('input.line', text('error.batchLine', { problem: 'json' })), id: null }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return {
      kind: 'invalid',
      error: inputError('input.line', text('error.batchLine', { problem: 'object' })),
      id: null,
    }
  const record = value as Record<string, unknown>
  const id = scalar(record.id) ? record.id : null
  const chain = scalar(record.chain) ? { chain: record.chain } : {}
  if (typeof record.hash === 'string') {
    return {
      kind: 'item',
      id,
      item: {
        kind: 'transaction',
        ...pastedHash(record.hash),
        ...chain,
        ...(typeof record.from === 'string' ? { from: record.from } : {}),
        ...(scalar(record.nonce) ? { nonce: record.nonce } : {}),
      },
    }
  }
  if (typeof record.address === 'string') {
    return {
      kind: 'item',
      id,
      item: {
        kind: 'address',
        address: record.address,
        ...chain,
        ...(typeof record.token === 'string' ? { token: record.token } : {}),
      },
    }
  }
  return { kind: 'invalid', error: inputError('input.line', text('error.batchSubject')), id }
}

/** The hash of a pasted value, and the network an explorer link names (a line's own "chain" wins). */
function pastedHash(pasted: string): { hash: string; chain?: number } {
  const { hash, chainId } = hashFromPaste(pasted)
  return chainId === undefined ? { hash } : { hash, chain: chainId }
}
