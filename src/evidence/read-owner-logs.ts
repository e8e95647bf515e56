import { pad, toEventSelector, toHex, type Address, type Hex } from 'viem'
import { placedLogSchema, type PlacedLog } from './security-schema.js'
import type { ReadClient } from '../rpc/read-client.js'

const topic = (signature: string) => toEventSelector(signature)
const APPROVAL = topic('Approval(address,address,uint256)')
const APPROVAL_FOR_ALL = topic('ApprovalForAll(address,address,bool)')
const TRANSFER = topic('Transfer(address,address,uint256)')
const TRANSFER_SINGLE = topic('TransferSingle(address,address,address,uint256,uint256)')
const TRANSFER_BATCH = topic('TransferBatch(address,address,address,uint256[],uint256[])')
const PERMIT2_APPROVAL = topic('Approval(address,address,address,uint160,uint48)')
const PERMIT2_PERMIT = topic('Permit(address,address,address,uint160,uint48,uint48)')
const PERMIT2_LOCKDOWN = topic('Lockdown(address,address,address)')

/** A JSON-RPC quantity ("0x1b4"), or null when it is not one. */
const quantity = (value: unknown): bigint | null =>
  typeof value === 'string' && /^0x[0-9a-fA-F]{1,16}$/.test(value) ? BigInt(value) : null

/** Below this the endpoint is not limiting the range but failing: give up. */
const SMALLEST_RANGE = 100n
/** A support report needs the story, not a dump: the newest logs are kept. */
export const MAX_OWNER_LOGS = 3_000

/**
 * Every log that names the owner as the one who approves or as a sender or receiver of tokens,
 * over the recent range asked for, in four eth_getLogs that leave as one batch. An endpoint that
 * refuses the range (most public ones limit it) gets half, as `address` does with its transfers.
 */
export async function readOwnerLogs(
  client: ReadClient,
  { owner, head, blocks }: { owner: Address; head: bigint; blocks: bigint },
): Promise<{ fromBlock: bigint; narrowed: boolean; logs: PlacedLog[]; dropped: number }> {
  const me = pad(owner.toLowerCase() as Hex)
  const filters: (Hex | Hex[] | null)[][] = [
    // Topic 1 is the owner: approvals of every kind (Permit2's too) and ERC-20/721 transfers out.
    [[APPROVAL, APPROVAL_FOR_ALL, TRANSFER, PERMIT2_APPROVAL, PERMIT2_PERMIT, PERMIT2_LOCKDOWN], me],
    [[TRANSFER], null, me],
    // ERC-1155 names the operator first: from is topic 2, to is topic 3.
    [[TRANSFER_SINGLE, TRANSFER_BATCH], null, me],
    [[TRANSFER_SINGLE, TRANSFER_BATCH], null, null, me],
  ]
  for (let range = blocks; ; range /= 2n) {
    const fromBlock = head + 1n > range ? head + 1n - range : 0n
    try {
      const answers = await Promise.all(
        filters.map((topics) =>
          client.request({
            method: 'eth_getLogs',
            params: [{ fromBlock: toHex(fromBlock), toBlock: toHex(head), topics }],
          }),
        ),
      )
      const seen = new Set<string>()
      const logs: PlacedLog[] = []
      for (const raw of answers.flat()) {
        // Whatever an endpoint answers is checked before it is used; a malformed log is skipped.
        const parsed = placedLogSchema.safeParse({
          ...(raw as object),
          blockNumber: quantity(raw?.blockNumber)?.toString() ?? null,
          logIndex: Number(quantity(raw?.logIndex) ?? -1n),
        })
        if (!parsed.success) continue
        const key = `${parsed.data.transactionHash}:${parsed.data.logIndex}`
        if (seen.has(key)) continue
        seen.add(key)
        logs.push({ ...parsed.data, address: parsed.data.address.toLowerCase() as Address })
      }
      logs.sort((a, b) =>
        a.blockNumber === b.blockNumber ? a.logIndex - b.logIndex : a.blockNumber < b.blockNumber ? -1 : 1,
      )
      const dropped = Math.max(0, logs.length - MAX_OWNER_LOGS)
      return { fromBlock, narrowed: range < blocks, logs: logs.slice(dropped), dropped }
    } catch (error) {
      if (range / 2n < SMALLEST_RANGE) throw error
    }
  }
}
