import type { Address } from 'viem'

/** The bridges `tx` follows from a source transaction to the destination chain (issue 19). */
export const bridgeProtocolIds = ['op-stack', 'arbitrum', 'across', 'cctp'] as const
export type BridgeProtocolId = (typeof bridgeProtocolIds)[number]

/** An OP Stack chain's standard bridge: the portal on L1, the message passer predeploy on L2. */
export type OpStackRoute = {
  l1ChainId: number
  l2ChainId: number
  /** OptimismPortal (proxy) on L1: TransactionDeposited, provenWithdrawals, finalizedWithdrawals. */
  portal: Address
  /** L2ToL1MessagePasser on L2 (the predeploy 0x4200…0016 on every OP Stack chain). */
  messagePasser: Address
}

/** An Arbitrum chain's L1 contracts: retryable tickets enter through the Inbox, the Bridge logs each message. */
export type ArbitrumRoute = {
  l1ChainId: number
  l2ChainId: number
  inbox: Address
  bridge: Address
  outbox: Address
}

/** Across V3: one SpokePool per chain; deposits and fills are matched by origin chain and deposit id. */
export type AcrossSpokePool = { chainId: number; spokePool: Address }

/** CCTP: Circle's domain number for a chain and its contracts (v1 and, where deployed, v2). */
export type CctpDomain = {
  chainId: number
  domain: number
  tokenMessenger?: Address
  messageTransmitter?: Address
  tokenMessengerV2?: Address
  messageTransmitterV2?: Address
}

/** Where each protocol's contracts are. Data: the built-in list below, extended by the config's `bridges`. */
export type BridgeRoutes = {
  opStack: readonly OpStackRoute[]
  arbitrum: readonly ArbitrumRoute[]
  across: readonly AcrossSpokePool[]
  cctp: readonly CctpDomain[]
}

/** Mainnet deployments, from each protocol's own published deployment lists. */
export const builtInBridgeRoutes: BridgeRoutes = {
  opStack: [],
  // Arbitrum One and Nova's Bridge, Inbox and Outbox (proxies) on Ethereum, as arbitrum-sdk lists them
  // (OffchainLabs/arbitrum-sdk packages/sdk/src/lib/dataEntities/networks.ts: `mainnetETHBridge`, and chain 42170).
  arbitrum: [
    {
      l1ChainId: 1,
      l2ChainId: 42161,
      inbox: '0x4Dbd4fc535Ac27206064B68FfCf827b0A60BAB3f',
      bridge: '0x8315177aB297bA92A06054cE80a67Ed4DBd7ed3a',
      outbox: '0x0B9857ae2D4A3DBe74ffE1d7DF045bb7F96E4840',
    },
    {
      l1ChainId: 1,
      l2ChainId: 42170,
      inbox: '0xc4448b71118c9071Bcb9734A0EAc55D18A153949',
      bridge: '0xC1Ebd02f738644983b6C4B2d440b8e77DdE276Bd',
      outbox: '0xD4B80C3D7240325D18E645B49e6535A3Bf95cc58',
    },
  ],
  across: [],
  cctp: [],
}

/**
 * The built-in routes plus the configured ones. A configured entry for the same chain (or chain
 * pair) replaces the built-in one, so a test network or a fork can point at its own deployment.
 */
export function withConfiguredRoutes(extra: Partial<BridgeRoutes> | undefined): BridgeRoutes {
  if (!extra) return builtInBridgeRoutes
  const merge = <T>(base: readonly T[], added: readonly T[] | undefined, key: (entry: T) => string) => {
    if (!added?.length) return base
    const replaced = new Set(added.map(key))
    return [...added, ...base.filter((entry) => !replaced.has(key(entry)))]
  }
  return {
    opStack: merge(builtInBridgeRoutes.opStack, extra.opStack, (r) => `${r.l1ChainId}>${r.l2ChainId}`),
    arbitrum: merge(builtInBridgeRoutes.arbitrum, extra.arbitrum, (r) => `${r.l1ChainId}>${r.l2ChainId}`),
    across: merge(builtInBridgeRoutes.across, extra.across, (r) => String(r.chainId)),
    cctp: merge(builtInBridgeRoutes.cctp, extra.cctp, (r) => String(r.chainId)),
  }
}
