import { decodeEventLog, toEventSelector, type Address, type Hash, type Hex } from 'viem'
import { userOperationEvent, userOperationRevertReason } from '../decode/entry-points.js'
import { tokenMovements } from '../decode/token-movements.js'
import type { ChainConnection } from '../rpc/chain-connection.js'
import { readLogRange } from './read-log-range.js'
import { readTokens } from './read-tokens.js'
import type { UserOperationData } from './schema.js'
import { toReceiptData } from './to-evidence.js'
import type { ReadClient } from '../rpc/read-client.js'

/** A recent window first; providers that refuse it (range or result limits) get half, down to the floor. */
const FIRST_RANGE = 50_000n
const SMALLEST_RANGE = 500n

// Hashed once a log from an EntryPoint is seen, not at module load: most transactions have none.
let topics: { operation: Hex; revert: Hex } | undefined
const userOperationTopics = () =>
  (topics ??= { operation: toEventSelector(userOperationEvent), revert: toEventSelector(userOperationRevertReason) })

/**
 * A hash no node knows as a transaction may be an ERC-4337 user operation hash: the EntryPoints'
 * `UserOperationEvent` with that hash as topic 1, over a recent block range. When found, the
 * bundle transaction's receipt gives the operation's own logs (those between the previous
 * operation's event and its own), its revert reason, and the tokens it moved.
 */
export async function readUserOperation(
  connection: ChainConnection,
  { hash, entryPoints }: { hash: Hash; entryPoints: readonly Address[] },
): Promise<UserOperationData | null> {
  const client = connection.client
  const log = await findEvent(client, hash, entryPoints)
  if (!log) return null
  const receipt = toReceiptData(await client.getTransactionReceipt({ hash: log.transactionHash }))
  const entryPoint = log.address.toLowerCase() as Address
  const fromEntryPoint = (l: { address: string }) => l.address.toLowerCase() === entryPoint
  const own = receipt.logs.findIndex(
    (l) => fromEntryPoint(l) && l.topics[0] === userOperationTopics().operation && l.topics[1] === hash,
  )
  // The event must be in its own transaction's receipt: a log the search answered that the receipt
  // does not hold is not evidence of anything.
  if (own === -1) return null
  const previous = receipt.logs
    .slice(0, own)
    .findLastIndex((l) => fromEntryPoint(l) && l.topics[0] === userOperationTopics().operation)
  const logs = receipt.logs.slice(previous + 1, own)
  const revertLog = logs.find(
    (l) => fromEntryPoint(l) && l.topics[0] === userOperationTopics().revert && l.topics[1] === hash,
  )
  const revertReason = revertLog
    ? (decodeEventLog({ abi: [userOperationRevertReason], topics: revertLog.topics as [Hash], data: revertLog.data })
        .args?.revertReason ?? null)
    : null
  const { args } = decodeEventLog({
    abi: [userOperationEvent],
    topics: log.topics as [Hex, ...Hex[]],
    data: log.data,
  })
  const ownLogs = logs.filter((l) => !fromEntryPoint(l))
  return {
    chainId: connection.chain.id,
    entryPoint,
    userOpHash: hash,
    sender: args.sender.toLowerCase() as Address,
    paymaster: args.paymaster.toLowerCase() as Address,
    nonce: args.nonce,
    success: args.success,
    actualGasCost: args.actualGasCost,
    actualGasUsed: args.actualGasUsed,
    transactionHash: log.transactionHash,
    blockNumber: log.blockNumber,
    bundleStatus: receipt.status,
    revertReason,
    logs: ownLogs,
    tokens: await readTokens(
      client,
      tokenMovements(ownLogs).map((m) => m.token),
    ),
  }
}

/**
 * The EntryPoints' `UserOperationEvent` for this hash in the newest window an endpoint answers (a
 * refused range is halved towards the head). Its logs are checked as every log walk checks them
 * (read-log-range.ts): from one of the EntryPoints asked, with the hash as topic 1, inside the range.
 */
async function findEvent(client: ReadClient, hash: Hash, addresses: readonly Address[]) {
  const head = await client.getBlockNumber()
  const found = await readLogRange(client, {
    filters: addresses.map((address) => ({ address, topics: [userOperationTopics().operation, hash] })),
    fromBlock: head > FIRST_RANGE ? head - FIRST_RANGE : 0n,
    toBlock: head,
    direction: 'backward',
    smallestWindow: SMALLEST_RANGE,
    maxWindows: 1,
    firstOnly: true,
  })
  return found.logs[0] ?? null
}
