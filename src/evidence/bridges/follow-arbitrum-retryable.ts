import { bridgeUnreadableError } from '../../errors/bridge-errors.js'
import {
  BaseError,
  ContractFunctionRevertedError,
  TransactionReceiptNotFoundError,
  decodeEventLog,
  encodeEventTopics,
  encodeFunctionData,
  getAbiItem,
  toEventSelector,
  type Hash,
  type Hex,
  type TransactionReceipt,
} from 'viem'
import { ARB_RETRYABLE_TX, arbRetryableTxAbi } from '../../decode/bridges/arbitrum.js'
import type { BridgeOutcome } from '../bridge-schema.js'
import { blockAtOrBefore } from './find-block.js'
import { readLogRange } from '../read-log-range.js'
import type { ReadClient } from '../../rpc/read-client.js'

/**
 * L2 block times follow the L1 message's time, but are set by the sequencer: the search for the
 * ticket starts this long before the L1 block, so a clock a little behind cannot hide it.
 */
const CLOCK_MARGIN_SECONDS = 3_600n
/** A follow-up asks at most this many eth_getLogs: enough for days of an L2's blocks, never a crawl. */
const MAX_LOG_REQUESTS = 60
/** Redeem attempts looked at, at most: each costs a receipt read, and a real ticket has a handful. */
const MAX_REDEEM_ATTEMPTS = 20

const event = (name: TicketEvent) => getAbiItem({ abi: arbRetryableTxAbi, name })

type TicketEvent = 'TicketCreated' | 'RedeemScheduled' | 'Canceled' | 'LifetimeExtended'

/**
 * The precompile's logs of one event for one ticket over [fromBlock, toBlock], each one that decodes
 * as that event. Throws when the range cannot be covered within MAX_LOG_REQUESTS: a search that
 * stopped part-way must not read as "there is no such log".
 */
async function ticketLogs(
  client: ReadClient,
  eventName: TicketEvent,
  ticketId: Hash,
  range: { fromBlock: bigint; toBlock: bigint; firstOnly?: boolean },
) {
  const read = await readLogRange(client, {
    filters: [
      {
        address: ARB_RETRYABLE_TX,
        topics: encodeEventTopics({ abi: arbRetryableTxAbi, eventName, args: { ticketId } }),
      },
    ],
    ...range,
    maxRequests: MAX_LOG_REQUESTS,
    accept: (log) => {
      try {
        return (
          decodeEventLog({ abi: arbRetryableTxAbi, topics: log.topics as [Hex], data: log.data }).eventName ===
          eventName
        )
      } catch {
        return false
      }
    },
  })
  if (!read.complete)
    throw bridgeUnreadableError(
      'search-cut-short',
      `the log search stopped at block ${read.searchedTo + 1n}: too many blocks to search`,
    )
  return read.logs
}

const receiptOrNull = (client: ReadClient, hash: Hash) =>
  client.getTransactionReceipt({ hash }).catch((error: unknown) => {
    if (error instanceof TransactionReceiptNotFoundError) return null
    throw error
  })

type Creation = { hash: Hash; blockNumber: bigint; status: 'success' | 'reverted'; receipt: TransactionReceipt }

/**
 * The L2 transaction that created the ticket. On an Arbitrum node it is the transaction whose hash
 * is the ticket id. Failing that, the precompile's TicketCreated log names the ticket too: the log
 * search starts at the L2 block of the L1 message's time (the ticket cannot be older).
 */
async function findCreation(
  client: ReadClient,
  ticketId: Hash,
  l1Timestamp: bigint,
  head: bigint,
): Promise<Creation | null> {
  const byHash = await receiptOrNull(client, ticketId)
  const receipt =
    byHash ??
    (await (async () => {
      const from = await blockAtOrBefore(client, l1Timestamp - CLOCK_MARGIN_SECONDS, head)
      const [created] = await ticketLogs(client, 'TicketCreated', ticketId, {
        fromBlock: from,
        toBlock: head,
        firstOnly: true,
      })
      return created ? receiptOrNull(client, created.transactionHash) : null
    })())
  if (!receipt) return null
  return { hash: receipt.transactionHash, blockNumber: receipt.blockNumber, status: receipt.status, receipt }
}

