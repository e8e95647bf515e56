import * as z from 'zod'

/** The evidence's building blocks: decimal strings for big integers, checked hex for hashes, addresses and data. */
export const wei = z.codec(z.string().regex(/^\d+$/, 'expected a decimal integer string'), z.bigint(), {
  decode: (s) => BigInt(s),
  encode: (b) => b.toString(),
})
const hexMatching = (pattern: RegExp, message: string) =>
  z.custom<`0x${string}`>((value) => typeof value === 'string' && pattern.test(value), message)
export const hash = hexMatching(/^0x[0-9a-fA-F]{64}$/, 'expected a 32-byte hex hash')
export const address = hexMatching(/^0x[0-9a-fA-F]{40}$/, 'expected a 20-byte hex address')
export const hex = hexMatching(/^0x[0-9a-fA-F]*$/, 'expected hex data')

/** A JSON-RPC quantity ("0x1b4") read from a raw answer, or null when it is not one (up to 64 bits). */
export const quantityOf = (value: unknown): bigint | null =>
  typeof value === 'string' && /^0x[0-9a-fA-F]{1,16}$/.test(value) ? BigInt(value) : null
