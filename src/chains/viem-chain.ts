import type { Chain } from 'viem'
import type { KnownChain } from './registry.js'

/**
 * The viem chain a client for `chain` needs: the registry's plain facts, plus viem's formatters for
 * chains that have their own (deposit transactions on the OP Stack, ZKsync's fields). Those configs
 * are imported here, when such a chain is connected to, not by the registry that every command
 * loads: with them come much of viem, ox and the secp256k1 curve.
 */
export async function viemChainFor(chain: KnownChain): Promise<Chain> {
  switch (chain.stack) {
    case 'op-stack':
      return { ...(await import('./stack-config/op-stack.js')).chainConfig, ...chain.viemChain }
    case 'zksync':
      return { ...(await import('./stack-config/zksync.js')).chainConfig, ...chain.viemChain }
    case undefined:
      return chain.viemChain
  }
}
