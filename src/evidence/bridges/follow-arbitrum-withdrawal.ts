import { decodeAbiParameters, encodeEventTopics, type Address, type Hex } from 'viem'
import { bridgeUnreadableError } from '../../errors/bridge-errors.js'
import type { ReadClient } from '../../rpc/read-client.js'
import {
  CONSTRUCT_OUTBOX_PROOF_SIGNATURE,
  EXECUTE_TRANSACTION_SIGNATURE,
  NODE_INTERFACE,
  outboxAbi,
  type L2ToL1Message,
} from '../../decode/bridges/arbitrum.js'
import type { BridgeOutcome } from '../bridge-schema.js'
import { PUBLIC_LOG_WINDOW, readLogRange } from '../read-log-range.js'
import { blockAtOrBefore } from './find-block.js'
import { quantityOf } from '../primitives.js'

/** At most this many eth_getLogs per search on L1: a bounded question, never a crawl. */
const MAX_LOG_REQUESTS = 30

export type WithdrawalReads = {
  l1: ReadClient
  l2: ReadClient
  l1ChainId: number
  l2ChainId: number
  outbox: Address
  message: Omit<L2ToL1Message, 'hash' | 'logIndex'>
  /** What the withdrawal moves (the token amount, or the call value): what arrives once it is executed. */
  amount: bigint
}

/** ArbOS's L1 block number is the parent's own block when the parent is Ethereum: then it is from just before the send. */
const FLOOR_SLACK_SECONDS = 3_600n

/**
 * The first L1 block worth searching: the one at or before the send's time. `ethBlockNum` is the
 * block number ArbOS saw on Ethereum; it is taken when that block on this L1 is from just before the
 * send, as on Ethereum. For an Orbit chain settling on another L2 (a configured route) the parent's
 * blocks are another count altogether, while time is the same on both: the block is found by time.
 */
async function searchFloor(r: WithdrawalReads, head: bigint): Promise<bigint> {
  const { ethBlockNum, timestamp } = r.message
  if (ethBlockNum <= head) {
    // Only a shortcut: a block this endpoint will not give is found by time instead.
    const block = await r.l1.getBlock({ blockNumber: ethBlockNum }).catch(() => null)
    if (block && block.timestamp <= timestamp && timestamp - block.timestamp <= FLOOR_SLACK_SECONDS) return ethBlockNum
  }
  return blockAtOrBefore(r.l1, timestamp, head)
}

/**
 * The L1 transaction that executed the send: the Outbox's OutBoxTransactionExecuted for its
 * destination and L2 sender whose `transactionIndex` is the send's position, searched forward from
 * the send's time. The search is bounded (MAX_LOG_REQUESTS windows of up to PUBLIC_LOG_WINDOW
 * blocks, fewer where an endpoint limits the range): a claim sent later than that is not found and
 * null is returned — the Outbox's `isSpent` already gave the verdict; only the detail is missing.
 */
async function findExecution(r: WithdrawalReads, head: bigint) {
  const { message } = r
  const floor = await searchFloor(r, head)
  const topics = encodeEventTopics({
    abi: outboxAbi,
    eventName: 'OutBoxTransactionExecuted',
    args: { to: message.destination, l2Sender: message.caller, zero: 0n },
  })
  const {
    logs: [executed],
  } = await readLogRange(r.l1, {
    filters: [{ address: r.outbox, topics }],
    fromBlock: floor,
    toBlock: head,
    window: PUBLIC_LOG_WINDOW,
    maxRequests: MAX_LOG_REQUESTS,
    firstOnly: true,
    accept: (log) => {
      try {
        return decodeAbiParameters([{ type: 'uint256' }], log.data)[0] === message.position
      } catch {
        return false
      }
    },
  })
  return executed ?? null
}

/**
 * The newest confirmed send root: the Outbox's last SendRootUpdated (the rollup posts one when it
 * confirms an assertion), searched back from L1's head to the send's time (a root from before it
 * cannot cover it). Its L2 block hash is checked against the Outbox's own `roots`. None found in a
 * search cut short is no answer: "not confirmed yet" would send the user away from a claim that
 * may already be possible.
 */
