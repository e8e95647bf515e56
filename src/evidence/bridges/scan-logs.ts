import { toHex, type Address, type Hex } from 'viem'
import { logSchema, type LogData } from '../schema.js'
import type { ReadClient } from '../../rpc/read-client.js'

/** What most public endpoints answer in one eth_getLogs; a refused window is halved down to the floor. */
const WINDOW = 10_000n
const SMALLEST_WINDOW = 100n

/** A log and where it is: enough to name the transaction that completed a transfer. */
export type PlacedBridgeLog = LogData & { transactionHash: Hex; blockNumber: bigint }

const quantity = (value: unknown): bigint | null =>
  typeof value === 'string' && /^0x[0-9a-fA-F]{1,16}$/.test(value) ? BigInt(value) : null
const txHash = (value: unknown): Hex | null =>
  typeof value === 'string' && /^0x[0-9a-fA-F]{64}$/.test(value) ? (value.toLowerCase() as Hex) : null

/**
 * The first log from `address` with `topics` that `accept` takes, searched forwards from
 * `fromBlock` to `toBlock` in windows an endpoint answers (halved when one is refused), stopping
 * after `maxWindows` so that a transfer never found cannot turn one question into thousands of
 * requests: null then means "not in the blocks searched", which the caller must say as such.
 */
export async function findFirstLog(
  client: ReadClient,
  {
    address,
    topics,
    fromBlock,
    toBlock,
    maxWindows,
    accept = () => true,
  }: {
    address: Address
    topics: (Hex | Hex[] | null)[]
    fromBlock: bigint
    toBlock: bigint
    maxWindows: number
    /** May read more (a receipt) before it decides; asked in block order. */
    accept?: (log: PlacedBridgeLog) => boolean | Promise<boolean>
  },
): Promise<{ log: PlacedBridgeLog | null; searchedTo: bigint }> {
  let start = fromBlock
  let window = WINDOW
  for (let asked = 0; asked < maxWindows && start <= toBlock; asked++) {
    const end = start + window - 1n < toBlock ? start + window - 1n : toBlock
    let answer: unknown
    try {
      answer = await client.request({
        method: 'eth_getLogs',
        params: [{ address, topics, fromBlock: toHex(start), toBlock: toHex(end) }],
      })
    } catch (error) {
      if (window / 2n < SMALLEST_WINDOW) throw error
      window /= 2n
      continue
    }
    if (!Array.isArray(answer)) throw new Error('eth_getLogs answered something that is not a list of logs')
    const logs: PlacedBridgeLog[] = []
    for (const raw of answer as Record<string, unknown>[]) {
      // An endpoint's answer is checked before it is used: a log that does not parse, or comes from
      // another contract than asked, is not evidence.
      // The raw answer's logIndex is a hex quantity: only the fields the evidence keeps are checked.
      const parsed = logSchema.safeParse({ address: raw?.address, topics: raw?.topics, data: raw?.data })
      const hash = txHash(raw?.transactionHash)
      const block = quantity(raw?.blockNumber)
      if (!parsed.success || !hash || block === null) continue
      if (parsed.data.address.toLowerCase() !== address.toLowerCase()) continue
      if (block < start || block > end) continue
      logs.push({ ...parsed.data, transactionHash: hash, blockNumber: block })
    }
    for (const log of logs.sort((a, b) => (a.blockNumber < b.blockNumber ? -1 : 1)))
      if (await accept(log)) return { log, searchedTo: end }
    start = end + 1n
  }
  return { log: null, searchedTo: start - 1n }
}
