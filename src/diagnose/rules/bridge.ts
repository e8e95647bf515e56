import { coinRef } from '../../findings/coin-ref.js'
import { normalBridgeDelays } from '../../chains/bridge-routes.js'
import type { BridgeCall, BridgeTrace } from '../../evidence/bridge-schema.js'
import type { TxEvidence } from '../../evidence/schema.js'
import type { TokenRef } from '../../findings/data-types.js'
import { finding, type Finding } from '../../findings/finding.js'
import { bridgeFee } from './bridge-fee.js'
import { destinationOutcome } from './bridge-destination.js'
import { disagreementFinding } from './cross-check.js'
import { gatewayReading, gatewayVerdict, movedBy } from './bridge-gateway.js'
import { tokenRef } from './token-ref.js'

/**
 * One finding per bridge transfer the transaction started (`bridge.deposit`), then what became of
 * it: delivered, in flight (overdue past the protocol's normal delay), waiting for the user's
 * action, refunded, expired, or not looked at (no endpoint). An unreadable destination gives no
 * verdict: `bridge.deposit` says "could not tell" (a warning: it is not an all-clear).
 */
export function bridgeRule(evidence: TxEvidence): Finding[] {
  const now = Date.parse(evidence.gatheredAt)
  return (evidence.bridges ?? []).flatMap((trace) => traceFindings(trace, evidence, now))
}

/** A call the chain cannot complete (no calldata): where, which function, and the arguments known. */
const namedCall = (target: Omit<BridgeCall, 'data'>) => ({
  chainId: target.chainId,
  contract: target.to,
  function: target.function,
  calldata: null,
  ...(target.args ? { arguments: target.args } : {}),
})

/** An action whose expiry is closer than this is critical: a day is what it takes a person to get to it. */
const EXPIRY_NEAR_SECONDS = 24 * 3600

function traceFindings(trace: BridgeTrace, evidence: TxEvidence, now: number): Finding[] {
  const { deposit, sentAt } = trace
  // "Not arrived" compared across the destination's endpoints: their answer, or none when they differ.
  const { outcome, disagreement: destinationDisagreement } = destinationOutcome(trace)
  const leg = {
    protocol: deposit.protocol,
    direction: deposit.direction,
    sourceChainId: deposit.sourceChainId,
    destinationChainId: deposit.destinationChainId,
    messageId: deposit.messageId,
  }
  // The L1 endpoints' gateway reads, compared once: the verdict takes their answer, the report who said what.
  const gatewayRead = gatewayReading(trace)
  const gateway = gatewayVerdict(trace, gatewayRead.agreed)
  const moved = movedBy(trace, gateway)
  const native = moved.token === null
  const token: TokenRef = native
    ? coinRef(deposit.sourceChainId)
    : tokenRef(moved.token!, [...(evidence.context?.tokens ?? []), ...(trace.token ? [trace.token] : [])])
  const amount = moved.amount.toString()
  const delay = normalBridgeDelays[deposit.protocol][deposit.direction]
  const elapsed = sentAt && Number.isFinite(now) ? Math.max(0, Math.round((now - Date.parse(sentAt)) / 1000)) : null
  const timing = { normalMinSeconds: delay.minSeconds, normalMaxSeconds: delay.maxSeconds, elapsedSeconds: elapsed }

  const unreadable = outcome.state === 'unreadable'
  const found: Finding[] = [
    finding(
      'bridge.deposit',
      {
        ...leg,
        token,
        native,
        amount,
        sender: moved.sender,
        recipient: moved.recipient,
        sentAt,
        followed: unreadable ? 'could-not-tell' : outcome.state === 'no-endpoint' ? 'no-endpoint' : 'yes',
        unreadableReason: unreadable ? outcome.reason : null,
        gateway,
      },
      // A message posing as a token transfer is worth a warning, as is a transfer nobody could follow.
      unreadable || gateway === 'not-the-gateway' ? 'warning' : undefined,
    ),
  ]
  // Endpoints that answered differently — the L1's to the gateway reads (the verdict above took the
  // majority's answer, or none), the destination's to "has it arrived" (then it could not be told):
  // who said what. A warning: bridge.deposit already says what could not be judged.
  for (const disagreement of [gatewayRead.disagreement, destinationDisagreement])
    if (disagreement) found.push(disagreementFinding(disagreement, 'warning'))
  switch (outcome.state) {
    case 'delivered': {
      const received = outcome.amountReceived?.toString() ?? null
      // Another token arrived (Across's output token): its own metadata, read on the destination chain.
      const receivedToken: TokenRef | null = outcome.receivedToken
        ? {
            address: outcome.receivedToken.address.toLowerCase(),
            symbol: outcome.receivedToken.symbol,
            decimals: outcome.receivedToken.decimals,
          }
        : null
      const fee = bridgeFee(moved.amount, token, outcome.amountReceived, receivedToken)?.toString() ?? null
      found.push(
        finding(
          'bridge.delivered',
          {
            ...leg,
            txHash: outcome.txHash,
            blockNumber: outcome.blockNumber?.toString() ?? null,
            token,
            native,
            sent: amount,
            received,
            receivedToken,
            fee,
            destinationReverted: outcome.destinationStatus === 'reverted',
          },
          // A deposit whose L2 call reverted did not do what was asked: worth acting on.
          outcome.destinationStatus === 'reverted' ? 'warning' : 'info',
        ),
      )
      break
    }
    case 'in-flight': {
      const overdue = elapsed !== null && elapsed > delay.maxSeconds
      found.push(
        finding('bridge.in-flight', { ...leg, stage: outcome.stage, ...timing, overdue }, overdue ? 'warning' : 'info'),
      )
      break
    }
    case 'action-needed': {
      // A message posing as a token transfer and carrying nothing: acting on it would only pay fees for
      // a call that moves nothing (sent to the token's real gateway, it reverts). bridge.deposit's
      // warning says why; a message that carries coin keeps its action.
      if (gateway === 'not-the-gateway' && moved.amount === 0n) break
      const call = outcome.call
        ? {
            chainId: outcome.call.chainId,
            contract: outcome.call.to,
            function: outcome.call.function,
            calldata: outcome.call.data,
          }
        : outcome.target
          ? namedCall(outcome.target)
          : null
      const proofFrom = outcome.proofFrom ? namedCall(outcome.proofFrom) : undefined
      const expiresIn = outcome.expiresAt ? (Date.parse(outcome.expiresAt) - now) / 1000 : null
      const near = expiresIn !== null && Number.isFinite(expiresIn) && expiresIn < EXPIRY_NEAR_SECONDS
      found.push(
        finding(
          'bridge.action-needed',
          {
            ...leg,
            action: outcome.action,
            call,
            ...(proofFrom ? { proofFrom } : {}),
            expiresAt: outcome.expiresAt,
            ...timing,
          },
          near ? 'critical' : 'warning',
        ),
      )
      break
    }
    case 'refunded':
      found.push(
        finding('bridge.refunded', {
          ...leg,
          txHash: outcome.txHash,
          blockNumber: outcome.blockNumber?.toString() ?? null,
          token,
          native,
          amount,
        }),
      )
      break
    case 'expired':
      found.push(finding('bridge.expired', { ...leg, token, native, amount, expiredAt: outcome.expiredAt }))
      break
    case 'no-endpoint':
      found.push(finding('bridge.unknown-destination', { ...leg }))
      break
    case 'unreadable':
      break
  }
  return found
}
