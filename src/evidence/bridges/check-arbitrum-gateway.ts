import type { Address } from 'viem'
import { tokenGatewayAbi } from '../../decode/bridges/arbitrum.js'
import type { BridgeDeposit, GatewayCheck } from '../bridge-schema.js'
import { arbitrumMessageEnds } from './arbitrum-message-ends.js'
import type { FollowContext } from './bridge-protocol.js'

/**
 * Anyone can send an Arbitrum message whose call reads `finalizeInboundTransfer(token, from, to,
 * amount)`: a withdrawal through ArbSys to any L1 address, a retryable ticket from any L1 account.
 * Only a message between a token's L1 gateway (the one the bridge's L1GatewayRouter names for it)
 * and that gateway's L2 counterpart moves tokens. This reads both on L1 — for a withdrawal its
 * destination, for a deposit its source — and leaves the judgement to the rule
 * (diagnose/rules/bridge-gateway.ts). Undefined when the message is no gateway call or the route
 * names no router.
 */
export async function checkArbitrumGateway(
  deposit: BridgeDeposit,
  context: FollowContext,
): Promise<GatewayCheck | undefined> {
  if (deposit.token === null) return undefined
  const withdrawal = deposit.direction === 'withdrawal'
  const l2ChainId = withdrawal ? deposit.sourceChainId : deposit.destinationChainId
  const router = context.routes.arbitrum.find((r) => r.l2ChainId === l2ChainId)?.gatewayRouter
  const ends = arbitrumMessageEnds(deposit)
  const l1 = withdrawal ? context.destination : context.source
  if (!router || !ends || !l1) return undefined
  // A failed read is said as unknown, never as a verdict: the rule then leaves the transfer unchecked.
  const known = (answer: Promise<Address>) => answer.then((a) => a.toLowerCase() as Address).catch(() => null)
  const [routerGateway, counterpart] = await Promise.all([
    known(
      l1.client.readContract({
        address: router,
        abi: tokenGatewayAbi,
        functionName: 'getGateway',
        args: [deposit.token],
      }),
    ),
    known(l1.client.readContract({ address: ends.l1, abi: tokenGatewayAbi, functionName: 'counterpartGateway' })),
  ])
  return { router: router.toLowerCase() as Address, l1Gateway: ends.l1, l2Gateway: ends.l2, routerGateway, counterpart }
}