async function newestConfirmedRoot(r: WithdrawalReads, head: bigint) {
  const floor = await searchFloor(r, head)
  const {
    logs: [updated],
    complete,
  } = await readLogRange(r.l1, {
    filters: [{ address: r.outbox, topics: encodeEventTopics({ abi: outboxAbi, eventName: 'SendRootUpdated' }) }],
    fromBlock: floor,
    toBlock: head,
    direction: 'backward',
    window: PUBLIC_LOG_WINDOW,
    maxRequests: MAX_LOG_REQUESTS,
    firstOnly: true,
  })
  if (!updated && !complete)
    throw bridgeUnreadableError(
      'search-cut-short',
      'the L1 blocks since the withdrawal could not all be searched for a confirmed send root',
    )
  const root = updated?.topics[1]
  const l2BlockHash = updated?.topics[2]
  if (!root || !l2BlockHash) return null
  const stored = await r.l1.readContract({
    address: r.outbox,
    abi: outboxAbi,
    functionName: 'roots',
    args: [root],
    blockNumber: head,
  })
  if (stored.toLowerCase() !== l2BlockHash.toLowerCase()) {
    throw bridgeUnreadableError('inconsistent-answers', "the Outbox's SendRootUpdated log and its roots() do not agree")
  }
  return { root, l2BlockHash }
}

/**
 * The confirmed L2 block, read on the L2 by its hash: its number and, from an Arbitrum node (which
 * adds it to every block), its send count. A block the L2 endpoint does not know gives no answer.
 */
async function confirmedBlock(l2: ReadClient, hash: Hex) {
  const answer: unknown = await l2.request({ method: 'eth_getBlockByHash', params: [hash, false] })
  const block = typeof answer === 'object' && answer !== null ? (answer as Record<string, unknown>) : null
  const number = quantityOf(block?.['number'])
  if (!block || number === null || String(block['hash']).toLowerCase() !== hash.toLowerCase()) {
    throw bridgeUnreadableError(
      'l2-block-unknown',
      'the L2 endpoint does not know the L2 block of the newest confirmed send root',
    )
  }
  return { number, sendCount: quantityOf(block['sendCount']) }
}

const arg = (name: string, value: bigint | string) => ({ name, value: value.toString() })

/**
 * An Arbitrum withdrawal (an L2→L1 send through ArbSys) is read on L1 at the Outbox, the way
 * arbitrum-sdk's ChildToParentMessageReaderNitro decides it: spent (`isSpent(position)`: executed,
 * delivered); covered by a confirmed send root (the newest one's L2 block holds the send: anyone can
 * now execute it with a Merkle proof); or not yet (the assertion that will cover it waits out the
 * challenge period). Only reads: eth_call, logs, and the confirmed block on the L2.
 */
export async function followArbitrumWithdrawal(r: WithdrawalReads): Promise<BridgeOutcome> {
  const { message } = r
  const head = await r.l1.getBlockNumber()
  const spent = await r.l1.readContract({
    address: r.outbox,
    abi: outboxAbi,
    functionName: 'isSpent',
    args: [message.position],
    blockNumber: head,
  })
  if (spent) {
    const executed = await findExecution(r, head)
    return {
      state: 'delivered',
      txHash: executed?.transactionHash ?? null,
      blockNumber: executed?.blockNumber ?? null,
      // executeTransaction reverts unless the whole call went through: what was sent is what arrived.
      amountReceived: r.amount,
    }
  }
  const confirmed = await newestConfirmedRoot(r, head)
  if (!confirmed) return { state: 'in-flight', stage: 'confirmation' }
  const block = await confirmedBlock(r.l2, confirmed.l2BlockHash)
  // Sends are numbered in L2 block order: a confirmed block at or after the send's holds it (an Arbitrum node's send count says so exactly).
  const covered = block.sendCount !== null ? block.sendCount > message.position : block.number >= message.arbBlockNum
  if (!covered) return { state: 'in-flight', stage: 'confirmation' }
  return {
    state: 'action-needed',
    action: 'finalize',
    // The proof is built by an Arbitrum node (or the bridge's page): no calldata here, every other argument is known.
    call: null,
    target: {
      chainId: r.l1ChainId,
      to: r.outbox,
      function: EXECUTE_TRANSACTION_SIGNATURE,
      args: [
        arg('index', message.position),
        arg('l2Sender', message.caller),
        arg('to', message.destination),
        arg('l2Block', message.arbBlockNum),
        arg('l1Block', message.ethBlockNum),
        arg('l2Timestamp', message.timestamp),
        arg('value', message.callvalue),
        arg('data', message.data),
      ],
    },
    proofFrom: {
      chainId: r.l2ChainId,
      to: NODE_INTERFACE,
      function: CONSTRUCT_OUTBOX_PROOF_SIGNATURE,
      args: [...(block.sendCount !== null ? [arg('size', block.sendCount)] : []), arg('leaf', message.position)],
    },
    expiresAt: null,
  }
}
