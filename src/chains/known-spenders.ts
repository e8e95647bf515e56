import type { Address } from 'viem'

/**
 * Contracts that people approve every day on purpose, kept as data (addresses from the projects'
 * own deployment lists): an approval to one of these is information, not a warning. Being on this
 * list does not make an approval harmless — it says who the spender is, nothing more.
 */
export type KnownSpenderKind = 'permit2' | 'router' | 'marketplace'
export type KnownSpender = { address: Address; name: string; kind: KnownSpenderKind }

/** Permit2 has one address on every chain where it was deployed with the deterministic deployer. */
export const PERMIT2: Address = '0x000000000022d473030f116ddee9f6b43ac78ba3'
/** ZKsync Era cannot reproduce CREATE2 addresses of other chains; Permit2 lives elsewhere there. */
const PERMIT2_ZKSYNC: Address = '0x0000000000225e31d15943971f47ad3022f714fa'

const permit2 = (address: Address = PERMIT2): KnownSpender => ({ address, name: 'Uniswap Permit2', kind: 'permit2' })

const ETHEREUM: KnownSpender[] = [
  permit2(),
  { address: '0x7a250d5630b4cf539739df2c5dacb4c659f2488d', name: 'Uniswap V2 Router02', kind: 'router' },
  { address: '0xe592427a0aece92de3edee1f18e0157c05861564', name: 'Uniswap V3 SwapRouter', kind: 'router' },
  { address: '0x68b3465833fb72a70ecdf485e0e4c7bd8665fc45', name: 'Uniswap SwapRouter02', kind: 'router' },
  { address: '0x3fc91a3afd70395cd496c647d5a6cc9d4b2b7fad', name: 'Uniswap Universal Router', kind: 'router' },
  { address: '0x66a9893cc07d91d95644aedd05d03f95e1dba8af', name: 'Uniswap Universal Router v2', kind: 'router' },
  { address: '0x111111125421ca6dc452d289314280a0f8842a65', name: '1inch Aggregation Router v6', kind: 'router' },
  { address: '0xdef1c0ded9bec7f1a1670819833240f027b25eff', name: '0x Exchange Proxy', kind: 'router' },
  { address: '0x9008d19f58aabd9ed0d60971565aa8510560ab41', name: 'CoW Protocol GPv2Settlement', kind: 'router' },
  { address: '0xc92e8bdf79f0507f65a392b0ab4667716bfe0110', name: 'CoW Protocol GPv2VaultRelayer', kind: 'router' },
  { address: '0x1e0049783f008a0085193e00003d00cd54003c71', name: 'OpenSea Conduit', kind: 'marketplace' },
  { address: '0x0000000000000068f116a894984e2db1123eb395', name: 'OpenSea Seaport 1.6', kind: 'marketplace' },
]

/** By chain id. Chains not listed still know Permit2 at its usual address. */
const BY_CHAIN: Record<number, KnownSpender[]> = {
  1: ETHEREUM,
  324: [permit2(PERMIT2_ZKSYNC)],
}

export function knownSpendersOn(chainId: number): KnownSpender[] {
  return BY_CHAIN[chainId] ?? [permit2()]
}

export function knownSpender(chainId: number, address: string): KnownSpender | null {
  const wanted = address.toLowerCase()
  return knownSpendersOn(chainId).find((s) => s.address === wanted) ?? null
}

/** The Permit2 deployment(s) whose events and allowances are read on a chain. */
export const permit2On = (chainId: number): Address[] =>
  knownSpendersOn(chainId)
    .filter((s) => s.kind === 'permit2')
    .map((s) => s.address)
