import type { Address } from 'viem'

/**
 * Tokens that exist in two forms on one chain — the issuer's native token and an older bridged
 * one — which users confuse daily ("my USDC is gone": it is USDC.e). Addresses as the issuers and
 * the chains' own documentation publish them, lower-cased.
 */
export const tokenForms: readonly { chainId: number; native: Address; bridged: Address; name: string }[] = [
  {
    chainId: 42161,
    name: 'USDC / USDC.e',
    native: '0xaf88d065e77c8cc2239327c5edb3a432268e5831',
    bridged: '0xff970a61a04b1ca14834a43f5de4533ebddb5cc8',
  },
  {
    chainId: 10,
    name: 'USDC / USDC.e',
    native: '0x0b2c639c533813f4aa9d7837caf62653d097ff85',
    bridged: '0x7f5c764cbc14f9669b88837ca1490cca17c31607',
  },
  {
    chainId: 137,
    name: 'USDC / USDC.e',
    native: '0x3c499c542cef5e3811e1192ce70d8cc03d5c3359',
    bridged: '0x2791bca1f2de4661ed88a30c99a7a9449aa84174',
  },
  {
    chainId: 8453,
    name: 'USDC / USDbC',
    native: '0x833589fcd6edb6e08f4c7c32d4f71b54bda02913',
    bridged: '0xd9aaec86b65d86f6a7b5b1b0c42ffa531710b6ca',
  },
  {
    chainId: 43114,
    name: 'USDC / USDC.e',
    native: '0xb97ef9ef8734c71904d8002f8b6bc66dd9c48a6e',
    bridged: '0xa7d7079b0fead91f3e65f86e8915cb59c1a4c664',
  },
]

/** The other form of `token` on `chainId`, if the table has it. */
export function otherFormOf(chainId: number, token: Address): Address | null {
  const lower = token.toLowerCase()
  const pair = tokenForms.find((p) => p.chainId === chainId && (p.native === lower || p.bridged === lower))
  if (!pair) return null
  return pair.native === lower ? pair.bridged : pair.native
}
