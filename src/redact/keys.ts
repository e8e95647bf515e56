import { base58CheckPayload } from './base58.js'

/** BIP-32 extended keys (xprv, tprv, and the yprv/zprv/xpub… variants): an xpub reveals every address too. */
export const EXTENDED_KEY = /\b[xyztuv](?:prv|pub)[1-9A-HJ-NP-Za-km-z]{100,112}\b/g

/** Wallet Import Format candidates: 51 characters from 5 (9 on testnet), 52 from K or L (c). */
export const WIF_CANDIDATE = /\b(?:[59][1-9A-HJ-NP-Za-km-z]{50}|[KLc][1-9A-HJ-NP-Za-km-z]{51})\b/g

/** A WIF private key is only what its Base58Check checksum and layout confirm. */
export function isWif(candidate: string): boolean {
  const payload = base58CheckPayload(candidate)
  if (!payload) return false
  const version = payload[0]
  const compressed = payload.length === 34 && payload[33] === 0x01
  return (version === 0x80 || version === 0xef) && (payload.length === 33 || compressed)
}

/** A 64-hex value, with or without 0x: a private key and a transaction hash look the same. */
export const HEX_64 = /\b(?:0x)?[0-9a-fA-F]{64}\b/g

/**
 * The `crypto` object of a keystore file (encrypted private key, KDF parameters): the part an
 * attacker can brute-force. Returns the spans of each such object, braces balanced.
 */
export function findKeystoreCrypto(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = []
  const opening = /"crypto"\s*:\s*\{/gi
  for (const match of text.matchAll(opening)) {
    const objectStart = match.index + match[0].length - 1
    let depth = 0
    let inString = false
    for (let i = objectStart; i < text.length; i++) {
      const char = text[i]
      if (inString) {
        if (char === '\\') i++
        else if (char === '"') inString = false
      } else if (char === '"') inString = true
      else if (char === '{') depth++
      else if (char === '}' && --depth === 0) {
        spans.push({ start: objectStart, end: i + 1 })
        break
      }
    }
  }
  return spans
}
