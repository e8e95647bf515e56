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
  arbitrum: [],
  // Across SpokePools (proxies), from @across-protocol/contracts 5.0.27 dist/broadcast/deployed-addresses.json
  // (chains.<id>.contracts.SpokePool); mainnets only.
  across: [
    { chainId: 1, spokePool: '0x5c7bcd6e7de5423a257d81b442095a1a6ced35c5' }, // Ethereum
    { chainId: 10, spokePool: '0x6f26bf09b1c792e3228e5467807a900a503c0281' }, // OP Mainnet
    { chainId: 56, spokePool: '0x4e8e101924ede233c13e2d8622dc8aed2872d505' }, // BNB Smart Chain
    { chainId: 130, spokePool: '0x09aea4b2242abc8bb4bb78d537a67a245a7bec64' }, // Unichain
    { chainId: 137, spokePool: '0x9295ee1d8c5b022be115a2ad3c30c72e34e7f096' }, // Polygon
    { chainId: 324, spokePool: '0xe0b015e54d54fc84a6cb9b666099c46ade9335ff' }, // zkSync Era
    { chainId: 480, spokePool: '0x09aea4b2242abc8bb4bb78d537a67a245a7bec64' }, // World Chain
    { chainId: 1135, spokePool: '0x9552a0a6624a23b848060ae5901659cdda1f83f8' }, // Lisk
    { chainId: 1868, spokePool: '0x3bad7ad0728f9917d1bf08af5782dcbd516cdd96' }, // Soneium
    { chainId: 8453, spokePool: '0x09aea4b2242abc8bb4bb78d537a67a245a7bec64' }, // Base
    { chainId: 34443, spokePool: '0x3bad7ad0728f9917d1bf08af5782dcbd516cdd96' }, // Mode
    { chainId: 42161, spokePool: '0xe35e9842fceaca96570b734083f4a58e8f7c5f2a' }, // Arbitrum One
    { chainId: 43114, spokePool: '0xfe9d541c92e4e90437c7152a00244886de37a658' }, // Avalanche
    { chainId: 57073, spokePool: '0xef684c38f94f48775959ecf2012d7e864ffb9dd4' }, // Ink
    { chainId: 59144, spokePool: '0x7e63a5f1a8f0b4d0934b2f2327daed3f6bb2ee75' }, // Linea
    { chainId: 81457, spokePool: '0x2d509190ed0172ba588407d4c2df918f955cc6e1' }, // Blast
    { chainId: 534352, spokePool: '0x3bad7ad0728f9917d1bf08af5782dcbd516cdd96' }, // Scroll
    { chainId: 7777777, spokePool: '0x13fdac9f9b4777705db45291bbff3c972c6d1d97' }, // Zora
  ],
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
