import type { AbiError } from 'abitype'
import { encodeErrorResult, parseAbi, parseAbiItem, parseEther, type Hex } from 'viem'
import { decodeRevert, type DecodedRevert } from '../decode-revert.js'
import { decodeSwapCall, type SwapCall } from '../swap-call.js'

/**
 * The revert hidden in a pasted error: raw revert data (a JSON error's `data`, ethers' `data="0x…"`),
 * or the reason as text ("execution reverted: UniswapV2Router: EXPIRED"), decoded with the same
 * known-errors table a mined failure goes through; and the call that was attempted (viem's
 * "Estimate Gas Arguments", ethers' `transaction={…}`) when the text carries it. Pure.
 */
export type RevertInText = { data: Hex | null; decoded: DecodedRevert }
export type CallInText = { to: string | null; from: string | null; swap: SwapCall | null }

const HEX_BLOB = /\b0x[0-9a-fA-F]{8,}\b/g
const errorString = parseAbi(['error Error(string reason)'])

/** Known first, then any revert data a JSON error carried, then the reason as text. */
export function findRevert(
  text: string,
  errorData: readonly string[],
  reasons: readonly string[],
): RevertInText | null {
  const blobs = [...errorData.filter(isHexData), ...[...text.matchAll(HEX_BLOB)].map((m) => m[0])] as Hex[]
  const candidates = blobs.filter((blob) => (blob.length - 10) % 64 === 0 && decodeSwapCall(blob, 0n) === null)
  for (const data of candidates) {
    const decoded = decodeRevert(data)
    if (decoded.kind !== 'unknown' && decoded.kind !== 'empty') return { data, decoded }
  }
  const fromViem = viemCustomError(text)
  if (fromViem) return { data: fromViem, decoded: decodeRevert(fromViem) }
  const reason = reasons[0]
  if (reason !== undefined) {
    // The reason as the node quoted it: encoded as Error(string), it meets the same table of strings.
    const data = encodeErrorResult({ abi: errorString, errorName: 'Error', args: [reason] })
    return { data: null, decoded: decodeRevert(data) }
  }
  const raw = errorData.find(isHexData) as Hex | undefined
  return raw ? { data: raw, decoded: decodeRevert(raw) } : null
}

/**
 * viem prints a custom error it decoded as its signature and, on the next line, its arguments:
 * `Error: ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)` then
 * `(0xf39F…2266, 0, 1000)`. Encoded back, it meets the same table as raw revert data. Only flat
 * arguments (addresses, integers, booleans, short strings) are read; anything else is left alone.
 */
function viemCustomError(text: string): Hex | null {
  const match = /Error: ([A-Za-z_$][\w$]{0,63})\(([^()\n]{0,400})\)[ \t]*\r?\n[ \t]*\(([^()\n]{0,1000})\)/.exec(text)
  if (!match) return null
  const [, name, params, values] = match as unknown as [string, string, string, string]
  try {
    const item = parseAbiItem(`error ${name}(${params})`) as AbiError
    const raw = values.split(',').map((v) => v.trim())
    if (raw.length !== item.inputs.length) return null
    const args = item.inputs.map((input, i) => {
      const value = raw[i] as string
      if (/^u?int\d*$/.test(input.type)) return BigInt(value)
      if (input.type === 'bool') return value === 'true'
      if (input.type === 'address' || input.type === 'string' || /^bytes\d*$/.test(input.type)) return value
      throw new Error(`unsupported ${input.type}`)
    })
    return encodeErrorResult({ abi: [item], errorName: item.name, args })
  } catch {
    return null
  }
}

const isHexData = (value: string) => /^0x[0-9a-fA-F]{8,}$/.test(value)

export function findCall(text: string): CallInText {
  const field = (name: string, shape: string) =>
    new RegExp(String.raw`\b${name}["']?\s*[:=]\s*["']?(${shape})`, 'i').exec(text)?.[1] ?? null
  // viem's "Contract Call:" block names the contract as "address:".
  const to =
    field('to', '0x[0-9a-fA-F]{40}') ?? /Contract Call:\s*\n\s*address:\s*(0x[0-9a-fA-F]{40})/.exec(text)?.[1] ?? null
  const from = field('(?:from|sender)', '0x[0-9a-fA-F]{40}')
  const value = readValue(text)
  let swap: SwapCall | null = null
  for (const [blob] of text.matchAll(HEX_BLOB)) {
    const decoded = decodeSwapCall(blob as Hex, value ?? 0n)
    // A swap paid in ETH takes its amount from the value: without the value, its amounts are unknown.
    if (decoded && (!decoded.paysWithEth || value !== null)) {
      swap = decoded
      break
    }
  }
  return { to: to?.toLowerCase() ?? null, from: from?.toLowerCase() ?? null, swap }
}

/** viem: "value: 0.5 ETH"; ethers and JSON: "value": "0x…" or a decimal of wei. */
function readValue(text: string): bigint | null {
  const ether = /\bvalue:\s*([\d.]{1,40}) (?:ETH|BNB|POL|MATIC|AVAX|xDAI)\b/.exec(text)?.[1]
  if (ether) {
    try {
      return parseEther(ether)
    } catch {
      return null
    }
  }
  const raw = /\bvalue["']?\s*[:=]\s*["']?(0x[0-9a-fA-F]{1,64}|\d{1,78})\b/i.exec(text)?.[1]
  return raw === undefined ? null : BigInt(raw)
}
