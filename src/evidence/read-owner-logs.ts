import { pad, toEventSelector, type Address, type Hex } from 'viem'
import { readLogRange, type LogFilter } from './read-log-range.js'
import type { PlacedLog } from './placed-log-schema.js'
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

/** A support report needs the story, not a dump: the newest logs are kept. */
export const MAX_OWNER_LOGS = 3_000

/** The four eth_getLogs filters: approvals and transfers that name the owner. */
export function ownerLogFilters(owner: Address): LogFilter[] {
  const me = pad(owner.toLowerCase() as Hex)
  const topics: (Hex | Hex[] | null)[][] = [
    // Topic 1 is the owner: approvals of every kind (Permit2's too) and ERC-20/721 transfers out.
    [[APPROVAL, APPROVAL_FOR_ALL, TRANSFER, PERMIT2_APPROVAL, PERMIT2_PERMIT, PERMIT2_LOCKDOWN], me],
    [[TRANSFER], null, me],
    // ERC-1155 names the operator first: from is topic 2, to is topic 3.
    [[TRANSFER_SINGLE, TRANSFER_BATCH], null, me],
    [[TRANSFER_SINGLE, TRANSFER_BATCH], null, null, me],
  ]
  return topics.map((t) => ({ topics: t }))
}

/**
 * Every log that names the owner as the one who approves or as a sender or receiver of tokens,
 * over the recent range asked for, in four eth_getLogs that leave as one batch. An endpoint that
 * refuses the range (most public ones limit it) gets half, as `address` does with its transfers.
 */
export async function readOwnerLogs(
  client: ReadClient,
  { owner, head, blocks }: { owner: Address; head: bigint; blocks: bigint },
): Promise<{ fromBlock: bigint; narrowed: boolean; logs: PlacedLog[]; dropped: number }> {
  // Only the newest window an endpoint answers: a refused range is halved towards the head, not walked.
  const read = await readLogRange(client, {
    filters: ownerLogFilters(owner),
    fromBlock: head + 1n > blocks ? head + 1n - blocks : 0n,
    toBlock: head,
    direction: 'backward',
    maxWindows: 1,
  })
  const dropped = Math.max(0, read.logs.length - MAX_OWNER_LOGS)
  return { fromBlock: read.searchedFrom, narrowed: read.narrowed, logs: read.logs.slice(dropped), dropped }
}
