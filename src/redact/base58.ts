import { createHash } from 'node:crypto'

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
const VALUE = new Map([...ALPHABET].map((c, i) => [c, BigInt(i)]))

/** Base58 → bytes, or null for a character outside the alphabet. */
export function base58Decode(text: string): Uint8Array | null {
  let value = 0n
  for (const char of text) {
    const digit = VALUE.get(char)
    if (digit === undefined) return null
    value = value * 58n + digit
  }
  const bytes: number[] = []
  while (value > 0n) {
    bytes.unshift(Number(value & 0xffn))
    value >>= 8n
  }
  for (const char of text) {
    if (char !== '1') break
    bytes.unshift(0)
  }
  return Uint8Array.from(bytes)
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest()

/** The payload of a valid Base58Check string (its 4-byte double-SHA-256 checksum matches), else null. */
export function base58CheckPayload(text: string): Uint8Array | null {
  const bytes = base58Decode(text)
  if (!bytes || bytes.length < 5) return null
  const payload = bytes.subarray(0, -4)
  const checksum = sha256(sha256(payload)).subarray(0, 4)
  return checksum.equals(Buffer.from(bytes.subarray(-4))) ? payload : null
}
