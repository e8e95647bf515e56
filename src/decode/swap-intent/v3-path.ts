import { getAddress, hexToNumber, size, slice, type Address, type Hex } from 'viem'

/**
 * A V3 path, packed as token (20 bytes), fee (3 bytes), token, …; exact-output paths run from
 * the output back to the input, and are turned round here so that tokens read in trading order.
 */
export function decodeV3Path(path: Hex, exactOut: boolean): { tokens: Address[]; fees: number[] } | null {
  const length = size(path)
  if (length < 43 || (length - 20) % 23 !== 0) return null
  const tokens: Address[] = []
  const fees: number[] = []
  for (let at = 0; ; at += 23) {
    tokens.push(getAddress(slice(path, at, at + 20)).toLowerCase() as Address)
    if (at + 20 === length) break
    fees.push(hexToNumber(slice(path, at + 20, at + 23)))
  }
  return exactOut ? { tokens: tokens.reverse(), fees: fees.reverse() } : { tokens, fees }
}
