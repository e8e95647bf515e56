import { createPrivateKey, createPublicKey } from 'node:crypto'
import { base58CheckPayload, base58Decode } from '../redact/base58.js'

/**
 * Ids of chains this tool does not read, recognised so that a Solana signature or a Bitcoin or
 * Tron address is answered with what it is and where to look, not "invalid hash". Pure.
 */
export type NonEvmFamily = 'solana' | 'bitcoin' | 'tron'
export type NonEvmId = { family: NonEvmFamily; kind: 'transaction' | 'address'; id: string; explorerUrl: string }

const BASE58 = /^[1-9A-HJ-NP-Za-km-z]+$/
const BECH32_BTC = /^(?:bc1|BC1)[ac-hj-np-z02-9AC-HJ-NP-Z02-9]{11,71}$/

/** Public explorers, hard-coded: never looked up. */
export const nonEvmExplorer = {
  solana: { transaction: 'https://solscan.io/tx/', address: 'https://solscan.io/account/' },
  bitcoin: { transaction: 'https://mempool.space/tx/', address: 'https://mempool.space/address/' },
  tron: { transaction: 'https://tronscan.org/#/transaction/', address: 'https://tronscan.org/#/address/' },
} as const

const make = (family: NonEvmFamily, kind: NonEvmId['kind'], id: string): NonEvmId => ({
  family,
  kind,
  id,
  explorerUrl: `${nonEvmExplorer[family][kind]}${id}`,
})

/** What a non-0x id looks like; null when it is none of these (the caller's own validation then speaks). */
export function recogniseNonEvmId(value: string): NonEvmId | null {
  const id = value.trim()
  if (BECH32_BTC.test(id)) return make('bitcoin', 'address', id)
  if (!BASE58.test(id)) return null
  // A Solana signature: 64 bytes, 86 to 88 characters in base58 (a secret key has that shape too: not one of these).
  if (!isSolanaSecretKey(id) && id.length >= 86 && id.length <= 88 && base58Decode(id)?.length === 64)
    return make('solana', 'transaction', id)
  const payload = id.length >= 25 && id.length <= 35 ? base58CheckPayload(id) : null
  if (payload?.length === 21) {
    if (payload[0] === 0x41 && id.startsWith('T')) return make('tron', 'address', id)
    if (payload[0] === 0x00 || payload[0] === 0x05) return make('bitcoin', 'address', id)
  }
  // A Solana address: an ed25519 public key, 32 bytes, 32 to 44 characters.
  if (id.length >= 32 && id.length <= 44 && base58Decode(id)?.length === 32) return make('solana', 'address', id)
  return null
}

/** 64 hex characters without 0x: an EVM hash written without its prefix, or a Bitcoin or Tron transaction id. */
export const isBareHex64 = (value: string) => /^[0-9a-fA-F]{64}$/.test(value.trim())

/** Where a bare 64-hex id would be, if it is a Bitcoin or a Tron transaction id. */
export const bareTxidLinks = (id: string) => [
  make('bitcoin', 'transaction', id.toLowerCase()),
  make('tron', 'transaction', id.toLowerCase()),
]

/** PKCS#8 DER prefix of a raw 32-byte Ed25519 seed (RFC 8410). */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex')

/**
 * A Solana secret key has the shape of a signature (64 bytes, base58, 86–88 characters), but its
 * last 32 bytes are the public key of its first 32. Such a value is a key, never a transaction id.
 */
export function isSolanaSecretKey(value: string): boolean {
  const id = value.trim()
  if (!BASE58.test(id) || id.length < 86 || id.length > 88) return false
  const bytes = base58Decode(id)
  if (bytes?.length !== 64) return false
  try {
    const key = createPrivateKey({
      key: Buffer.concat([ED25519_PKCS8_PREFIX, bytes.subarray(0, 32)]),
      format: 'der',
      type: 'pkcs8',
    })
    const publicKey = createPublicKey(key).export({ format: 'der', type: 'spki' }).subarray(-32)
    return publicKey.equals(Buffer.from(bytes.subarray(32)))
  } catch {
    return false
  }
}
