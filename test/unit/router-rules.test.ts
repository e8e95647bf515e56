import { describe, expect, it } from 'vitest'
import type { AbiError } from 'abitype'
import { encodeErrorResult, encodeFunctionData, parseAbi, parseAbiItem, type Hex } from 'viem'
import { diagnoseTx } from '../../src/diagnose/diagnose-tx.js'
import type { FailureData, SwapState, TxEvidence } from '../../src/evidence/schema.js'
import { commandBytes, input, permitSingle, v3Path } from '../support/uniswap-v3.js'
import { failedEvidence } from '../support/evidence.js'
import { plainTextContext } from '../support/text-context.js'
import { findingRegistry } from '../../src/findings/registry.js'
import { findingsEn } from '../../src/i18n/findings-en.js'
import { findingsJa } from '../../src/i18n/findings-ja.js'

/** Router rules from hand-built evidence: what a node would have said about a failed swap. */
const ROUTER = '0x66a9893cc07d91d95644aedd05d03f95e1dba8af'
const PERMIT2 = '0x000000000022d473030f116ddee9f6b43ac78ba3'
const USDC = '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48'
const WETH = '0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2'
const TIME = 1_700_000_000n

const execute = parseAbi(['function execute(bytes commands, bytes[] inputs, uint256 deadline) payable'])
const urCall = (inputs: { commands: number[]; inputs: Hex[] }, deadline = TIME + 600n) =>
  encodeFunctionData({ abi: execute, args: [commandBytes(inputs.commands), inputs.inputs, deadline] })
const swapOnly = (min: bigint) => ({
  commands: [0x00],
  inputs: [input.v3ExactIn('0x0000000000000000000000000000000000000001', 5_000_000n, min, v3Path([USDC, WETH]), true)],
})
const error = (signature: string, args: unknown[] = []) => {
  const item = parseAbiItem(signature) as AbiError
  return encodeErrorResult({ abi: [item], errorName: item.name, args })
}
const stringError = (message: string) => error('error Error(string)', [message])

const failedSwap = (input: Hex, failure: FailureData, swapState: Partial<SwapState> = {}): TxEvidence =>
  failedEvidence({
    to: ROUTER,
    failure,
    input,
    blockTimestamp: TIME,
    swapState: {
      amounts: null,
      allowance: null,
      balance: null,
      spender: PERMIT2,
      permit2Allowance: null,
      quotes: [],
      ...swapState,
    },
    tokens: [{ address: USDC, symbol: 'USDC', name: 'USD Coin', decimals: 6 }],
  })
const traced = (revertData: Hex): FailureData => ({
  method: 'trace',
  revertData,
  failingCall: null,
  outOfGas: false,
  calls: [],
})
const replayed = (revertData: Hex | null): FailureData => ({ ...traced('0x'), method: 'replay', revertData })
const dataOf = (evidence: TxEvidence, code: string) => diagnoseTx(evidence).findings.find((f) => f.code === code)?.data
const codes = (evidence: TxEvidence) => diagnoseTx(evidence).findings.map((f) => f.code)

describe('slippage on the Universal Router, with numbers', () => {
  it('the shortfall and the tolerance that would have passed, from the pool’s quote', () => {
    // The app quoted 1000 and sent a minimum of 995 (0.5%); the pool gave 900 at the block before.
    const evidence = failedSwap(urCall(swapOnly(995n)), traced(error('error V3TooLittleReceived()')), {
      quotes: [{ step: 0, amount: 900n, method: 'pool-probe' }],
    })
    expect(dataOf(evidence, 'swap.slippage')).toMatchObject({
      routerName: 'Uniswap Universal Router',
      functionName: 'execute: V3_SWAP_EXACT_IN',
      protocol: 'v3',
      tokenIn: { symbol: 'USDC', decimals: 6 },
      amountOut: '995',
      poolQuote: '900',
      shortfallPercent: 9.54,
      // 1 − 900 × 0.995 ÷ 995 = 10%
      slippageToPassPercent: 10,
      quoteFarOff: false,
      approximate: false,
    })
  })

  it('a limit far from the pool’s price: no advice to raise the tolerance that far, in either language', () => {
    // The minimum was 995 and the pool gave 500: a 50% tolerance would have been needed.
    const evidence = failedSwap(urCall(swapOnly(995n)), traced(error('error V3TooLittleReceived()')), {
      quotes: [{ step: 0, amount: 500n, method: 'pool-probe' }],
    })
    expect(dataOf(evidence, 'swap.slippage')).toMatchObject({ slippageToPassPercent: 50, quoteFarOff: true })
    const finding = diagnoseTx(evidence).findings.find((f) => f.code === 'swap.slippage')!
    const data = findingRegistry['swap.slippage'].data.parse(finding.data)
    for (const texts of [findingsEn, findingsJa]) {
      const steps = texts['swap.slippage'](data, plainTextContext).steps.join(' ')
      expect(steps).toContain('50%')
      expect(steps).not.toMatch(/would have passed|なら通っていました/)
      expect(steps).toMatch(/Do not raise the slippage tolerance that far|そこまで上げないでください/)
    }
    // Just under the line: the ordinary advice, with the tolerance that would have passed.
    const near = failedSwap(urCall(swapOnly(995n)), traced(error('error V3TooLittleReceived()')), {
      quotes: [{ step: 0, amount: 850n, method: 'pool-probe' }],
    })
    expect(dataOf(near, 'swap.slippage')).toMatchObject({ slippageToPassPercent: 15, quoteFarOff: false })
  })

  it('without a quote, still the minimum asked, and no invented numbers', () => {
    const evidence = failedSwap(urCall(swapOnly(995n)), replayed(error('error V3TooLittleReceived()')))
    expect(dataOf(evidence, 'swap.slippage')).toMatchObject({
      poolQuote: null,
      shortfallPercent: null,
      slippageToPassPercent: null,
      approximate: true,
    })
  })
})

