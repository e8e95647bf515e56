import { describe, expect, it } from 'vitest'
import { encodeAbiParameters, encodeFunctionData } from 'viem'
import { diagnoseTx } from '../../src/diagnose/diagnose-tx.js'
import { decodeSwapCall, v2RouterAbi } from '../../src/decode/swap-call.js'
import type { FailureData, TxEvidence } from '../../src/evidence/schema.js'
import { failedEvidence } from '../support/evidence.js'

const ROUTER = '0x7a250d5630b4cf539739df2c5dacb4c659f2488d'
const WETH = '0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2'
const TOKEN = '0x6b175474e89094c44da98b954eedeac495271d0f'

const failed = (options: {
  gasUsed: bigint
  gas: bigint
  failure: FailureData | null
  input?: `0x${string}`
  value?: bigint
  blockTimestamp?: bigint
}): TxEvidence => failedEvidence({ to: ROUTER, ...options })
const replayed = (revertData: `0x${string}` | null): FailureData => ({
  method: 'replay',
  revertData,
  failingCall: null,
  outOfGas: false,
  calls: [],
})
const codes = (e: TxEvidence) => diagnoseTx(e).findings.map((f) => f.code)

describe('out of gas without a trace', () => {
  it('no revert data and gas used near the limit: out of gas, not certain', () => {
    const diagnosis = diagnoseTx(failed({ gasUsed: 99_000n, gas: 100_000n, failure: replayed('0x') }))
    expect(diagnosis.findings.find((f) => f.code === 'tx.out-of-gas')?.data).toMatchObject({
      certain: false,
      suggestedGasLimit: '150000',
    })
    // Not certain (an INVALID opcode looks the same): the revert keeps "do not simply send it again",
    // and more gas is offered as a try, not as the fix.
    expect(diagnosis.findings.find((f) => f.code === 'tx.reverted')?.data).toMatchObject({ outOfGas: false })
  })

  it('no revert data far under the limit is a bare revert, not out of gas', () => {
    expect(codes(failed({ gasUsed: 40_000n, gas: 100_000n, failure: replayed('0x') }))).toEqual(['tx.reverted'])
  })

  it('a revert with a reason near the limit is that reason, not out of gas', () => {
    const reason = `0x08c379a0${encodeAbiParameters([{ type: 'string' }], ['UniswapV2: LOCKED']).slice(2)}` as const
    expect(codes(failed({ gasUsed: 99_500n, gas: 100_000n, failure: replayed(reason) }))).toEqual(['tx.reverted'])
  })

  it('a trace that saw no out-of-gas is believed over the heuristic', () => {
    const trace: FailureData = { method: 'trace', revertData: '0x', failingCall: null, outOfGas: false, calls: [] }
    expect(codes(failed({ gasUsed: 99_900n, gas: 100_000n, failure: trace }))).toEqual(['tx.reverted'])
  })
})

describe('swap facts from the input alone', () => {
  it('a deadline in the past is expired even when the revert reason is unknown', () => {
    const input = encodeFunctionData({
      abi: v2RouterAbi,
      functionName: 'swapExactETHForTokens',
      args: [1n, [WETH, TOKEN], ROUTER, 1_699_999_000n],
    })
    const diagnosis = diagnoseTx(failed({ gasUsed: 30_000n, gas: 200_000n, failure: null, input, value: 10n ** 17n }))
    expect(diagnosis.findings.find((f) => f.code === 'swap.deadline-expired')?.data).toEqual({
      router: ROUTER.toLowerCase(),
      routerName: 'Uniswap V2 Router02',
      deadline: '1699999000',
      blockTimestamp: '1700000000',
      lateBySeconds: 1000,
      approximate: true,
    })
  })

  it('decodes exact-in and exact-out swaps, ETH in and fee-on-transfer variants', () => {
    const exactOut = decodeSwapCall(
      encodeFunctionData({
        abi: v2RouterAbi,
        functionName: 'swapTokensForExactETH',
        args: [5n, 9n, [TOKEN, WETH], ROUTER, 7n],
      }),
      0n,
    )
    expect(exactOut).toMatchObject({
      mode: 'exact-out',
      amountOut: 5n,
      amountIn: 9n,
      paysWithEth: false,
      supportsFeeOnTransfer: false,
      deadline: 7n,
    })
    const ethIn = decodeSwapCall(
      encodeFunctionData({
        abi: v2RouterAbi,
        functionName: 'swapExactETHForTokensSupportingFeeOnTransferTokens',
        args: [3n, [WETH, TOKEN], ROUTER, 7n],
      }),
      11n,
    )
    expect(ethIn).toMatchObject({
      mode: 'exact-in',
      amountIn: 11n,
      amountOut: 3n,
      paysWithEth: true,
      supportsFeeOnTransfer: true,
    })
    expect(decodeSwapCall('0xa9059cbb', 0n)).toBeNull()
  })
})
