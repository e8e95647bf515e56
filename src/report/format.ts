import { formatGwei, formatUnits } from 'viem'
import { chainForId } from '../chains/registry.js'
import type { FeeSuggestion, TokenRef } from '../findings/data-types.js'
import type { Lang } from '../i18n/catalog.js'
import { formatDuration } from '../i18n/duration.js'
import type { TextContext } from '../i18n/finding-texts.js'
import type { Say } from '../i18n/translate.js'

/**
 * A fee for people: gwei with at most four significant digits ("12.35 gwei", "0.0123 gwei");
 * amounts under 0.0001 gwei, which L2s and test nodes do charge, in wei ("2 wei").
 */
export function gwei(wei: bigint | string): string {
  const amount = BigInt(wei)
  if (amount > 0n && amount < 100_000n) return `${amount} wei`
  const value = Number(formatGwei(amount))
  const shown = value === 0 ? '0' : value >= 1000 ? value.toFixed(0) : String(Number(value.toPrecision(4)))
  return `${shown} gwei`
}

export const chainName = (chainId: number) => chainForId(chainId).name

export function feeText(say: Say, fees: FeeSuggestion): string {
  return fees.kind === 'eip1559'
    ? say('fees.eip1559', { maxFee: gwei(fees.maxFeePerGas), tip: gwei(fees.maxPriorityFeePerGas) })
    : say('fees.legacy', { gasPrice: gwei(fees.gasPrice) })
}

export const tokenName = (token: TokenRef) => token.symbol ?? token.address

export function tokenAmount(raw: string | null, token: TokenRef, against?: string | null): string {
  if (raw === null) return '?'
  const amount =
    token.decimals === null
      ? raw
      : readableUnits(BigInt(raw), token.decimals, against == null ? undefined : BigInt(against))
  return `${amount} ${tokenName(token)}`
}

/** Decimals shown of an amount of 1 or more; below 1, significant digits. Wallets show about as many. */
const SHOWN_DIGITS = 6

/**
 * A token amount for people, rounded as a wallet shows it: "98.715803" rather than eighteen
 * decimals ("98.715803439706129885"), and "0.00000123457" for a small one — never rounded to
 * nothing. With `against`, the amount it is compared with, more digits until the two differ: an
 * approval of 99.9999999 must not read "100" beside a need of 100. The exact amount stays in the
 * report's data (`--json`).
 */
export function readableUnits(value: bigint, decimals: number, against?: bigint): string {
  const digits = abs(value).toString().length
  // Below 1 (fewer digits than decimals), keep SHOWN_DIGITS significant digits; else SHOWN_DIGITS decimals.
  let kept = Math.min(decimals, digits <= decimals ? decimals - digits + SHOWN_DIGITS : SHOWN_DIGITS)
  if (against !== undefined && against !== value) {
    while (kept < decimals && roundTo(value, decimals, kept) === roundTo(against, decimals, kept)) kept++
  }
  return formatUnits(roundTo(value, decimals, kept), kept)
}

const abs = (n: bigint) => (n < 0n ? -n : n)

/** `value` (with `decimals`) rounded half away from zero to `kept` decimals, in units of those. */
function roundTo(value: bigint, decimals: number, kept: number): bigint {
  const step = 10n ** BigInt(decimals - kept)
  const rounded = (abs(value) + step / 2n) / step
  return value < 0n ? -rounded : rounded
}

/** What finding texts may use, for a report about `chainId` (null when the network is unknown). */
export const textContext = (say: Say, chainId: number | null = null): TextContext => ({
  chainName,
  network: chainId === null ? null : chainName(chainId),
  fee: (wei) => gwei(wei),
  fees: (fees) => feeText(say, fees),
  // A swap's calldata may leave a token unnamed (an aggregator's route): said as such, amounts raw.
  token: (token) => (token ? tokenName(token) : say('token.unnamed')),
  amount: (raw, token, against) =>
    token ? tokenAmount(raw, token, against) : `${raw ?? '?'} (${say('token.unnamed')})`,
})

export function explorerTxUrl(chainId: number, hash: string): string | null {
  const explorer = chainForId(chainId).explorerUrl
  return explorer ? `${explorer}/tx/${hash}` : null
}

/** An address on the explorer of the chain where the thing asked about is. */
export function explorerAddressUrl(chainId: number, address: string): string | null {
  const explorer = chainForId(chainId).explorerUrl
  return explorer ? `${explorer}/address/${address}` : null
}

/** "3 min", "2 h", "5 days" ("3分"): ages of blocks and transactions, in the report's language. */
export function age(seconds: number, lang: Lang): string {
  return formatDuration(Math.max(0, seconds), lang)
}