describe('Permit2, told apart', () => {
  const permitted = () => {
    const single = permitSingle({
      token: USDC,
      amount: 10n ** 12n,
      expiration: Number(TIME) + 86_400,
      nonce: 4,
      spender: ROUTER,
      sigDeadline: TIME - 10n,
    })
    return {
      commands: [0x0a, 0x00],
      inputs: [input.permit2Permit(single, `0x${'11'.repeat(65)}`), ...swapOnly(1n).inputs],
    }
  }

  it('AllowanceExpired(0) with no allowance ever set: missing, for the real token and the router', () => {
    const evidence = failedSwap(urCall(swapOnly(1n)), traced(error('error AllowanceExpired(uint256 deadline)', [0n])), {
      permit2Allowance: { amount: 0n, expiration: 0, nonce: 0 },
    })
    expect(dataOf(evidence, 'permit2.allowance-insufficient')).toMatchObject({
      problem: 'missing',
      token: { address: USDC, symbol: 'USDC' },
      spender: ROUTER,
      needed: '5000000',
    })
    expect(codes(evidence)).not.toContain('token.insufficient-allowance')
  })

  it('InsufficientAllowance: too small, with the allowance Permit2 had', () => {
    const evidence = failedSwap(
      urCall(swapOnly(1n)),
      traced(error('error InsufficientAllowance(uint256 amount)', [10n])),
      {
        permit2Allowance: { amount: 10n, expiration: Number(TIME) + 100, nonce: 1 },
      },
    )
    expect(dataOf(evidence, 'permit2.allowance-insufficient')).toMatchObject({ problem: 'too-small', amount: '10' })
  })

  it('TRANSFER_FROM_FAILED with Permit2 approved but too few tokens: the balance, not the approval', () => {
    const evidence = failedSwap(urCall(swapOnly(1n)), traced(stringError('TRANSFER_FROM_FAILED')), {
      allowance: 2n ** 200n,
      balance: 1_000n,
    })
    expect(codes(evidence)).toContain('token.insufficient-balance')
    expect(codes(evidence)).not.toContain('permit2.token-not-approved')
  })

  it('a signature past its deadline: from the revert with a trace, from the block’s time without one', () => {
    const wrapped = error('error ExecutionFailed(uint256 commandIndex, bytes message)', [
      0n,
      error('error SignatureExpired(uint256 signatureDeadline)', [TIME - 10n]),
    ])
    for (const evidence of [
      failedSwap(urCall(permitted()), traced(wrapped)),
      failedSwap(urCall(permitted()), replayed(null)),
    ]) {
      expect(dataOf(evidence, 'permit2.permit-invalid')).toMatchObject({
        problem: 'signature-expired',
        sigDeadline: (TIME - 10n).toString(),
        blockTimestamp: TIME.toString(),
        nonce: 4,
      })
    }
  })

  it('a late deadline explains a replay that succeeded before an expired signature does', () => {
    const evidence = failedSwap(urCall(permitted(), TIME - 1n), replayed(null))
    expect(codes(evidence)).toContain('swap.deadline-expired')
    expect(codes(evidence)).not.toContain('permit2.permit-invalid')
  })
})