type Attempt = { retryTxHash: Hash; receipt: TransactionReceipt | null }

/** The redeems the RedeemScheduled logs name, each with its receipt (null while not yet executed). */
async function attemptsOf(client: ReadClient, retryTxHashes: readonly Hash[]): Promise<Attempt[]> {
  const unique = [...new Set(retryTxHashes.map((h) => h.toLowerCase() as Hash))].slice(0, MAX_REDEEM_ATTEMPTS)
  return Promise.all(
    unique.map(async (retryTxHash) => ({ retryTxHash, receipt: await receiptOrNull(client, retryTxHash) })),
  )
}

/**
 * The auto-redeem: ArbOS schedules it in the creating transaction itself, whose RedeemScheduled log
 * names the retry transaction (as arbitrum-sdk's getAutoRedeemAttempt reads it).
 */
function autoRedeemHashes(creation: Creation, ticketId: Hash): Hash[] {
  const topic = toEventSelector(event('RedeemScheduled'))
  return creation.receipt.logs
    .filter(
      (log) =>
        log.address.toLowerCase() === ARB_RETRYABLE_TX &&
        log.topics[0] === topic &&
        log.topics[1]?.toLowerCase() === ticketId.toLowerCase() &&
        log.topics[2] !== undefined,
    )
    .map((log) => log.topics[2] as Hash)
}

/** Later, manual redeems: the precompile's RedeemScheduled logs for the ticket from the creation block on. */
async function laterRedeemHashes(client: ReadClient, ticketId: Hash, creation: Creation, head: bigint) {
  const logs = await ticketLogs(client, 'RedeemScheduled', ticketId, { fromBlock: creation.blockNumber, toBlock: head })
  return logs.flatMap((log) => (log.topics[2] ? [log.topics[2]] : []))
}

const succeeded = (attempts: readonly Attempt[]) => attempts.find((a) => a.receipt?.status === 'success')?.receipt

/** The ticket's timeout (seconds), or null when the precompile says there is no such ticket (redeemed, cancelled or expired). */
async function readTimeout(client: ReadClient, ticketId: Hash): Promise<bigint | null> {
  try {
    return await client.readContract({
      address: ARB_RETRYABLE_TX,
      abi: arbRetryableTxAbi,
      functionName: 'getTimeout',
      args: [ticketId],
    })
  } catch (error) {
    const reverted = error instanceof BaseError ? error.walk((e) => e instanceof ContractFunctionRevertedError) : null
    if (reverted instanceof ContractFunctionRevertedError && reverted.data?.errorName === 'NoTicketWithID') return null
    throw error
  }
}

/** When a ticket that is gone without a redeem or a cancel ran out: its last extension, else creation + lifetime. */
async function expiryOf(client: ReadClient, ticketId: Hash, creation: Creation, head: bigint): Promise<bigint> {
  const extended = await ticketLogs(client, 'LifetimeExtended', ticketId, {
    fromBlock: creation.blockNumber,
    toBlock: head,
  })
  const last = extended.map((log) => BigInt(`0x${log.data.slice(2, 66)}`)).sort((a, b) => (a < b ? 1 : -1))[0]
  if (last !== undefined) return last
  const [block, lifetime] = await Promise.all([
    client.getBlock({ blockNumber: creation.blockNumber }),
    client.readContract({ address: ARB_RETRYABLE_TX, abi: arbRetryableTxAbi, functionName: 'getLifetime' }),
  ])
  return block.timestamp + lifetime
}

const iso = (seconds: bigint) => new Date(Number(seconds) * 1000).toISOString()

/**
 * What the L2 says became of a retryable ticket, the way arbitrum-sdk's ParentToChildMessageReader
 * decides it: not created yet (in flight at the sequencer); redeemed (delivered, with the successful
 * redeem transaction); still alive without a successful redeem (anyone may redeem it before its
 * timeout: action needed); cancelled by its beneficiary (refunded); or gone at its timeout (expired).
 * Only reads: receipts, logs, and eth_call of the precompile's views.
 */
