import type { BridgeRoutes } from '../../chains/bridge-routes.js'
import { unreadableReasonOf } from '../../errors/bridge-errors.js'
import { faultReason } from '../../rpc/classify-error.js'
import type { ChainConnection } from '../../rpc/chain-connection.js'
import type { BridgeDeposit, BridgeOutcome, BridgeTrace } from '../bridge-schema.js'
import type { ReadSideBySide } from '../read-side-by-side.js'
import { readTokens } from '../read-tokens.js'
import type { BlockData, ReceiptData, TxData } from '../schema.js'
import type { BridgeProtocol, FollowContext } from './bridge-protocol.js'
import { bridgeProtocols } from './protocols.js'

export type BridgeLookup = {
  source: ChainConnection
  tx: TxData
  receipt: ReceiptData
  sourceBlock: BlockData | null
  /** Every chain with endpoints here: a destination not among them is reported as such, not guessed. */
  connections: readonly ChainConnection[]
  routes: BridgeRoutes
  now: () => Date
  readSideBySide: ReadSideBySide
}

/**
 * The bridge transfers a mined, successful transaction started, each followed to its destination.
 * A follow-up that fails (an endpoint down, an answer that does not parse) is recorded as
 * `unreadable` with the reason, never as "not delivered": that would be a confident wrong answer.
 */
export async function followBridges(lookup: BridgeLookup): Promise<BridgeTrace[]> {
  if (lookup.receipt.status !== 'success') return []
  const source = { chainId: lookup.source.chain.id, tx: lookup.tx, receipt: lookup.receipt, routes: lookup.routes }
  const found = bridgeProtocols.flatMap((protocol) =>
    protocol.recognise(source).map((deposit) => ({ protocol, deposit })),
  )
  const sentAt = lookup.sourceBlock ? new Date(Number(lookup.sourceBlock.timestamp) * 1000).toISOString() : null
  return Promise.all(
    found.map(async ({ protocol, deposit }): Promise<BridgeTrace> => {
      const destination = lookup.connections.find((c) => c.chain.id === deposit.destinationChainId) ?? null
      const context = {
        source: lookup.source,
        destination,
        routes: lookup.routes,
        sourceBlock: lookup.sourceBlock,
        now: lookup.now,
        readSideBySide: lookup.readSideBySide,
      }
      // A withdrawal's verdict is read on its L1, the destination; a deposit's too. No endpoint there: say so
      // (a deposit's gateway is still checked: that is read on its source, the L1).
      if (!destination) {
        const gateway = await checkGateway(protocol, deposit, context)
        return { deposit, sentAt, outcome: { state: 'no-endpoint' }, ...(gateway ? { gateway } : {}) }
      }
      // A withdrawal names the L1 token: its symbol and decimals are read there, beside the follow-up.
      const token =
        deposit.direction === 'withdrawal' && deposit.token !== null
          ? readTokens(destination.client, [deposit.token]).then(([info]) => info)
          : Promise.resolve(undefined)
      const [{ outcome, destinationReadings }, info, gateway] = await Promise.all([
        followOnEachEndpoint(protocol, deposit, context, destination),
        token,
        checkGateway(protocol, deposit, context),
      ])
      return {
        deposit,
        sentAt,
        outcome,
        ...(info ? { token: info } : {}),
        ...(gateway ? { gateway } : {}),
        ...(destinationReadings ? { destinationReadings } : {}),
      }
    }),
  )
}

/** A check that fails leaves the transfer unchecked (said so by the rule), never the whole trace unread. */
const checkGateway = (protocol: BridgeProtocol, deposit: BridgeDeposit, context: FollowContext) =>
  (async () => protocol.checkGateway?.(deposit, context))().catch(() => undefined)

/**
 * The follow-up, asked of each destination endpoint on its own when there are several (one parallel
 * round; those still out a grace period after the first answer are not waited for): whether a
 * transfer has arrived is not taken on one endpoint's word, for an endpoint behind the chain says
 * "not yet" just as a lying one does. The rule compares what they said (`destinationReadings`);
 * `outcome` is the first one's. When none answers, or there is one endpoint, the chain's usual
 * connection is asked, which falls through to the next endpoint when one fails.
 */
async function followOnEachEndpoint(
  protocol: BridgeProtocol,
  deposit: BridgeDeposit,
  context: FollowContext,
  destination: ChainConnection,
): Promise<{ outcome: BridgeOutcome; destinationReadings?: BridgeTrace['destinationReadings'] }> {
  if (destination.endpoints.length > 1) {
    // Each with its head: one behind the others may honestly say "not yet", and the rule allows for it.
    const readings = await context.readSideBySide(destination, async (single) => {
      const [head, outcome] = await Promise.all([
        single.client.getBlockNumber({ cacheTime: 0 }),
        protocol.follow(deposit, { ...context, destination: single }),
      ])
      return { head, outcome }
    })
    const first = readings[0]
    if (first)
      return {
        outcome: first.value.outcome,
        destinationReadings: readings.map(({ endpoint, value }) => ({ endpoint, ...value })),
      }
  }
  return { outcome: await followOnce(protocol, deposit, context) }
}

/** The follow-up through the chain's usual connection; a failure is `unreadable`, with why. */
async function followOnce(protocol: BridgeProtocol, deposit: BridgeDeposit, context: FollowContext) {
  try {
    return await protocol.follow(deposit, context)
  } catch (error) {
    // One of ours says why in a code the finding words in each language; anything else is the
    // endpoint's fault, in the words the report uses for one (`timed out`, `HTTP 503`).
    return { state: 'unreadable', reason: unreadableReasonOf(error) ?? faultReason(error) } satisfies BridgeOutcome
  }
}
