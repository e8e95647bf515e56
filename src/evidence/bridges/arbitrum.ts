import { keccak256, type Address, type Hash, type Hex } from 'viem'
import { bridgeUnreadableError } from '../../errors/bridge-errors.js'
import {
  decodeGatewayFinalize,
  ethDepositTxHash,
  findEthDeposits,
  findL2ToL1Messages,
  findRetryableSubmissions,
  retryableTicketId,
  type EthDeposit,
  type L2ToL1Message,
  type RetryableSubmission,
} from '../../decode/bridges/arbitrum.js'
import type { ArbitrumRoute } from '../../chains/bridge-routes.js'
import type { BridgeDeposit } from '../bridge-schema.js'
import type { BridgeProtocol, FollowContext, SourceTransaction } from './bridge-protocol.js'
import { followEthDeposit, followRetryable } from './follow-arbitrum-retryable.js'
import { followArbitrumWithdrawal } from './follow-arbitrum-withdrawal.js'
import { checkArbitrumGateway } from './check-arbitrum-gateway.js'

/** One ticket as the evidence carries it: the id is the L2 handle, the details what following it needs. */
function toDeposit(source: SourceTransaction, route: ArbitrumRoute, submission: RetryableSubmission): BridgeDeposit {
  const m = submission.message
  // A token gateway's ticket moves a token to the address in its call; any other ticket moves l2CallValue to `to`.
  const gateway = decodeGatewayFinalize(m.data)
  return {
    protocol: 'arbitrum',
    direction: 'deposit',
    sourceChainId: source.chainId,
    destinationChainId: route.l2ChainId,
    messageId: retryableTicketId(route.l2ChainId, submission),
    token: gateway?.l1Token ?? null,
    amount: gateway?.amount ?? m.l2CallValue,
    sender: source.tx.from.toLowerCase() as Address,
    recipient: gateway?.to ?? m.to,
    logIndex: submission.logIndex,
    details: {
      kind: 'retryable',
      messageNumber: submission.messageNumber.toString(),
      /** Seconds, the L1 block's time as the Bridge recorded it: where the L2 search for the ticket starts. */
      l1Timestamp: submission.timestamp.toString(),
      l1BaseFee: submission.baseFeeL1.toString(),
      aliasedSender: submission.aliasedSender,
      inbox: submission.inbox,
      to: m.to,
      l2CallValue: m.l2CallValue.toString(),
      depositValue: m.depositValue.toString(),
      maxSubmissionCost: m.maxSubmissionCost.toString(),
      excessFeeRefundAddress: m.excessFeeRefundAddress,
      callValueRefundAddress: m.callValueRefundAddress,
      gasLimit: m.gasLimit.toString(),
      maxFeePerGas: m.maxFeePerGas.toString(),
      dataHash: keccak256(m.data),
    },
  }
}

/** An ETH deposit as the evidence carries it: the id is the hash of the L2 deposit transaction ArbOS makes. */
function toEthDeposit(source: SourceTransaction, route: ArbitrumRoute, deposit: EthDeposit): BridgeDeposit {
  return {
    protocol: 'arbitrum',
    direction: 'deposit',
    sourceChainId: source.chainId,
    destinationChainId: route.l2ChainId,
    messageId: ethDepositTxHash(route.l2ChainId, deposit),
    token: null,
    amount: deposit.value,
    sender: source.tx.from.toLowerCase() as Address,
    recipient: deposit.to,
    logIndex: deposit.logIndex,
    details: {
      kind: 'eth-deposit',
      messageNumber: deposit.messageNumber.toString(),
      l1Timestamp: deposit.timestamp.toString(),
      aliasedSender: deposit.aliasedSender,
      inbox: deposit.inbox,
    },
  }
}

/**
 * A withdrawal (an L2→L1 send through ArbSys) as the evidence carries it: the id is the send's hash;
 * the details are every field the Outbox's `executeTransaction` takes back. A token gateway's send
 * carries `finalizeInboundTransfer` for the L1 gateway: the token, amount and recipient are read from
 * it; any other send moves its call value to its destination.
 */
