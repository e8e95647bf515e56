import type { AbiError, AbiParameter } from 'abitype'
import { encodeAbiParameters, encodeErrorResult, parseAbiItem, toFunctionSelector } from 'viem'
import { describe, expect, it } from 'vitest'
import { decodeRevert, revertCategory } from '../../src/decode/decode-revert.js'
import { knownErrors, panicCodes } from '../../src/decode/known-errors.js'

const sample = (parameter: AbiParameter): unknown => {
  if (parameter.type === 'address') return '0x1111111111111111111111111111111111111111'
  if (parameter.type.startsWith('uint')) return 42n
  if (parameter.type === 'bytes') return '0x'
  throw new Error(`no sample for ${parameter.type}`)
}
const errorString = (message: string) =>
  encodeErrorResult({ abi: [parseAbiItem('error Error(string)') as AbiError], errorName: 'Error', args: [message] })

describe('the decoding table: every row decodes to its meaning', () => {
  for (const row of knownErrors) {
    if ('signature' in row) {
      it(`${row.source}: ${row.signature}`, () => {
        const item = parseAbiItem(row.signature) as AbiError
        const data = encodeErrorResult({ abi: [item], errorName: item.name, args: item.inputs.map(sample) })
        // The selector comes from the signature: keccak of the canonical form, first 4 bytes.
        expect(data.slice(0, 10)).toBe(toFunctionSelector(row.signature.replace(/^error /, 'function ')))
        const decoded = decodeRevert(data)
        expect(decoded).toMatchObject({ kind: 'custom', name: item.name, source: row.source })
        if (item.name !== 'ExecutionFailed') expect(revertCategory(decoded)).toBe(row.category)
      })
    } else {
      it(`${row.source}: "${row.message}"`, () => {
        expect(decodeRevert(errorString(row.message))).toEqual({
          kind: 'string',
          message: row.message,
          category: row.category,
          source: row.source,
        })
      })
    }
  }
})

describe('decoding revert data', () => {
  it.each(Object.entries(panicCodes))('Panic(0x%s) says what it means', (code, meaning) => {
    const data = `0x4e487b71${encodeAbiParameters([{ type: 'uint256' }], [BigInt(code)]).slice(2)}` as const
    expect(decodeRevert(data)).toEqual({ kind: 'panic', code: Number(code), meaning })
  })

  it('a revert string outside the table is still shown, without a category', () => {
    expect(decodeRevert(errorString('Ownable: caller is not the owner'))).toEqual({
      kind: 'string',
      message: 'Ownable: caller is not the owner',
      category: null,
      source: null,
    })
  })

  it('an unknown selector is reported raw (nothing is looked up elsewhere)', () => {
    expect(decodeRevert('0xdeadbeef0000')).toEqual({ kind: 'unknown', selector: '0xdeadbeef', data: '0xdeadbeef0000' })
  })

  it('no data at all is "empty"', () => {
    expect(decodeRevert('0x')).toEqual({ kind: 'empty' })
    expect(decodeRevert(null)).toEqual({ kind: 'empty' })
  })

  it('Universal Router ExecutionFailed is decoded recursively, taking the inner category', () => {
    const inner = errorString('UniswapV2Router: INSUFFICIENT_OUTPUT_AMOUNT')
    const item = parseAbiItem('error ExecutionFailed(uint256 commandIndex, bytes message)') as AbiError
    const data = encodeErrorResult({ abi: [item], errorName: 'ExecutionFailed', args: [2n, inner] })
    const decoded = decodeRevert(data)
    expect(decoded).toMatchObject({
      kind: 'custom',
      name: 'ExecutionFailed',
      args: { commandIndex: '2' },
      inner: { kind: 'string', category: 'slippage' },
    })
    expect(revertCategory(decoded)).toBe('slippage')
  })

  it('custom error arguments come back by name', () => {
    const item = parseAbiItem(
      'error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)',
    ) as AbiError
    const data = encodeErrorResult({
      abi: [item],
      errorName: item.name,
      args: ['0x2222222222222222222222222222222222222222', 5n, 9n],
    })
    expect(decodeRevert(data)).toMatchObject({
      args: { sender: '0x2222222222222222222222222222222222222222', balance: '5', needed: '9' },
      category: 'balance',
    })
  })
})
