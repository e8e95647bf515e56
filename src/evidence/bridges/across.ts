import { pad, toEventSelector, toHex, zeroAddress, type Address, type Hex } from 'viem'
import { bridgeUnreadableError } from '../../errors/bridge-errors.js'
import {
  acrossEventAbi,
  acrossFillStatus,
  acrossFillStatusAbi,
  acrossRelayHash,
  decodeAcrossDeposit,
  decodeAcrossFill,
  decodeAcrossRefund,
  evmAddressOf,
  type AcrossDepositLog,
} from '../../decode/bridges/across.js'
import type { BridgeDeposit, BridgeOutcome } from '../bridge-schema.js'
import type { BridgeProtocol, FollowContext } from './bridge-protocol.js'
import { blockAtOrBefore } from './find-block.js'
import { PUBLIC_LOG_WINDOW, readLogRange } from '../read-log-range.js'
import { readTokens } from '../read-tokens.js'
import type { ReadClient } from '../../rpc/read-client.js'

const selector = (name: string) => toEventSelector(acrossEventAbi.find((e) => e.name === name)!)
// Hashed when a deposit is followed, not at module load: every diagnosis loads this file, few follow a bridge.
const fillEvents = () => [selector('FilledRelay'), selector('FilledV3Relay')]
const refundEvent = () => selector('ExecutedRelayerRefundRoot')

/** Relayers fill within seconds to minutes; the search starts this long before the deposit, for clocks that differ. */
const CLOCK_SLACK = 3_600n
/** At most this many eth_getLogs windows (10,000 blocks each) per search: a bounded question, never a crawl. */
const MAX_WINDOWS = 30

const lower = (a: string) => a.toLowerCase() as Address

/**
 * Across V3 (SpokePool `deposit` / `depositV3`): a relayer fills the deposit on the destination
 * pool with its own funds before the deposit's fill deadline; a deposit nobody fills is refunded
 * to the depositor on the origin chain in a later bundle. The destination pool's `fillStatuses`
 * says which, keyed by the relay hash computed from the deposit log.
 */
export const acrossProtocol: BridgeProtocol = {
  id: 'across',
  recognise({ chainId, receipt, routes }) {
    const pool = routes.across.find((p) => p.chainId === chainId)?.spokePool
    if (!pool) return []
    return receipt.logs.flatMap((log, logIndex): BridgeDeposit[] => {
      // Only the pool's own logs: anyone can emit an event with the same signature.
      if (lower(log.address) !== lower(pool)) return []
      const deposit = decodeAcrossDeposit(log)
      if (!deposit || deposit.destinationChainId < 1n) return []
      if (deposit.destinationChainId > BigInt(Number.MAX_SAFE_INTEGER)) return []
      const token = evmAddressOf(deposit.inputToken)
      const sender = evmAddressOf(deposit.depositor)
      if (!token || !sender) return []
      const recipient = evmAddressOf(deposit.recipient)
      return [
        {
          protocol: 'across',
          direction: 'deposit',
          sourceChainId: chainId,
          destinationChainId: Number(deposit.destinationChainId),
          messageId: deposit.depositId.toString(),
          token,
          amount: deposit.inputAmount,
          sender,
          // A recipient that is no EVM address (a Solana account) is kept whole in details.recipient.
          recipient: recipient ?? zeroAddress,
          logIndex,
          details: {
            event: deposit.event,
            spokePool: lower(pool),
            inputToken: deposit.inputToken,
            outputToken: deposit.outputToken,
            inputAmount: deposit.inputAmount.toString(),
            outputAmount: deposit.outputAmount.toString(),
            quoteTimestamp: String(deposit.quoteTimestamp),
            fillDeadline: String(deposit.fillDeadline),
            exclusivityDeadline: String(deposit.exclusivityDeadline),
            exclusiveRelayer: deposit.exclusiveRelayer,
            depositor: deposit.depositor,
            recipient: deposit.recipient,
            recipientIsEvmAddress: recipient ? 'true' : 'false',
            message: deposit.message,
            relayHash: acrossRelayHash(deposit, BigInt(chainId)),
          },
        },
      ]
    })
  },
  follow: followAcrossDeposit,
}

const word = (value: string | undefined): Hex => {
  if (!value || !/^0x[0-9a-f]{64}$/.test(value))
    throw bridgeUnreadableError('incomplete-record', 'the Across deposit lacks a field it was recognised with')
  return value as Hex
}
const integer = (value: string | undefined): bigint => {
  if (!value || !/^\d+$/.test(value))
    throw bridgeUnreadableError('incomplete-record', 'the Across deposit lacks a field it was recognised with')
  return BigInt(value)
}

/** The deposit log back from the evidence's strings (evidence can be replayed from a file: it is checked again). */
function depositLogOf(deposit: BridgeDeposit): AcrossDepositLog {
  const d = deposit.details
  const message = d.message
  if (!message || !/^0x([0-9a-f]{2})*$/.test(message))
    throw bridgeUnreadableError('incomplete-record', 'the Across deposit lacks its message')
  return {
    event: d.event === 'V3FundsDeposited' ? 'V3FundsDeposited' : 'FundsDeposited',
    destinationChainId: BigInt(deposit.destinationChainId),
    depositId: integer(deposit.messageId),
    inputToken: word(d.inputToken),
    outputToken: word(d.outputToken),
    inputAmount: integer(d.inputAmount),
    outputAmount: integer(d.outputAmount),
    quoteTimestamp: Number(integer(d.quoteTimestamp)),
    fillDeadline: Number(integer(d.fillDeadline)),
    exclusivityDeadline: Number(integer(d.exclusivityDeadline)),
    depositor: word(d.depositor),
    recipient: word(d.recipient),
    exclusiveRelayer: word(d.exclusiveRelayer),
    message: message as Hex,
  }
}

