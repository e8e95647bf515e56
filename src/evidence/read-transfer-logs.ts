import { pad, toEventSelector, type Address, type Hex } from 'viem'
import type { TokenTransfer } from './address-schema.js'
import { BEHIND_BLOCKS, digestOfLogs } from './endpoint-views.js'
import { readLogRange, type LogFilter } from './read-log-range.js'
import type { PlacedLog } from './placed-log-schema.js'
import type { ReadClient } from '../rpc/read-client.js'

const TRANSFER = toEventSelector('Transfer(address,address,uint256)')

/** A recent window first; providers that refuse it (range or result limits) get half, down to the floor. */
const FIRST_RANGE = 20_000n
const SMALLEST_RANGE = 100n
const KEPT = 10

/** The address in a topic (the last 20 of its 32 bytes). */
const topicAddress = (topic: Hex) => `0x${topic.slice(-40)}`.toLowerCase() as Address

/** The two eth_getLogs filters: the token's Transfers to the holder, and from it. */
export function transferFilters(token: Address, holder: Address): LogFilter[] {
  const me = pad(holder.toLowerCase() as Hex)
  return [
    { address: token, topics: [TRANSFER, null, me] },
    { address: token, topics: [TRANSFER, me] },
  ]
}

/**
 * The address's latest incoming and outgoing Transfers of one token, from a bounded, recent block
 * range that shrinks when the provider limits log queries (most public ones do). The logs are
 * checked as every log walk checks them (read-log-range.ts): from the token itself, inside the
 * range, with the topics asked for — and an ERC-20 Transfer's shape (two indexed addresses, the
 * amount as one word), so nothing else is read as one.
 */
export async function readTransferLogs(
  client: ReadClient,
  { token, holder, head }: { token: Address; holder: Address; head: bigint },
) {
  const fromBlock = head > FIRST_RANGE ? head - FIRST_RANGE : 0n
  const read = await readLogRange(client, {
    filters: transferFilters(token, holder),
    fromBlock,
    toBlock: head,
    direction: 'backward',
    smallestWindow: SMALLEST_RANGE,
    // Only the newest window the endpoint answers: a refused range is halved towards the head, not walked.
    maxWindows: 1,
  })
  const items = read.logs
    .flatMap((log) => transfersOf(log, holder.toLowerCase() as Address))
    .reverse()
    .slice(0, KEPT)
  // What the endpoints are compared on: every log read, up to where honest endpoints must agree.
  const upTo = head > BEHIND_BLOCKS ? head - BEHIND_BLOCKS : 0n
  const settled = read.logs.filter((log) => log.blockNumber <= upTo)
  const compared = { toBlock: upTo, count: settled.length, digest: digestOfLogs(settled) }
  return { fromBlock: read.searchedFrom, toBlock: head, narrowed: read.narrowed, items, compared }
}

/** A log as the holder's transfers: in, out, or both (to oneself); none when it is not an ERC-20 Transfer. */
function transfersOf(log: PlacedLog, holder: Address): TokenTransfer[] {
  const [, fromTopic, toTopic] = log.topics
  if (log.topics.length !== 3 || !fromTopic || !toTopic || !/^0x[0-9a-f]{64}$/i.test(log.data)) return []
  const from = topicAddress(fromTopic)
  const to = topicAddress(toTopic)
  const base = { hash: log.transactionHash, blockNumber: log.blockNumber, from, to, amount: BigInt(log.data) }
  return [
    ...(to === holder ? [{ ...base, direction: 'in' as const }] : []),
    ...(from === holder ? [{ ...base, direction: 'out' as const }] : []),
  ]
}
