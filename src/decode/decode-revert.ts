import type { AbiError, AbiFunction } from 'abitype'
import { decodeAbiParameters, decodeErrorResult, parseAbiItem, size, slice, toFunctionSelector, type Hex } from 'viem'
import { knownErrors, panicCodes, type KnownError, type RevertCategory } from './known-errors.js'

export type DecodedRevert =
  /** No revert data: out of gas, a bare revert(), or a failed call into an address with no code. */
  | { kind: 'empty' }
  | { kind: 'string'; message: string; category: RevertCategory | null; source: string | null }
  | { kind: 'panic'; code: number; meaning: string }
  | {
      kind: 'custom'
      name: string
      signature: string
      args: Record<string, string>
      category: RevertCategory
      source: string
      inner: DecodedRevert | null
    }
  /** A selector this table does not know: reported raw, never looked up in outside services. */
  | { kind: 'unknown'; selector: Hex; data: Hex }

const ERROR_STRING = '0x08c379a0' // Error(string)
const PANIC = '0x4e487b71' // Panic(uint256)

type CustomRow = Extract<KnownError, { signature: string }>
type CustomTables = { customAbi: AbiError[]; rowBySelector: Map<Hex, CustomRow> }
let customTables: CustomTables | undefined
let rowsByMessage: Map<string, KnownError> | undefined
/**
 * Built on the first custom error decoded, not at start-up: most runs decode none, and a plain
 * `Error(string)` revert (the usual one) needs only the messages, not ~3 ms of parsing and hashing.
 */
function custom(): CustomTables {
  if (customTables) return customTables
  const customRows = knownErrors.filter((row): row is CustomRow => 'signature' in row)
  const customAbi = customRows.map((row) => parseAbiItem(row.signature) as AbiError)
  // Selectors are computed from the signatures, never typed by hand.
  const rowBySelector = new Map(
    customRows.map((row, i) => [toFunctionSelector(customAbi[i] as unknown as AbiFunction), row]),
  )
  customTables = { customAbi, rowBySelector }
  return customTables
}
const byMessage = () =>
  (rowsByMessage ??= new Map(knownErrors.flatMap((row) => ('message' in row ? [[row.message, row] as const] : []))))

const show = (value: unknown): string =>
  typeof value === 'bigint'
    ? value.toString()
    : Array.isArray(value)
      ? `[${value.map(show).join(', ')}]`
      : String(value)

/** Pure: raw revert data → what it says, using the curated table (known-errors.ts). */
export function decodeRevert(data: Hex | null | undefined): DecodedRevert {
  if (!data || data === '0x' || size(data) < 4) return { kind: 'empty' }
  const selector = slice(data, 0, 4)
  try {
    if (selector === ERROR_STRING) {
      const [message] = decodeAbiParameters([{ type: 'string' }], slice(data, 4))
      const row = byMessage().get(message.trim())
      return { kind: 'string', message, category: row?.category ?? null, source: row?.source ?? null }
    }
    if (selector === PANIC) {
      const [code] = decodeAbiParameters([{ type: 'uint256' }], slice(data, 4))
      return { kind: 'panic', code: Number(code), meaning: panicCodes[Number(code)] ?? 'unknown panic code' }
    }
    const { customAbi, rowBySelector } = custom()
    const decoded = decodeErrorResult({ abi: customAbi, data })
    const row = rowBySelector.get(selector) as CustomRow
    const signature = row.signature.replace(/^error /, '')
    const inputs = decoded.abiItem.inputs
    const args = Object.fromEntries((decoded.args ?? []).map((value, i) => [inputs[i]?.name || `arg${i}`, show(value)]))
    // The Universal Router wraps the real reason of a failed command: decode it too.
    const inner = decoded.errorName === 'ExecutionFailed' ? decodeRevert(decoded.args?.[1] as Hex) : null
    const category =
      inner && inner.kind !== 'empty' && inner.kind !== 'unknown' && 'category' in inner && inner.category
        ? inner.category
        : row.category
    return { kind: 'custom', name: decoded.errorName, signature, args, category, source: row.source, inner }
  } catch {
    return { kind: 'unknown', selector, data }
  }
}

/** The category of a decoded revert, looking through wrappers; null when it says nothing known. */
export function revertCategory(revert: DecodedRevert): RevertCategory | null {
  if (revert.kind === 'string' || revert.kind === 'custom') return revert.category
  return null
}
