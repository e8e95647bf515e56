import { keccak256, stringToHex, type Hex } from 'viem'
import type { EndpointView, ReceiptData } from './schema.js'
import type { PlacedLog } from './placed-log-schema.js'

/**
 * An endpoint more than this many blocks behind the freshest one asked is behind (`rpc.stale`):
 * its "I don't know this transaction" may only mean it has not caught up, so it counts for
 * nothing. A block or two is ordinary propagation between honest endpoints.
 */
export const BEHIND_BLOCKS = 2n

/** The freshest head among the views of one chain. */
export const freshestHead = (views: readonly Pick<EndpointView, 'headBlock'>[]): bigint =>
  views.reduce((max, v) => (v.headBlock > max ? v.headBlock : max), 0n)

/**
 * The second-freshest of several endpoints' heads (the only one's, when one): a head at least two
 * endpoints have reached, so no single endpoint — a lying one with a far-off head — sets it alone.
 */
export const secondFreshestHead = (heads: readonly bigint[]): bigint | undefined => {
  const sorted = [...heads].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0))
  return sorted[1] ?? sorted[0]
}

/**
 * The earliest block endpoints put something in (a transaction, an arrival), once at least two of
 * them say so — null otherwise: a lone liar naming a far-off block must not excuse every honest
 * endpoint below it from saying it has never seen the thing.
 */
export const agreedEarliest = (blocks: readonly bigint[]): bigint | null =>
  blocks.length >= 2 ? blocks.reduce((min, b) => (b < min ? b : min)) : null

export const isBehind = (view: Pick<EndpointView, 'headBlock'>, freshest: bigint) =>
  view.headBlock + BEHIND_BLOCKS < freshest

/** The logs of a receipt as one value: same logs, same digest, whichever endpoint served them. */
export const logsDigest = (receipt: ReceiptData) =>
  keccak256(
    stringToHex(
      JSON.stringify(receipt.logs.map((l) => [l.address.toLowerCase(), l.topics.map((t) => t.toLowerCase()), l.data])),
    ),
  )

/** The facts a verdict on a mined transaction rests on, as one comparable string (null: no receipt). */
export const receiptFacts = (view: Pick<EndpointView, 'receipt'>): string | null =>
  view.receipt
    ? `${view.receipt.status} in block ${view.receipt.blockNumber} (${view.receipt.blockHash.slice(0, 10)}…), ${view.receipt.logCount} logs ${view.receipt.logsDigest.slice(0, 10)}…`
    : null

/** One comparable value for a list of logs: each one's place, transaction, contract, topics and data, in order. */
export const digestOfLogs = (logs: readonly PlacedLog[]): Hex =>
  keccak256(
    stringToHex(
      JSON.stringify(
        logs.map((l) => [
          l.blockNumber.toString(),
          l.logIndex,
          l.transactionHash.toLowerCase(),
          l.address.toLowerCase(),
          l.topics.map((t) => t.toLowerCase()),
          l.data.toLowerCase(),
        ]),
      ),
    ),
  )
