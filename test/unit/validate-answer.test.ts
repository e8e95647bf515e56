import { describe, expect, it } from 'vitest'
import { answerProblem } from '../../src/rpc/validate-answer.js'

const HASH = `0x${'ab'.repeat(32)}`
const OTHER = `0x${'cd'.repeat(32)}`
const tx = (hash: string) => ({ hash, from: `0x${'11'.repeat(20)}`, nonce: '0x1', blockNumber: null, input: '0x' })

describe('distrusting RPC answers', () => {
  it.each([
    ['a good chain id', 'eth_chainId', [], '0xa', null],
    ['a number where hex belongs', 'eth_blockNumber', [], 12, 'malformed answer'],
    ['HTML where a quantity belongs', 'eth_getBalance', ['0x0', 'latest'], '<html>', 'malformed answer'],
    ['the transaction asked for', 'eth_getTransactionByHash', [HASH], tx(HASH), null],
    ['another transaction', 'eth_getTransactionByHash', [HASH], tx(OTHER), 'answered another transaction'],
    [
      'a transaction missing its sender',
      'eth_getTransactionByHash',
      [HASH],
      { hash: HASH, nonce: '0x1', input: '0x' },
      'malformed answer',
    ],
    ['no transaction (null is an answer)', 'eth_getTransactionByHash', [HASH], null, null],
    [
      'another receipt',
      'eth_getTransactionReceipt',
      [HASH],
      { transactionHash: OTHER, blockNumber: '0x1', blockHash: HASH, gasUsed: '0x1', logs: [] },
      'answered another receipt',
    ],
    [
      'another block number',
      'eth_getBlockByNumber',
      ['0x10', false],
      { number: '0x11', hash: HASH, timestamp: '0x1', gasUsed: '0x0', gasLimit: '0x1', transactions: [] },
      'answered another block',
    ],
    [
      'the latest block',
      'eth_getBlockByNumber',
      ['latest', false],
      { number: '0x11', hash: HASH, timestamp: '0x1', gasUsed: '0x0', gasLimit: '0x1', transactions: [] },
      null,
    ],
    ['logs that are not logs', 'eth_getLogs', [{}], [{ nope: 1 }], 'malformed answer'],
  ])('%s', (_, method, params, answer, problem) => {
    expect(answerProblem(method, params, answer)).toBe(problem)
  })
})
