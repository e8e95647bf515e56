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

/**
 * An Arbitrum chain's L1 contracts: retryable tickets enter through the Inbox, the Bridge logs each
 * message; withdrawals (L2→L1 sends) are executed, and their confirmed send roots kept, by the Outbox.
 */
export type ArbitrumRoute = {
  l1ChainId: number
  l2ChainId: number
  inbox: Address
  bridge: Address
  outbox: Address
  /**
   * The L1GatewayRouter of its token bridge: which L1 gateway each L1 token goes through. A message
   * whose call is a gateway's `finalizeInboundTransfer` is a token transfer only when the router
   * names its L1 end for that token and that gateway's counterpart is its L2 end; without a router
   * the token transfer is said as the message's call says it, unchecked.
   */
  gatewayRouter?: Address
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

/** CCTP v2's TokenMessengerV2 and MessageTransmitterV2: the same address on every mainnet EVM chain. */
const CCTP_V2 = {
  tokenMessengerV2: '0x28b5a0e9c621a5badaa536219b3a228c8168cf5d',
  messageTransmitterV2: '0x81d40f21f12a8f0e3252bccb954d722d4c464b64',
} as const

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
  // Arbitrum One and Nova's Bridge, Inbox and Outbox (proxies) on Ethereum, and their L1GatewayRouter, as
  // arbitrum-sdk lists them (OffchainLabs/arbitrum-sdk packages/sdk/src/lib/dataEntities/networks.ts:
  // `mainnetETHBridge` and `mainnetTokenBridge.l1GatewayRouter`, and chain 42170's).
  arbitrum: [
    {
      l1ChainId: 1,
      l2ChainId: 42161,
      inbox: '0x4Dbd4fc535Ac27206064B68FfCf827b0A60BAB3f',
      bridge: '0x8315177aB297bA92A06054cE80a67Ed4DBd7ed3a',
      outbox: '0x0B9857ae2D4A3DBe74ffE1d7DF045bb7F96E4840',
      gatewayRouter: '0x72Ce9c846789fdB6fC1f34aC4AD25Dd9ef7031ef',
    },
    {
      l1ChainId: 1,
      l2ChainId: 42170,
      inbox: '0xc4448b71118c9071Bcb9734A0EAc55D18A153949',
      bridge: '0xC1Ebd02f738644983b6C4B2d440b8e77DdE276Bd',
      outbox: '0xD4B80C3D7240325D18E645B49e6535A3Bf95cc58',
      gatewayRouter: '0xC840838Bc438d73C16c2f8b22D2Ce3669963cD48',
    },
  ],
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
  // Circle CCTP domains and contracts, from Circle's docs: developers.circle.com/cctp/v1/evm-smart-contracts
  // (v1 TokenMessenger / MessageTransmitter) and developers.circle.com/cctp/references/contract-addresses (v2, one
  // CREATE2 address on every EVM chain); chain id ↔ domain cross-checked with @across-protocol/constants
  // PUBLIC_NETWORKS[chainId].cctpDomain and @across-protocol/contracts dist/src/consts.js. Chains Circle lists
  // whose chain id could not be cross-checked here (Codex, Sonic, Sei, XDC, Plume) can be added through config.
  cctp: [
    // Ethereum
    {
      chainId: 1,
      domain: 0,
      tokenMessenger: '0xbd3fa81b58ba92a82136038b25adec7066af3155',
      messageTransmitter: '0x0a992d191deec32afe36203ad87d7d289a738f81',
      ...CCTP_V2,
    },
    // Avalanche C-Chain
    {
      chainId: 43114,
      domain: 1,
      tokenMessenger: '0x6b25532e1060ce10cc3b0a99e5683b91bfde6982',
      messageTransmitter: '0x8186359af5f57fbb40c6b14a588d2a59c0c29880',
      ...CCTP_V2,
    },
    // OP Mainnet
    {
      chainId: 10,
      domain: 2,
      tokenMessenger: '0x2b4069517957735be00cee0fadae88a26365528f',
      messageTransmitter: '0x4d41f22c5a0e5c74090899e5a8fb597a8842b3e8',
      ...CCTP_V2,
    },
    // Arbitrum One
    {
      chainId: 42161,
      domain: 3,
      tokenMessenger: '0x19330d10d9cc8751218eaf51e8885d058642e08a',
      messageTransmitter: '0xc30362313fbba5cf9163f0bb16a0e01f01a896ca',
      ...CCTP_V2,
    },
    // Base
    {
      chainId: 8453,
      domain: 6,
      tokenMessenger: '0x1682ae6375c4e4a97e4b583bc394c861a46d8962',
      messageTransmitter: '0xad09780d193884d503182ad4588450c416d6f9d4',
      ...CCTP_V2,
    },
    // Polygon PoS
    {
      chainId: 137,
      domain: 7,
      tokenMessenger: '0x9daf8c91aefae50b9c0e69629d3f6ca40ca3b3fe',
      messageTransmitter: '0xf3be9355363857f3e001be68856a2f96b4c39ba9',
      ...CCTP_V2,
    },
    // Unichain
    {
      chainId: 130,
      domain: 10,
      tokenMessenger: '0x4e744b28e787c3ad0e810ed65a24461d4ac5a762',
      messageTransmitter: '0x353be9e2e38ab1d19104534e4edc21c643df86f4',
      ...CCTP_V2,
    },
    { chainId: 59144, domain: 11, ...CCTP_V2 }, // Linea
    { chainId: 480, domain: 14, ...CCTP_V2 }, // World Chain
    { chainId: 999, domain: 19, ...CCTP_V2 }, // HyperEVM
    { chainId: 57073, domain: 21, ...CCTP_V2 }, // Ink
  ],
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
 * proof maturity (challenge) period. Arbitrum deposits ~10–15 min; withdrawals wait for an assertion
 * covering their L2 block to be confirmed on L1, after its challenge period (~6.4 days on One and
 * Nova, a week with the time to post and confirm it), then for the user's claim. Across
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
    withdrawal: { minSeconds: Math.round(days(6.4)), maxSeconds: days(8) },
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
