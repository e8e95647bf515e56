import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import type { Hex } from 'viem'
import { contractKindOf } from '../../src/decode/contract-kinds.js'
import { permit2Code } from '../support/uniswap-v3.js'

const require = createRequire(import.meta.url)
/** The runtime code the npm builds ship (immutables zeroed, which the selectors do not touch). */
const runtime = (path: string): Hex => {
  const json = require(path) as { deployedBytecode?: string; evm?: { deployedBytecode?: { object: string } } }
  const code = json.deployedBytecode ?? json.evm?.deployedBytecode?.object ?? ''
  return (code.startsWith('0x') ? code : `0x${code}`) as Hex
}

describe('known contracts by the entry points in their code', () => {
  it.each([
    [
      '@uniswap/universal-router/artifacts/contracts/UniversalRouter.sol/UniversalRouter.json',
      'uniswap-universal-router',
    ],
    ['@uniswap/swap-router-contracts/artifacts/contracts/SwapRouter02.sol/SwapRouter02.json', 'uniswap-swap-router-02'],
    ['@uniswap/v3-periphery/artifacts/contracts/SwapRouter.sol/SwapRouter.json', 'uniswap-v3-swap-router'],
    ['@uniswap/v3-core/artifacts/contracts/UniswapV3Pool.sol/UniswapV3Pool.json', 'uniswap-v3-pool'],
  ])('%s is %s', (path, kind) => {
    expect(contractKindOf(runtime(path))).toBe(kind)
  })

  it('Permit2, from the code the Universal Router package ships', () => {
    expect(contractKindOf(permit2Code())).toBe('permit2')
  })

  it('contracts that only call those functions are none of them: QuoterV2 calls a pool’s swap, the position manager WETH’s deposit and withdraw', () => {
    expect(
      contractKindOf(runtime('@uniswap/v3-periphery/artifacts/contracts/lens/QuoterV2.sol/QuoterV2.json')),
    ).toBeNull()
    expect(
      contractKindOf(
        runtime(
          '@uniswap/v3-periphery/artifacts/contracts/NonfungiblePositionManager.sol/NonfungiblePositionManager.json',
        ),
      ),
    ).toBeNull()
    expect(contractKindOf('0x')).toBeNull()
  })
})
