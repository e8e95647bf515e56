import { beforeAll, describe, expect, it } from 'vitest'
import { t } from '../../src/i18n/translate.js'
import { loadBothLanguages } from '../support/languages.js'
import { parseLine } from '../../src/batch/parse-line.js'
import { batchExitCode } from '../../src/batch/run-batch.js'
import { runInOrder } from '../../src/batch/run-pool.js'

const hash = `0x${'ab'.repeat(32)}`

describe('batch lines', () => {
  beforeAll(loadBothLanguages)
  it('skips blank lines and comments', () => {
    expect(parseLine('   ')).toEqual({ kind: 'skip' })
    expect(parseLine('# a comment')).toEqual({ kind: 'skip' })
  })

  it('takes a bare hash, or an object with a hash or an address', () => {
    expect(parseLine(` ${hash} `)).toEqual({ kind: 'item', id: null, item: { kind: 'transaction', hash } })
    expect(parseLine(JSON.stringify({ hash, chain: 'base', id: 'ticket-1', nonce: 3, from: '0x1' }))).toEqual({
      kind: 'item',
      id: 'ticket-1',
      item: { kind: 'transaction', hash, chain: 'base', nonce: 3, from: '0x1' },
    })
    expect(parseLine(JSON.stringify({ address: '0xabc', token: '0xdef', chain: 8453, id: 9 }))).toEqual({
      kind: 'item',
      id: 9,
      item: { kind: 'address', address: '0xabc', token: '0xdef', chain: 8453 },
    })
  })

  it('takes a hash as tx does: an explorer link names its network, unless the line gives its own', () => {
    expect(parseLine(`https://basescan.org/tx/${hash}`)).toEqual({
      kind: 'item',
      id: null,
      item: { kind: 'transaction', hash, chain: 8453 },
    })
    expect(parseLine(JSON.stringify({ hash: `https://basescan.org/tx/${hash}`, chain: 'optimism' }))).toMatchObject({
      item: { hash, chain: 'optimism' },
    })
  })

  it('an object without a subject, broken JSON or a JSON array is an invalid line, keeping its id', () => {
    expect(parseLine('{"id": "t-1"}')).toMatchObject({ kind: 'invalid', id: 't-1', error: { code: 'input.line' } })
    expect(parseLine('{nope')).toMatchObject({ kind: 'invalid', id: null, error: { exitCode: 2 } })
    // Broken JSON is said in the user's language, not in JSON.parse's English.
    const broken = parseLine('{"hash": "0x1"')
    if (broken.kind !== 'invalid') throw new Error('expected an invalid line')
    expect(t('ja', broken.error.text)).toBe(
      'この行はトランザクションハッシュでも JSON オブジェクトでもありません: { で始まっていますが、正しい JSON ではありません。',
    )
    expect(parseLine('{"hash": ["x"]}')).toMatchObject({ kind: 'invalid' })
  })

  it('exit code: 2 over 3 over 1 over 0', () => {
    expect(batchExitCode([0, 1, 3, 2])).toBe(2)
    expect(batchExitCode([0, 1, 3])).toBe(3)
    expect(batchExitCode([0, 1, 0])).toBe(1)
    expect(batchExitCode([0, 0])).toBe(0)
    expect(batchExitCode([])).toBe(0)
  })

  it('results come out in input order however the work finishes, no more than the limit at once', async () => {
    const delays = [50, 5, 30, 1, 20, 10, 0, 40]
    let running = 0
    let most = 0
    const emitted: number[] = []
    await runInOrder(
      delays,
      3,
      async (delay, index) => {
        running++
        most = Math.max(most, running)
        await new Promise((r) => setTimeout(r, delay))
        running--
        return index
      },
      (result, index) => {
        expect(result).toBe(index)
        emitted.push(index)
      },
    )
    expect(emitted).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
    expect(most).toBe(3)
  })
})
