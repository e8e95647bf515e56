import { keccak256, type Address, type Hash } from 'viem'
import {
  decodeGatewayFinalize,
  ethDepositTxHash,
  findEthDeposits,
  findRetryableSubmissions,
  retryableTicketId,
  type EthDeposit,
  type RetryableSubmission,
} from '../../decode/bridges/arbitrum.js'
import type { ArbitrumRoute } from '../../chains/bridge-routes.js'
import type { BridgeDeposit } from '../bridge-schema.js'
import type { BridgeProtocol, SourceTransaction } from './bridge-protocol.js'
import { followEthDeposit, followRetryable } from './follow-arbitrum-retryable.js'

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
 * Arbitrum (One, Nova, and any chain the config adds): retryable tickets and ETH deposits made
 * through a known Inbox on the source chain, followed on the L2 (tickets through ArbOS's retryable
 * precompile, ETH deposits by the hash of the deposit transaction ArbOS makes of them).
 */
export const arbitrumBridge: BridgeProtocol = {
  id: 'arbitrum',
  recognise: (source) =>
    source.routes.arbitrum
      .filter((route) => route.l1ChainId === source.chainId)
      .flatMap((route) => [
        ...findRetryableSubmissions(source.receipt.logs, route).map((submission) =>
          toDeposit(source, route, submission),
        ),
        ...findEthDeposits(source.receipt.logs, route).map((deposit) => toEthDeposit(source, route, deposit)),
      ])
      .sort((a, b) => a.logIndex - b.logIndex),
  follow: (deposit, context) => {
    if (!context.destination) return Promise.resolve({ state: 'no-endpoint' })
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
