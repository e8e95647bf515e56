import { base58CheckPayload } from './base58.js'

/** BIP-32 extended keys (xprv, tprv, and the yprv/zprv/xpub… variants): an xpub reveals every address too. */
export const isExtendedKey = (word: string) =>
  word.length >= 100 && word.length <= 112 && /^[xyztuv](?:prv|pub)[1-9A-HJ-NP-Za-km-z]+$/.test(word)

/** Wallet Import Format shape: 51 characters from 5 (9 on testnet), 52 from K or L (c). */
export const isWifShaped = (word: string) =>
  (word.length === 51 && /^[59]/.test(word)) || (word.length === 52 && /^[KLc]/.test(word))

/** A WIF private key is only what its Base58Check checksum and layout confirm. */
export function isWif(candidate: string): boolean {
  const payload = base58CheckPayload(candidate)
  if (!payload) return false
  const version = payload[0]
  const compressed = payload.length === 34 && payload[33] === 0x01
  return (version === 0x80 || version === 0xef) && (payload.length === 33 || compressed)
}

/** A keystore's `crypto` object is about 1 KB: one that does not close within 32 KB is something else. */
export const MAX_KEYSTORE = 32 * 1024

/**
 * The end of the `crypto` object of a keystore file (encrypted private key, KDF parameters: the
 * part an attacker can brute-force) whose opening brace is at `objectStart`, braces balanced and
 * strings skipped; -1 when the text ends first (more may come), -2 when it is too long to be one.
 */
export function keystoreObjectEnd(text: string, objectStart: number): number {
  let depth = 0
  let inString = false
  const limit = Math.min(text.length, objectStart + MAX_KEYSTORE)
  for (let i = objectStart; i < limit; i++) {
    const char = text.charCodeAt(i)
    if (inString) {
      if (char === 0x5c) i++
      else if (char === 0x22) inString = false
    } else if (char === 0x22) inString = true
    else if (char === 0x7b) depth++
    else if (char === 0x7d && --depth === 0) return i + 1
  }
  return limit < text.length ? -2 : -1
}
