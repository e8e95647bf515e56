import type { Chain } from 'viem'
import { ethereumFees, opStackFees, type FeeRules } from './fee-rules.js'

/**
 * Chains whose blocks and transactions viem formats with a config of its own (deposit transactions
 * on the OP Stack, ZKsync's extra fields): loaded only when such a chain is connected to
 * (viem-chain.ts), because those configs pull in much of viem, ox and the secp256k1 curve.
 */
export type ChainStack = 'op-stack' | 'zksync'

type ChainFacts = { id: number; name: string; symbol: string; explorer?: string; testnet?: boolean; stack?: ChainStack }

/**
 * viem chain objects as plain data, defined here rather than imported from `viem/chains`: that
 * module loads every chain viem knows (~0.7 s at each start of a CLI that needs twelve), and a
 * value import of viem here would make every command load viem. The facts mirror viem's
 * definitions, and test/unit/chains.test.ts fails if they drift apart.
 */
const viemChain = (facts: ChainFacts): Chain & { stack?: ChainStack } => ({
  id: facts.id,
  name: facts.name,
  nativeCurrency: { name: facts.symbol, symbol: facts.symbol, decimals: 18 },
  rpcUrls: { default: { http: [] } },
  ...(facts.explorer ? { blockExplorers: { default: { name: 'Explorer', url: facts.explorer } } } : {}),
  testnet: facts.testnet ?? false,
  ...(facts.stack ? { stack: facts.stack } : {}),
})

const mainnet = viemChain({ id: 1, name: 'Ethereum', symbol: 'ETH', explorer: 'https://etherscan.io' })
const base = viemChain({
  id: 8453,
  name: 'Base',
  symbol: 'ETH',
  explorer: 'https://basescan.org',
  stack: 'op-stack',
})
const arbitrum = viemChain({ id: 42161, name: 'Arbitrum One', symbol: 'ETH', explorer: 'https://arbiscan.io' })
const optimism = viemChain({
  id: 10,
  name: 'OP Mainnet',
  symbol: 'ETH',
  explorer: 'https://optimistic.etherscan.io',
  stack: 'op-stack',
})
const polygon = viemChain({ id: 137, name: 'Polygon', symbol: 'POL', explorer: 'https://polygonscan.com' })
const bsc = viemChain({ id: 56, name: 'BNB Smart Chain', symbol: 'BNB', explorer: 'https://bscscan.com' })
const avalanche = viemChain({ id: 43114, name: 'Avalanche', symbol: 'AVAX', explorer: 'https://snowtrace.io' })
const linea = viemChain({ id: 59144, name: 'Linea Mainnet', symbol: 'ETH', explorer: 'https://lineascan.build' })
const scroll = viemChain({ id: 534352, name: 'Scroll', symbol: 'ETH', explorer: 'https://scrollscan.com' })
const zksync = viemChain({
  id: 324,
  name: 'ZKsync Era',
  symbol: 'ETH',
  explorer: 'https://explorer.zksync.io',
  stack: 'zksync',
})
const gnosis = viemChain({ id: 100, name: 'Gnosis', symbol: 'XDAI', explorer: 'https://gnosisscan.io' })
const sepolia = viemChain({
  id: 11155111,
  name: 'Sepolia',
  symbol: 'ETH',
  explorer: 'https://sepolia.etherscan.io',
  testnet: true,
})
const foundry = viemChain({ id: 31337, name: 'Local node', symbol: 'ETH', testnet: true })

export type KnownChain = {
  id: number
  /** The short name used on the command line and in config files. */
  key: string
  name: string
  aliases: readonly string[]
  /** viem's chain, without its stack's formatters: see viemChainFor (viem-chain.ts). */
  viemChain: Chain
  stack: ChainStack | undefined
  /** Free endpoints that need no key. Used unless `--no-public-rpc` or `publicRpc: false`. */
  publicRpcUrls: readonly string[]
  explorerUrl: string | undefined
  fees: FeeRules
  testnet: boolean
  /**
   * The shortest time between two of its blocks, in seconds, set below the chain's usual pace
   * (null: blocks made only when asked; a chain not listed here counts as 0.1 s, src/diagnose/
   * trusted-head.ts): how many blocks can exist beyond a head of a
   * given age — more than that, claimed by one endpoint, is that endpoint's word alone.
   */
  fastestBlockSeconds: number | null
}

const chain = (
  { stack, ...viemChain }: Chain & { stack?: ChainStack },
  key: string,
  aliases: string[],
  publicRpcUrls: string[],
  fees: FeeRules,
  fastestBlockSeconds: number | null,
): KnownChain => ({
  id: viemChain.id,
  key,
  name: viemChain.name,
  aliases,
  viemChain,
  stack,
  publicRpcUrls,
  explorerUrl: viemChain.blockExplorers?.default.url,
  fees,
  testnet: viemChain.testnet === true,
  fastestBlockSeconds,
})

