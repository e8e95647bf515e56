import type { Chain } from 'viem'
import * as viemChains from 'viem/chains'
import { describe, expect, it } from 'vitest'
import { findChain } from '../../src/chains/find-chain.js'
import { chainForId, knownChains } from '../../src/chains/registry.js'
import { viemChainFor } from '../../src/chains/viem-chain.js'

const viemById = new Map<number, Chain>(Object.values(viemChains).map((c) => [c.id, c as Chain]))

describe('the chain registry', () => {
  it('covers the chains wallet users actually use', () => {
    const ids = knownChains.map((c) => c.id)
    for (const id of [1, 8453, 42161, 10, 137, 56, 43114, 59144, 534352, 324, 100, 11155111]) expect(ids).toContain(id)
  })

  it.each(knownChains.filter((c) => c.id !== 31337).map((c) => [c.name, c] as const))(
    '%s mirrors viem’s definition',
    async (_, chain) => {
      const viem = viemById.get(chain.id)
      expect(viem, `viem has chain ${chain.id}`).toBeDefined()
      expect(chain.viemChain.name).toBe(viem?.name)
      expect(chain.viemChain.nativeCurrency.symbol).toBe(viem?.nativeCurrency.symbol)
      expect(chain.explorerUrl).toBe(viem?.blockExplorers?.default.url)
      // The stack's formatters (OP Stack deposits, ZKsync fields) come with the chain when connected.
      const connected = await viemChainFor(chain)
      expect(Boolean(connected.formatters)).toBe(Boolean(viem?.formatters))
      expect(Object.keys(connected.formatters ?? {}).sort()).toEqual(Object.keys(viem?.formatters ?? {}).sort())
      expect(connected.name).toBe(viem?.name)
      // The registry itself carries none: every command loads it, and the formatters pull in most of viem.
      expect(chain.viemChain.formatters).toBeUndefined()
    },
  )

  it('gives every public chain two or more keyless https endpoints', () => {
    for (const chain of knownChains.filter((c) => c.id !== 31337)) {
      expect(chain.publicRpcUrls.length, chain.name).toBeGreaterThanOrEqual(2)
      for (const url of chain.publicRpcUrls) expect(url).toMatch(/^https:\/\/[^/]+(\/[a-z/]*)?$/i)
    }
  })

  it('no key, name or alias names two chains', () => {
    const owner = new Map<string, number>()
    for (const chain of knownChains) {
      for (const word of [chain.key, chain.name.toLowerCase(), ...chain.aliases]) {
        expect(owner.get(word) ?? chain.id, word).toBe(chain.id)
        owner.set(word, chain.id)
      }
    }
  })

  it('an unlisted chain id still gets a usable chain with cautious fee rules', () => {
    expect(chainForId(777)).toMatchObject({
      id: 777,
      name: 'Chain 777',
      explorerUrl: undefined,
      fees: { model: 'eip1559', baseFeeMaxRiseBps: 1250 },
    })
  })
})

describe('finding a chain from what a user types', () => {
  it.each([
    ['ethereum', 1],
    ['ETH', 1],
    ['mainnet', 1],
    ['1', 1],
    ['Arbitrum One', 42161],
    ['arb', 42161],
    ['op', 10],
    ['OP Mainnet', 10],
    ['bsc', 56],
    ['BNB Smart Chain', 56],
    ['bep20', 56],
    ['polygon pos', 137],
    ['matic', 137],
    ['avax', 43114],
    ['zksync era', 324],
    ['xdai', 100],
    ['anvil', 31337],
    ['  Base  ', 8453],
    ['777', 777],
  ])('%s → %i', (input, id) => {
    expect(findChain(input)?.id).toBe(id)
  })

  it.each(['narnia', '', '0', '-1', '1.5', 'eth mainnet'])('rejects %j', (input) => {
    expect(findChain(input)).toBeUndefined()
  })
})
