import { toHex, type Address, type Hex } from 'viem'
import { isAborted } from '../rpc/endpoint-errors.js'
import type { ReadClient } from '../rpc/read-client.js'
import { placedLogSchema, type PlacedLog } from './placed-log-schema.js'
import { quantityOf } from './primitives.js'

/** One eth_getLogs filter: a contract (or any) and the topics, as the JSON-RPC method takes them. */
export type LogFilter = { address?: Address; topics: (Hex | Hex[] | null)[] }

export type LogRangeQuery = {
  /** Asked together for each window (one batch); their logs are merged, each log once. */
  filters: readonly LogFilter[]
  fromBlock: bigint
  toBlock: bigint
  /** `forward`: windows from `fromBlock` up (the earliest first); `backward`: from `toBlock` down (the newest first). */
  direction?: 'forward' | 'backward'
  /** The first window's span; the whole range when not given. */
  window?: bigint
  /** An endpoint that still refuses a window this small is failing, not limiting the span: its error is thrown. */
  smallestWindow?: bigint
  /** eth_getLogs rounds allowed, refused ones included; when they run out the walk stops with `complete` false. */
  maxRequests?: number
  /** Windows answered before the walk stops (1: only the first window that an endpoint answers, narrowed if it must be). */
  maxWindows?: number
  /** Which logs to keep, asked in block order; it may read more (a receipt) before it decides. */
  accept?: (log: PlacedLog) => boolean | Promise<boolean>
  /** Stop at the first accepted log (the earliest walking forward, the newest walking backward) and keep only it. */
  firstOnly?: boolean
}

export type LogRange = {
  /** In block order, then log order. */
  logs: PlacedLog[]
  /** The blocks actually searched: the whole query range only when `complete`. */
  searchedFrom: bigint
  searchedTo: bigint
  /** The whole range was searched, or the walk stopped because the first match was found. */
  complete: boolean
  /** A window was refused and halved at least once. */
  narrowed: boolean
}

const DEFAULT_SMALLEST_WINDOW = 100n
/** What most public endpoints answer in one eth_getLogs: a walk over a long range starts with windows this wide. */
export const PUBLIC_LOG_WINDOW = 10_000n

const byPlace = (a: PlacedLog, b: PlacedLog) =>
  a.blockNumber === b.blockNumber ? a.logIndex - b.logIndex : a.blockNumber < b.blockNumber ? -1 : 1

const sameHex = (a: Hex, b: Hex | undefined) => b !== undefined && a.toLowerCase() === b.toLowerCase()

/** Each topic the filter names is the log's, in its place (a list: one of them); null matches any. */
const topicsMatch = (topics: readonly Hex[], wanted: LogFilter['topics']) =>
  wanted.every(
    (want, i) =>
      want === null || (Array.isArray(want) ? want.some((w) => sameHex(w, topics[i])) : sameHex(want, topics[i])),
  )

/**
 * One window's answers, checked: a log that does not parse, lies outside the window, comes from
 * another contract or carries other topics than the filter asked for (another ticket's, another
 * deposit's) is not evidence — the endpoint's filtering is not taken on trust.
 */
function placedLogs(answers: readonly unknown[], filters: readonly LogFilter[], start: bigint, end: bigint) {
  const seen = new Set<string>()
  const logs: PlacedLog[] = []
  answers.forEach((answer, i) => {
    if (!Array.isArray(answer)) throw new Error('eth_getLogs answered something that is not a list of logs')
    const filter = filters[i]
    const wanted = filter?.address?.toLowerCase()
    for (const raw of answer as Record<string, unknown>[]) {
      const block = quantityOf(raw?.['blockNumber'])
      const parsed = placedLogSchema.safeParse({
        address: raw?.['address'],
        topics: raw?.['topics'],
        data: raw?.['data'],
        transactionHash: raw?.['transactionHash'],
        blockNumber: block?.toString() ?? null,
        logIndex: Number(quantityOf(raw?.['logIndex']) ?? -1n),
      })
      if (!parsed.success || block === null || block < start || block > end) continue
      const address = parsed.data.address.toLowerCase() as Address
      if (wanted !== undefined && address !== wanted) continue
      if (filter && !topicsMatch(parsed.data.topics, filter.topics)) continue
      const transactionHash = parsed.data.transactionHash.toLowerCase() as Hex
      const key = `${transactionHash}:${parsed.data.logIndex}`
      if (seen.has(key)) continue
      seen.add(key)
      logs.push({ ...parsed.data, address, transactionHash })
    }
  })
  return logs.sort(byPlace)
}

/**
 * Logs over [fromBlock, toBlock], walked in windows an endpoint answers. Most public endpoints limit
 * the span of one eth_getLogs: a refused window is halved (down to `smallestWindow`) and the walk
 * goes on from where it stopped, so every block is asked once. Every log search goes through it:
 * the bridges' follow-ups, the security check's owner logs, the address check's transfer logs and
 * the user operation search. A walk cut short (`maxRequests`) says so (`complete`
 * false): "not in the blocks searched" must never read as "there is no such log"; one cut short
 * on a request that failed throws that request's error, and an abort is thrown at once.
 */
export async function readLogRange(client: ReadClient, query: LogRangeQuery): Promise<LogRange> {
  const { filters, fromBlock, toBlock } = query
  const backward = query.direction === 'backward'
  const smallest = query.smallestWindow ?? DEFAULT_SMALLEST_WINDOW
  const span = toBlock - fromBlock + 1n
  let window = query.window !== undefined && query.window < span ? query.window : span
  let narrowed = false
  // The unsearched part of the range: [low, high].
  let low = fromBlock
  let high = toBlock
  const kept: PlacedLog[] = []
  let requests = 0
  let windows = 0
  // The last request's error while it stands unanswered: the budget running out on it is a failure, not a search cut short.
  let failure: { error: unknown } | null = null
  const result = (complete: boolean): LogRange => ({
    logs: kept.sort(byPlace),
    searchedFrom: backward ? high + 1n : fromBlock,
    searchedTo: backward ? toBlock : low - 1n,
    complete,
    narrowed,
  })
  while (low <= high) {
    if (query.maxRequests !== undefined && requests >= query.maxRequests) {
      if (failure) throw failure.error
      return result(false)
    }
    if (query.maxWindows !== undefined && windows >= query.maxWindows) return result(false)
    requests++
    const start = backward ? (high - window + 1n > low ? high - window + 1n : low) : low
    const end = backward ? high : low + window - 1n < high ? low + window - 1n : high
    let answers: unknown[]
    try {
      answers = await Promise.all(
        filters.map((filter) =>
          client.request({
            method: 'eth_getLogs',
            params: [{ ...filter, fromBlock: toHex(start), toBlock: toHex(end) }],
          }),
        ),
      )
    } catch (error) {
      // The caller's abort is not a range the endpoint refuses.
      if (isAborted(error) || window / 2n < smallest) throw error
      failure = { error }
      window /= 2n
      narrowed = true
      continue
    }
    failure = null
    windows++
    const logs = placedLogs(answers, filters, start, end)
    if (backward) logs.reverse()
    for (const log of logs) {
      if (query.accept && !(await query.accept(log))) continue
      kept.push(log)
      if (query.firstOnly) break
    }
    if (backward) high = start - 1n
    else low = end + 1n
    if (query.firstOnly && kept.length) return result(true)
  }
  return result(true)
}
