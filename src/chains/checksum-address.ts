import { keccak_256 } from '@noble/hashes/sha3'

/**
 * EIP-55: an address's hex digits, letters upper-cased where the keccak-256 of its lower-case hex
 * has a nibble of 8 or more. Written here rather than taken from viem (`getAddress`): option
 * checking runs in every command, and importing viem's index there makes every command load
 * viem (the bundler keeps everything reachable from it that any command uses).
 * `address` must already be `0x` and 40 hex digits.
 */
export function checksumAddress(address: string): `0x${string}` {
  const digits = address.slice(2).toLowerCase()
  const hash = keccak_256(new TextEncoder().encode(digits))
  let out = '0x'
  for (let i = 0; i < 40; i++) {
    const nibble = ((hash[i >> 1] as number) >> (i % 2 === 0 ? 4 : 0)) & 0x0f
    const c = digits[i] as string
    out += nibble >= 8 ? c.toUpperCase() : c
  }
  return out as `0x${string}`
}
