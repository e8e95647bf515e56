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

/** Every OP Stack chain has its L2ToL1MessagePasser at this predeploy address. */
export const OP_STACK_MESSAGE_PASSER = '0x4200000000000000000000000000000000000016'

/**
 * Mainnet deployments, from each protocol's own published deployment lists.
 * OP Stack portals (OptimismPortal proxies on Ethereum): the Superchain Registry's
 * `superchain/configs/mainnet/{op,base}.toml` (`OptimismPortalProxy`), the same addresses viem's
 * chain definitions carry as `portal` for chain 1.
 */
export const builtInBridgeRoutes: BridgeRoutes = {
  opStack: [
    {
      l1ChainId: 1,
      l2ChainId: 10,
      portal: '0xbEb5Fc579115071764c7423A4f12eDde41f106Ed',
      messagePasser: OP_STACK_MESSAGE_PASSER,
    },
    {
      l1ChainId: 1,
      l2ChainId: 8453,
      portal: '0x49048044D57e1C92A77f79988d21Fa8fAF74E97e',
      messagePasser: OP_STACK_MESSAGE_PASSER,
    },
  ],
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

/** How long a transfer normally takes, from the source block to its arrival (or to the user's last step). */
export type BridgeDelay = { minSeconds: number; maxSeconds: number }

const minutes = (n: number) => n * 60
const days = (n: number) => n * 86_400

/**
 * The normal delay of each protocol and direction, as the protocols document it: data for the
 * in-flight finding ("normally 1–3 min; 12 min so far"). Past `maxSeconds` a transfer is overdue.
 * OP Stack deposits wait for the sequencer to include the L1 block (~1–3 min; allow 20 min
 * for L1 congestion); withdrawals wait for a state root or dispute game (~1 h), then the 7-day
 * proof maturity (challenge) period. Arbitrum deposits ~10–15 min, withdrawals ~7 days. Across
 * fills within seconds to minutes. CCTP waits for the source chain's finality (minutes on L2s,
 * ~15–20 min from Ethereum).
 */
export const normalBridgeDelays: Record<BridgeProtocolId, Record<'deposit' | 'withdrawal', BridgeDelay>> = {
  'op-stack': {
    deposit: { minSeconds: minutes(1), maxSeconds: minutes(20) },
    withdrawal: { minSeconds: days(7), maxSeconds: days(8) },
  },
  arbitrum: {
    deposit: { minSeconds: minutes(10), maxSeconds: minutes(30) },
    withdrawal: { minSeconds: days(7), maxSeconds: days(8) },
  },
  across: {
    deposit: { minSeconds: 2, maxSeconds: minutes(30) },
    withdrawal: { minSeconds: 2, maxSeconds: minutes(30) },
  },
  cctp: {
    deposit: { minSeconds: 20, maxSeconds: minutes(40) },
    withdrawal: { minSeconds: 20, maxSeconds: minutes(40) },
  },
}
