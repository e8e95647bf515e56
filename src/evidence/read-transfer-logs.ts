import { parseAbiItem, type Address } from 'viem'
import type { TokenTransfer } from './address-schema.js'
import type { ReadClient } from '../rpc/read-client.js'

const TRANSFER = parseAbiItem('event Transfer(address indexed from, address indexed to, uint256 value)')

/** A recent window first; providers that refuse it (range or result limits) get half, down to the floor. */
const FIRST_RANGE = 20_000n
const SMALLEST_RANGE = 100n
const KEPT = 10

/**
 * The address's latest incoming and outgoing Transfers of one token, from a bounded, recent block
 * range that shrinks and retries when the provider limits log queries (most public ones do).
 */
export async function readTransferLogs(
  client: ReadClient,
  { token, holder, head }: { token: Address; holder: Address; head: bigint },
) {
  for (let range = FIRST_RANGE; ; range /= 2n) {
    const fromBlock = head > range ? head - range : 0n
    try {
      const [incoming, outgoing] = await Promise.all([
        client.getLogs({ address: token, event: TRANSFER, args: { to: holder }, fromBlock, toBlock: head }),
        client.getLogs({ address: token, event: TRANSFER, args: { from: holder }, fromBlock, toBlock: head }),
      ])
      const items: TokenTransfer[] = [
        ...incoming.map((log) => ({ log, direction: 'in' as const })),
        ...outgoing.map((log) => ({ log, direction: 'out' as const })),
      ]
        .filter(({ log }) => log.transactionHash && log.blockNumber !== null)
        .map(({ log, direction }) => ({
          hash: log.transactionHash,
          blockNumber: log.blockNumber,
          from: (log.args.from as Address).toLowerCase() as Address,
          to: (log.args.to as Address).toLowerCase() as Address,
          amount: log.args.value as bigint,
          direction,
        }))
        .sort((a, b) => Number(b.blockNumber - a.blockNumber))
        .slice(0, KEPT)
      return { fromBlock, toBlock: head, narrowed: range < FIRST_RANGE, items }
    } catch (error) {
      if (range / 2n < SMALLEST_RANGE) throw error
    }
  }
}