/** The chains wallet users actually use, in the order a search for a hash tries them. */
export const knownChains: readonly KnownChain[] = [
  chain(
    mainnet,
    'ethereum',
    ['mainnet', 'eth', 'ethereum mainnet'],
    ['https://ethereum-rpc.publicnode.com', 'https://eth.drpc.org', 'https://1rpc.io/eth'],
    ethereumFees,
    12, // 12 s slots
  ),
  chain(
    base,
    'base',
    ['base mainnet'],
    ['https://mainnet.base.org', 'https://base-rpc.publicnode.com', 'https://base.drpc.org'],
    opStackFees,
    1, // 2 s blocks
  ),
  chain(
    arbitrum,
    'arbitrum',
    ['arbitrum one', 'arb', 'arb1'],
    ['https://arb1.arbitrum.io/rpc', 'https://arbitrum-one-rpc.publicnode.com', 'https://arbitrum.drpc.org'],
    { model: 'eip1559', baseFeeMaxRiseBps: 1250, tipsMatter: false },
    0.1, // every 250 ms or so, faster under load
  ),
  chain(
    optimism,
    'optimism',
    ['op', 'op mainnet', 'optimism mainnet'],
    ['https://mainnet.optimism.io', 'https://optimism-rpc.publicnode.com', 'https://optimism.drpc.org'],
    opStackFees,
    1, // 2 s blocks
  ),
  chain(
    polygon,
    'polygon',
    ['matic', 'polygon pos', 'pol'],
    ['https://polygon-bor-rpc.publicnode.com', 'https://polygon.drpc.org', 'https://1rpc.io/matic'],
    { model: 'eip1559', baseFeeMaxRiseBps: 1250, tipsMatter: true, minPriorityFeeWei: 25_000_000_000n },
    1, // ~2 s blocks
  ),
  chain(
    bsc,
    'bsc',
    ['bnb', 'bnb smart chain', 'binance smart chain', 'bep20'],
    ['https://bsc-dataseed.bnbchain.org', 'https://bsc-rpc.publicnode.com', 'https://bsc.drpc.org'],
    { model: 'legacy' },
    0.25, // under a second since 2025, and shrinking
  ),
  chain(
    avalanche,
    'avalanche',
    ['avax', 'avalanche c-chain', 'c-chain'],
    ['https://api.avax.network/ext/bc/C/rpc', 'https://avalanche-c-chain-rpc.publicnode.com'],
    ethereumFees,
    0.25, // ~1–2 s, no fixed pace
  ),
  chain(
    linea,
    'linea',
    ['linea mainnet'],
    ['https://rpc.linea.build', 'https://linea-rpc.publicnode.com'],
    ethereumFees,
    1, // ~2 s
  ),
  chain(
    scroll,
    'scroll',
    ['scroll mainnet'],
    ['https://rpc.scroll.io', 'https://scroll-rpc.publicnode.com'],
    ethereumFees,
    1, // ~3 s
  ),
  chain(
    zksync,
    'zksync',
    ['zksync era', 'era'],
    ['https://mainnet.era.zksync.io', 'https://zksync.drpc.org'],
    ethereumFees,
    0.25, // ~1 s
  ),
  chain(
    gnosis,
    'gnosis',
    ['xdai', 'gnosis chain'],
    ['https://rpc.gnosischain.com', 'https://gnosis-rpc.publicnode.com'],
    ethereumFees,
    5, // 5 s slots
  ),
  chain(
    sepolia,
    'sepolia',
    ['ethereum sepolia'],
    ['https://ethereum-sepolia-rpc.publicnode.com', 'https://sepolia.drpc.org', 'https://1rpc.io/sepolia'],
    ethereumFees,
    12, // 12 s slots
  ),
  // A local development node (anvil, Hardhat): no public endpoints, reached only through --rpc or config.
  chain(foundry, 'local', ['anvil', 'hardhat', 'localhost', 'foundry'], [], ethereumFees, null),
]

const byId = new Map(knownChains.map((c) => [c.id, c]))

export const knownChainById = (id: number): KnownChain | undefined => byId.get(id)

/**
 * A chain the registry does not list but an endpoint serves (a `--rpc` URL reports its id): it is
 * still diagnosable, with Ethereum's fee rules as the cautious default.
 */
export function chainForId(id: number): KnownChain {
  const known = byId.get(id)
  if (known) return known
  const name = `Chain ${id}`
  return {
    id,
    key: String(id),
    name,
    aliases: [],
    viemChain: {
      id,
      name,
      nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
      rpcUrls: { default: { http: [] } },
    },
    stack: undefined,
    publicRpcUrls: [],
    explorerUrl: undefined,
    fees: ethereumFees,
    testnet: false,
    fastestBlockSeconds: null,
  }
}

/**
 * A local development node, or a chain the registry does not list, may mine only when asked: an
 * old head there says nothing about staleness. Live chains make blocks every few seconds.
 */
export const minesOnDemand = (chainId: number) => {
  const known = byId.get(chainId)
  return !known || known.key === 'local'
}
