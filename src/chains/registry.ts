import type { Chain } from 'viem'
import {
  arbitrum,
  avalanche,
  base,
  bsc,
  foundry,
  gnosis,
  linea,
  mainnet,
  optimism,
  polygon,
  scroll,
  sepolia,
  zksync,
} from 'viem/chains'
import { ethereumFees, opStackFees, type FeeRules } from './fee-rules.js'

export type KnownChain = {
  id: number
  /** The short name used on the command line and in config files. */
  key: string
  name: string
  aliases: readonly string[]
  viemChain: Chain
  /** Free endpoints that need no key. Used unless `--no-public-rpc` or `publicRpc: false`. */
  publicRpcUrls: readonly string[]
  explorerUrl: string | undefined
  fees: FeeRules
  testnet: boolean
}

const chain = (
  viemChain: Chain,
  key: string,
  aliases: string[],
  publicRpcUrls: string[],
  fees: FeeRules,
): KnownChain => ({
  id: viemChain.id,
  key,
  name: viemChain.name,
  aliases,
  viemChain,
  publicRpcUrls,
  explorerUrl: viemChain.blockExplorers?.default.url,
  fees,
  testnet: viemChain.testnet === true || viemChain.id === foundry.id,
})

/** The chains wallet users actually use, in the order a search for a hash tries them. */
export const knownChains: readonly KnownChain[] = [
  chain(mainnet, 'ethereum', ['mainnet', 'eth', 'ethereum mainnet'], [
    'https://ethereum-rpc.publicnode.com',
    'https://eth.drpc.org',
    'https://1rpc.io/eth',
  ], ethereumFees),
  chain(base, 'base', ['base mainnet'], ['https://mainnet.base.org', 'https://base-rpc.publicnode.com', 'https://base.drpc.org'], opStackFees),
  chain(arbitrum, 'arbitrum', ['arbitrum one', 'arb', 'arb1'], [
    'https://arb1.arbitrum.io/rpc',
    'https://arbitrum-one-rpc.publicnode.com',
    'https://arbitrum.drpc.org',
  ], { model: 'eip1559', baseFeeMaxRiseBps: 1250, tipsMatter: false }),
  chain(optimism, 'optimism', ['op', 'op mainnet', 'optimism mainnet'], [
    'https://mainnet.optimism.io',
    'https://optimism-rpc.publicnode.com',
    'https://optimism.drpc.org',
  ], opStackFees),
  chain(polygon, 'polygon', ['matic', 'polygon pos', 'pol'], [
    'https://polygon-bor-rpc.publicnode.com',
    'https://polygon.drpc.org',
    'https://1rpc.io/matic',
  ], { model: 'eip1559', baseFeeMaxRiseBps: 1250, tipsMatter: true, minPriorityFeeWei: 25_000_000_000n }),
  chain(bsc, 'bsc', ['bnb', 'bnb smart chain', 'binance smart chain', 'bep20'], [
    'https://bsc-dataseed.bnbchain.org',
    'https://bsc-rpc.publicnode.com',
    'https://bsc.drpc.org',
  ], { model: 'legacy' }),
  chain(avalanche, 'avalanche', ['avax', 'avalanche c-chain', 'c-chain'], [
    'https://api.avax.network/ext/bc/C/rpc',
    'https://avalanche-c-chain-rpc.publicnode.com',
  ], ethereumFees),
  chain(linea, 'linea', ['linea mainnet'], ['https://rpc.linea.build', 'https://linea-rpc.publicnode.com'], ethereumFees),
  chain(scroll, 'scroll', ['scroll mainnet'], ['https://rpc.scroll.io', 'https://scroll-rpc.publicnode.com'], ethereumFees),
  chain(zksync, 'zksync', ['zksync era', 'era'], ['https://mainnet.era.zksync.io', 'https://zksync.drpc.org'], ethereumFees),
  chain(gnosis, 'gnosis', ['xdai', 'gnosis chain'], ['https://rpc.gnosischain.com', 'https://gnosis-rpc.publicnode.com'], ethereumFees),
  chain(sepolia, 'sepolia', ['ethereum sepolia'], [
    'https://ethereum-sepolia-rpc.publicnode.com',
    'https://sepolia.drpc.org',
    'https://1rpc.io/sepolia',
  ], ethereumFees),
  // A local development node (anvil, Hardhat): no public endpoints, reached only through --rpc or config.
  chain(foundry, 'local', ['anvil', 'hardhat', 'localhost', 'foundry'], [], ethereumFees),
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
    publicRpcUrls: [],
    explorerUrl: undefined,
    fees: ethereumFees,
    testnet: false,
  }
}