async function followAcrossDeposit(deposit: BridgeDeposit, context: FollowContext): Promise<BridgeOutcome> {
  const destination = context.destination
  if (!destination) return { state: 'no-endpoint' }
  const pool = context.routes.across.find((p) => p.chainId === deposit.destinationChainId)?.spokePool
  if (!pool) return { state: 'unreadable', reason: 'no-contract-known' }
  const relay = depositLogOf(deposit)
  const relayHash = acrossRelayHash(relay, BigInt(deposit.sourceChainId))
  const head = await destination.client.getBlock()
  // The status and the clock are read at the same block: a fill deadline is judged by the destination's time.
  const status = await destination.client.readContract({
    address: pool,
    abi: acrossFillStatusAbi,
    functionName: 'fillStatuses',
    args: [relayHash],
    blockNumber: head.number,
  })
  if (status === acrossFillStatus.filled) return findFill(destination.client, pool, deposit, relay, context, head)
  if (status !== acrossFillStatus.unfilled && status !== acrossFillStatus.slowFillRequested)
    return { state: 'unreadable', reason: 'unexpected-answer' }
  if (head.timestamp <= BigInt(relay.fillDeadline))
    return { state: 'in-flight', stage: status === acrossFillStatus.slowFillRequested ? 'slow-fill' : 'relayer' }
  return findRefund(deposit, relay, context)
}

/** Filled: the fill log names the transaction and what the recipient got; not finding it keeps the verdict, not the details. */
async function findFill(
  client: ReadClient,
  pool: Address,
  deposit: BridgeDeposit,
  relay: AcrossDepositLog,
  context: FollowContext,
  head: { number: bigint; timestamp: bigint },
): Promise<BridgeOutcome> {
  const sentAt = context.sourceBlock ? BigInt(context.sourceBlock.timestamp) : BigInt(relay.quoteTimestamp)
  const fromBlock = await blockAtOrBefore(client, sentAt > CLOCK_SLACK ? sentAt - CLOCK_SLACK : 0n, head.number)
  const {
    logs: [log],
  } = await readLogRange(client, {
    filters: [
      { address: pool, topics: [fillEvents(), pad(toHex(deposit.sourceChainId)), pad(toHex(relay.depositId))] },
    ],
    fromBlock,
    toBlock: head.number,
    window: PUBLIC_LOG_WINDOW,
    maxRequests: MAX_WINDOWS,
    firstOnly: true,
    accept: (candidate) => {
      const fill = decodeAcrossFill(candidate)
      return fill !== null && fill.originChainId === BigInt(deposit.sourceChainId) && fill.depositId === relay.depositId
    },
  })
  const fill = log ? decodeAcrossFill(log) : null
  // What arrived is in the output token's units, which may have other decimals than the input token's
  // (USDC has 6 on Ethereum, 18 on BNB Smart Chain): its metadata is read on the destination.
  const output = fill ? evmAddressOf(fill.outputToken) : null
  const [info] = output && output !== zeroAddress ? await readTokens(client, [output]) : []
  return {
    state: 'delivered',
    txHash: log?.transactionHash ?? null,
    blockNumber: log?.blockNumber ?? null,
    amountReceived: fill?.amountReceived ?? null,
    ...(info ? { receivedToken: { address: info.address, symbol: info.symbol, decimals: info.decimals } } : {}),
  }
}

/**
 * Past its fill deadline and unfilled: Across pays the deposit back to the depositor on the origin
 * chain, in a relayer refund leaf of a later bundle (ExecutedRelayerRefundRoot for the origin chain,
 * the input token, the depositor among the refund addresses with at least the deposited amount).
 * A leaf whose transfers were deferred (a transfer failed) is not taken as paid.
 */
async function findRefund(deposit: BridgeDeposit, relay: AcrossDepositLog, context: FollowContext) {
  const expiredAt = new Date(relay.fillDeadline * 1000).toISOString()
  const pool = context.routes.across.find((p) => p.chainId === deposit.sourceChainId)?.spokePool
  if (!pool) return { state: 'expired', expiredAt } satisfies BridgeOutcome
  const client = context.source.client
  const head = await client.getBlockNumber()
  const fromBlock = await blockAtOrBefore(client, BigInt(relay.fillDeadline), head)
  const depositor = evmAddressOf(relay.depositor)
  const token = evmAddressOf(relay.inputToken)
  const {
    logs: [log],
    complete,
  } = await readLogRange(client, {
    filters: [{ address: pool, topics: [refundEvent(), pad(toHex(deposit.sourceChainId))] }],
    fromBlock,
    toBlock: head,
    window: PUBLIC_LOG_WINDOW,
    maxRequests: MAX_WINDOWS,
    firstOnly: true,
    accept: (candidate) => {
      const refund = decodeAcrossRefund(candidate)
      return (
        refund !== null &&
        !refund.deferred &&
        refund.token === token &&
        refund.refunds.some((r) => r.address === depositor && r.amount >= relay.inputAmount)
      )
    },
  })
  // "Expired, not refunded" only when every block since the deadline was searched: a refund beyond
  // a search cut short is not evidence of its absence.
  if (!log && !complete)
    return {
      state: 'unreadable',
      reason: 'search-cut-short',
    } satisfies BridgeOutcome
  if (!log) return { state: 'expired', expiredAt } satisfies BridgeOutcome
  return { state: 'refunded', txHash: log.transactionHash, blockNumber: log.blockNumber } satisfies BridgeOutcome
}
