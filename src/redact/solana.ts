import { createPrivateKey, createPublicKey } from 'node:crypto'
import { base58Decode } from './base58.js'

/**
 * Solana secret keys: 64 bytes, the ed25519 seed and then its public key — as base58 (what
 * Phantom exports) or as the `[12,34,…]` JSON array of a keypair file. A transaction signature
 * has the same 64-byte shape, so only a second half that really is the public key of the first
 * confirms a key (as a checksum confirms a WIF key).
 */

/** PKCS#8 wrapping of a raw ed25519 seed (RFC 8410), so node:crypto can derive its public key. */
const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex')

export function isSolanaKeypair(bytes: Uint8Array): boolean {
  if (bytes.length !== 64) return false
  try {
    const seed = Buffer.concat([PKCS8_ED25519, bytes.subarray(0, 32)])
    const key = createPrivateKey({ key: seed, format: 'der', type: 'pkcs8' })
    const spki = createPublicKey(key).export({ format: 'der', type: 'spki' })
    return Buffer.compare(spki.subarray(-32), bytes.subarray(32)) === 0
  } catch {
    return false
  }
}

/** A base58 word of the length 64 bytes take (86 to 88 characters) that is a keypair. */
export function isBase58SolanaKey(word: string): boolean {
  if (word.length < 86 || word.length > 88) return false
  const bytes = base58Decode(word)
  return bytes !== null && isSolanaKeypair(bytes)
}

/**
 * The end of a `[n, n, …]` array of exactly 64 byte values starting at `open` (the `[`) that is a
 * Solana keypair, or -1.
 */
export function solanaArrayEnd(text: string, open: number): number {
  const bytes = new Uint8Array(64)
  let count = 0
  let i = open + 1
  for (;;) {
    while (i < text.length && /[\s]/.test(text[i] as string)) i++
    let value = 0
    let digits = 0
    while (i < text.length && digits < 4) {
      const c = text.charCodeAt(i)
      if (c < 48 || c > 57) break
      value = value * 10 + (c - 48)
      digits++
      i++
    }
    if (digits === 0 || value > 255 || count === 64) return -1
    bytes[count++] = value
    while (i < text.length && /[\s]/.test(text[i] as string)) i++
    if (text[i] === ',') i++
    else if (text[i] === ']') return count === 64 && isSolanaKeypair(bytes) ? i + 1 : -1
    else return -1
  }
}
