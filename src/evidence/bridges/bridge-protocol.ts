import type { BridgeProtocolId, BridgeRoutes } from '../../chains/bridge-routes.js'
import type { ChainConnection } from '../../rpc/chain-connection.js'
import type { BridgeDeposit, BridgeOutcome, GatewayCheck } from '../bridge-schema.js'
import type { ReadSideBySide } from '../read-side-by-side.js'
import type { BlockData, ReceiptData, TxData } from '../schema.js'

/** What recognising a source transaction's deposits sees: nothing but the mined transaction. */
export type SourceTransaction = { chainId: number; tx: TxData; receipt: ReceiptData; routes: BridgeRoutes }

/** What following one deposit may read: both chains (each endpoint on its own too), the routes, the source block's time, the clock. */
export type FollowContext = {
  source: ChainConnection
  /** null when no endpoint here serves the destination chain: nothing can be read there. */
  destination: ChainConnection | null
  routes: BridgeRoutes
  sourceBlock: BlockData | null
  now: () => Date
  /** A read asked of each endpoint of a chain, for a fact no other read cross-checks. */
  readSideBySide: ReadSideBySide
}

/**
 * One bridge protocol. `recognise` is pure (it decodes logs through `decode/bridges/`); `follow`
 * reads the chains and returns what they say, never a judgement: the rules in
 * `diagnose/rules/bridge.ts` turn the outcome into findings.
 */
export type BridgeProtocol = {
  id: BridgeProtocolId
  recognise: (source: SourceTransaction) => BridgeDeposit[]
  /** Called only when `destination` is known to have an endpoint, or for withdrawals whose L1 side is read. */
  follow: (deposit: BridgeDeposit, context: FollowContext) => Promise<BridgeOutcome>
  /**
   * For a transfer whose token comes from a message's call (an Arbitrum token gateway's), what the
   * bridge's own contracts say about that call's two ends; undefined when there is nothing to check.
   */
  checkGateway?: (deposit: BridgeDeposit, context: FollowContext) => Promise<GatewayCheck | undefined>
}
