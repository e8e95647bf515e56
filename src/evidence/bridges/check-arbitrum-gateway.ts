import type { Address } from 'viem'
import { tokenGatewayAbi } from '../../decode/bridges/arbitrum.js'
import { contractAnswerOrNull } from '../contract-answer.js'
import type { ReadClient } from '../../rpc/read-client.js'
import type { BridgeDeposit, GatewayCheck, GatewayReading } from '../bridge-schema.js'
import { arbitrumMessageEnds } from './arbitrum-message-ends.js'
import type { FollowContext } from './bridge-protocol.js'

/**
 * Anyone can send an Arbitrum message whose call reads `finalizeInboundTransfer(token, from, to,
 * amount)`: a withdrawal through ArbSys to any L1 address, a retryable ticket from any L1 account.
 * Only a message between a token's L1 gateway (the one the bridge's L1GatewayRouter names for it)
 * and that gateway's L2 counterpart moves tokens. This reads both on L1 — for a withdrawal its
 * destination, for a deposit its source — from every L1 endpoint side by side: "not the gateway" is
 * a warning people act on, and one endpoint's word is not enough for it. The rule
 * (diagnose/rules/bridge-gateway.ts) compares and judges. Undefined when the message is no gateway
 * call or the route names no router.
 */
export async function checkArbitrumGateway(
  deposit: BridgeDeposit,
  context: FollowContext,
): Promise<GatewayCheck | undefined> {
  const token = deposit.token
  if (token === null) return undefined
  const withdrawal = deposit.direction === 'withdrawal'
  const l2ChainId = withdrawal ? deposit.sourceChainId : deposit.destinationChainId
  const router = context.routes.arbitrum.find((r) => r.l2ChainId === l2ChainId)?.gatewayRouter
  const ends = arbitrumMessageEnds(deposit)
  const l1 = withdrawal ? context.destination : context.source
  if (!router || !ends || !l1) return undefined
  const readings = await context.readSideBySide(l1, (single) => readGateway(single.client, router, token, ends.l1))
  return {
    router: router.toLowerCase() as Address,
    l1Gateway: ends.l1,
    l2Gateway: ends.l2,
    readings: readings.map(({ endpoint, value }) => ({ endpoint, ...value })),
  }
}

/**
 * One endpoint's two answers. The counterpart is null when the message's L1 end is no gateway (the
 * call reverts, or the address holds no code); any other failure — a timeout, a refused call — means
 * the endpoint said nothing, and it is left out rather than counted as saying something else.
 */
async function readGateway(
  client: ReadClient,
  router: Address,
  token: Address,
  l1End: Address,
): Promise<Omit<GatewayReading, 'endpoint'>> {
  const [routerGateway, counterpart] = await Promise.all([
    client.readContract({ address: router, abi: tokenGatewayAbi, functionName: 'getGateway', args: [token] }),
    contractAnswerOrNull(
      client.readContract({ address: l1End, abi: tokenGatewayAbi, functionName: 'counterpartGateway' }),
    ),
  ])
  return {
    routerGateway: routerGateway.toLowerCase() as Address,
    counterpart: counterpart && (counterpart.toLowerCase() as Address),
  }
}
