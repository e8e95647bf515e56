import { createHash, createHmac, generateKeyPairSync, randomBytes } from 'node:crypto'
import { generatePrivateKey } from 'viem/accounts'

/** Fresh secrets for redaction tests, made with node:crypto and viem: nothing hard-coded to pass. */

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'

export function base58(bytes: Uint8Array): string {
  let value = BigInt(`0x${Buffer.from(bytes).toString('hex') || '0'}`)
  let out = ''
  while (value > 0n) {
    out = BASE58[Number(value % 58n)] + out
    value /= 58n
  }
  for (const byte of bytes) {
    if (byte !== 0) break
    out = `1${out}`
  }
  return out
}

/** A Solana keypair as its 64 secret-key bytes: the ed25519 seed, then the public key. */
export function solanaSecretKey(): Uint8Array {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  const seed = Buffer.from(privateKey.export({ format: 'jwk' }).d as string, 'base64url')
  const pub = Buffer.from(publicKey.export({ format: 'jwk' }).x as string, 'base64url')
  return Uint8Array.from([...seed, ...pub])
}

/** 64 random bytes: the shape of a Solana transaction signature, which is public. */
export const solanaSignature = () => base58(randomBytes(64))

/** A signed HS256 JWT with a random secret. */
export function jwt(): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const body = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ sub: randomBytes(6).toString('hex'), iat: 1700000000 })}`
  return `${body}.${createHmac('sha256', randomBytes(32)).update(body).digest('base64url')}`
}

/** An API key as providers issue them: random letters and digits. */
export const apiKey = (length = 32) =>
  Array.from(randomBytes(length), (b) => BASE58[b % 58])
    .join('')
    .slice(0, length)

/** A private key without 0x whose first hex digit is 0, written with it dropped: 63 digits. */
export function keyWithLeadingZeroDropped(): string {
  for (;;) {
    const hex = generatePrivateKey().slice(2)
    if (hex.startsWith('0') && !hex.startsWith('00')) return hex.slice(1)
  }
}

export const randomHash = () => `0x${randomBytes(32).toString('hex')}`

/** A WIF private key (Base58Check of 0x80, the key, 0x01 for compressed) for a random key. */
export function wif(): string {
  const payload = Buffer.concat([Buffer.from([0x80]), randomBytes(32), Buffer.from([0x01])])
  const sha = (data: Buffer) => createHash('sha256').update(data).digest()
  return base58(Buffer.concat([payload, sha(sha(payload)).subarray(0, 4)]))
}
