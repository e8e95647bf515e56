import { generateKeyPairSync } from 'node:crypto'

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
const base58 = (bytes: Buffer) => {
  let n = BigInt(`0x${bytes.toString('hex')}`)
  let out = ''
  while (n > 0n) {
    out = (ALPHABET[Number(n % 58n)] as string) + out
    n /= 58n
  }
  // Each leading zero byte is a '1' (a seed starting with 0x00 came out one byte short, 1 run in 256).
  for (const byte of bytes) {
    if (byte !== 0) break
    out = `1${out}`
  }
  return out
}

/** A fresh Solana keypair as wallets export it: base58 of the 32-byte seed followed by the 32-byte public key. */
export function solanaSecretKey(): string {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  const seed = privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(-32)
  const pub = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32)
  return base58(Buffer.concat([seed, pub]))
}