function toWithdrawal(source: SourceTransaction, route: ArbitrumRoute, message: L2ToL1Message): BridgeDeposit {
  const gateway = decodeGatewayFinalize(message.data)
  return {
    protocol: 'arbitrum',
    direction: 'withdrawal',
    sourceChainId: route.l2ChainId,
    destinationChainId: route.l1ChainId,
    messageId: message.hash,
    token: gateway?.l1Token ?? null,
    amount: gateway?.amount ?? message.callvalue,
    sender: gateway?.from ?? message.caller,
    recipient: gateway?.to ?? message.destination,
    logIndex: message.logIndex,
    details: {
      kind: 'withdrawal',
      outbox: route.outbox.toLowerCase(),
      position: message.position.toString(),
      caller: message.caller,
      destination: message.destination,
      arbBlockNum: message.arbBlockNum.toString(),
      ethBlockNum: message.ethBlockNum.toString(),
      l2Timestamp: message.timestamp.toString(),
      callvalue: message.callvalue.toString(),
      data: message.data,
    },
  }
}

/** A withdrawal's detail: each is required, a missing one is an error (the trace says "unreadable"), not a guess. */
const messageField = (deposit: BridgeDeposit, key: string) => {
  const value = deposit.details[key]
  if (value === undefined) throw bridgeUnreadableError('incomplete-record', `the withdrawal's ${key} is missing`)
  return value
}

/** The send back out of the evidence's details. */
function messageOf(deposit: BridgeDeposit): Omit<L2ToL1Message, 'hash' | 'logIndex'> {
  const need = (key: string) => messageField(deposit, key)
  return {
    caller: need('caller') as Address,
    destination: need('destination') as Address,
    position: BigInt(need('position')),
    arbBlockNum: BigInt(need('arbBlockNum')),
    ethBlockNum: BigInt(need('ethBlockNum')),
    timestamp: BigInt(need('l2Timestamp')),
    callvalue: BigInt(need('callvalue')),
    data: need('data') as Hex,
  }
}

function followWithdrawal(
  deposit: BridgeDeposit,
  context: FollowContext,
  l1: NonNullable<FollowContext['destination']>,
) {
  return followArbitrumWithdrawal({
    l1: l1.client,
    l2: context.source.client,
    l1ChainId: deposit.destinationChainId,
    l2ChainId: deposit.sourceChainId,
    outbox: messageField(deposit, 'outbox') as Address,
    message: messageOf(deposit),
    amount: deposit.amount,
  })
}

/**
 * Arbitrum (One, Nova, and any chain the config adds): retryable tickets and ETH deposits made
 * through a known Inbox on the source chain, followed on the L2 (tickets through ArbOS's retryable
 * precompile, ETH deposits by the hash of the deposit transaction ArbOS makes of them); and
 * withdrawals sent through ArbSys on the L2, followed on the L1 at the route's Outbox.
 */
export const arbitrumBridge: BridgeProtocol = {
  id: 'arbitrum',
  recognise: (source) => {
    const deposits = source.routes.arbitrum
      .filter((route) => route.l1ChainId === source.chainId)
      .flatMap((route) => [
        ...findRetryableSubmissions(source.receipt.logs, route).map((submission) =>
          toDeposit(source, route, submission),
        ),
        ...findEthDeposits(source.receipt.logs, route).map((deposit) => toEthDeposit(source, route, deposit)),
      ])
    // ArbSys is at the same address on every Arbitrum chain: the route of this L2 says which Outbox and L1.
    const l2Route = source.routes.arbitrum.find((route) => route.l2ChainId === source.chainId)
    const withdrawals = l2Route
      ? findL2ToL1Messages(source.receipt.logs).map((message) => toWithdrawal(source, l2Route, message))
      : []
    return [...deposits, ...withdrawals].sort((a, b) => a.logIndex - b.logIndex)
  },
  checkGateway: checkArbitrumGateway,
  follow: (deposit, context) => {
    if (!context.destination) return Promise.resolve({ state: 'no-endpoint' })
    if (deposit.direction === 'withdrawal') return followWithdrawal(deposit, context, context.destination)
    if (deposit.details['kind'] === 'eth-deposit') {
      return followEthDeposit(context.destination.client, deposit.messageId as Hash)
    }
    return followRetryable(context.destination.client, {
      ticketId: deposit.messageId as Hash,
      l2ChainId: deposit.destinationChainId,
      l1Timestamp: BigInt(deposit.details['l1Timestamp'] ?? context.sourceBlock?.timestamp ?? 0n),
    })
  },
}