export async function followRetryable(
  client: ReadClient,
  ticket: { ticketId: Hash; l2ChainId: number; l1Timestamp: bigint },
): Promise<BridgeOutcome> {
  const { ticketId } = ticket
  // The L2's own clock judges expiry, as ArbOS does: its head block's time, not this machine's.
  const headBlock = await client.getBlock({ blockTag: 'latest' })
  const head = headBlock.number
  const creation = await findCreation(client, ticketId, ticket.l1Timestamp, head)
  if (!creation) return { state: 'in-flight', stage: 'sequencer' }
  if (creation.status !== 'success')
    throw bridgeUnreadableError('ticket-creation-failed', 'the L2 transaction that creates the ticket failed')

  const delivered = (receipt: TransactionReceipt): BridgeOutcome => ({
    state: 'delivered',
    txHash: receipt.transactionHash,
    blockNumber: receipt.blockNumber,
    amountReceived: null,
  })
  const autoRedeem = await attemptsOf(client, autoRedeemHashes(creation, ticketId))
  const redeemedAtOnce = succeeded(autoRedeem)
  if (redeemedAtOnce) return delivered(redeemedAtOnce)

  // Alive means not redeemed: a successful redeem deletes the ticket. No log search is needed then.
  const timeout = await readTimeout(client, ticketId)
  if (timeout !== null) {
    // The auto-redeem scheduled but not yet executed: ArbOS runs it next; nothing for the user to do yet.
    if (autoRedeem.some((a) => a.receipt === null)) return { state: 'in-flight', stage: 'redeem' }
    return {
      state: 'action-needed',
      action: 'redeem',
      call: {
        chainId: ticket.l2ChainId,
        to: ARB_RETRYABLE_TX,
        data: encodeFunctionData({ abi: arbRetryableTxAbi, functionName: 'redeem', args: [ticketId] }),
        function: 'redeem(bytes32)',
      },
      expiresAt: iso(timeout),
    }
  }

  // Gone: redeemed by hand later, cancelled, or expired.
  const redeemedLater = succeeded(await attemptsOf(client, await laterRedeemHashes(client, ticketId, creation, head)))
  if (redeemedLater) return delivered(redeemedLater)
  const [cancel] = await ticketLogs(client, 'Canceled', ticketId, {
    fromBlock: creation.blockNumber,
    toBlock: head,
    firstOnly: true,
  })
  if (cancel) {
    return { state: 'refunded', txHash: cancel.transactionHash, blockNumber: cancel.blockNumber }
  }
  const expiry = await expiryOf(client, ticketId, creation, head)
  // Gone before its time with no redeem and no cancel seen: the answers do not add up; say so, not "expired".
  if (expiry > headBlock.timestamp) {
    throw bridgeUnreadableError(
      'inconsistent-answers',
      'the ticket is gone before its timeout, with no successful redeem or cancel found',
    )
  }
  return { state: 'expired', expiredAt: iso(expiry) }
}

/**
 * An ETH deposit has no ticket and cannot fail on the L2: the deposit transaction ArbOS makes of it
 * either is there (delivered, the value credited) or is not yet (in flight at the sequencer), as
 * arbitrum-sdk's EthDepositMessage.status reads it.
 */
export async function followEthDeposit(client: ReadClient, depositTxHash: Hash): Promise<BridgeOutcome> {
  const receipt = await receiptOrNull(client, depositTxHash)
  if (!receipt) return { state: 'in-flight', stage: 'sequencer' }
  // What arrived is the L2 transaction's own value, read there rather than assumed from the L1 side.
  const tx = await client.getTransaction({ hash: depositTxHash })
  return {
    state: 'delivered',
    txHash: receipt.transactionHash,
    blockNumber: receipt.blockNumber,
    amountReceived: tx.value,
  }
}
