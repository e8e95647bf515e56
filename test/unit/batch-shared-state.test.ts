import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SharedChainState, type HeadAndFees } from '../../src/evidence/shared-chain-state.js'
import { RunMemory } from '../../src/memory/run-memory.js'
import { remember } from '../../src/memory/seen-transactions.js'

/** What `batch` shares between its lines: the head and fees per chain and block, and the memory. */
const state = (number: bigint) => ({ head: { number }, feeHistory: null }) as unknown as HeadAndFees

describe('the head and fee history shared by a run', () => {
  it('is read once per chain and head, then again when the head moves', async () => {
    const shared = new SharedChainState()
    const reads: string[] = []
    const read = (chainId: number, head: bigint) =>
      shared.headAndFees(chainId, head, () => (reads.push(`${chainId}@${head}`), Promise.resolve(state(head))))
    await Promise.all([read(1, 10n), read(1, 10n), read(1, 10n), read(8453, 10n)])
    expect(reads).toEqual(['1@10', '8453@10'])
    await read(1, 11n)
    await read(1, 11n)
    expect(reads).toEqual(['1@10', '8453@10', '1@11'])
    // The entry for block 10 went when block 11 came: a look that still sees 10 reads afresh.
    await read(1, 10n)
    expect(reads).toHaveLength(4)
  })

  it('forgets a read that failed, so the next look tries again', async () => {
    const shared = new SharedChainState()
    let attempts = 0
    const read = () =>
      shared.headAndFees(1, 5n, () => {
        attempts++
        return attempts === 1 ? Promise.reject(new Error('endpoint down')) : Promise.resolve(state(5n))
      })
    await expect(read()).rejects.toThrow('endpoint down')
    await expect(read()).resolves.toMatchObject({ head: { number: 5n } })
    expect(attempts).toBe(2)
  })
})

describe('the memory as a run sees it', () => {
  const entry = (nonce: number) => ({
    chainId: 1,
    from: `0x${'11'.repeat(20)}` as const,
    nonce,
    lastStatus: 'pending',
  })
  const hash = (n: number) => `0x${String(n).repeat(64)}`

  it('reads the file once, and writes once, merged with what another process wrote meanwhile', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sd-run-memory-')), 'seen.json')
    await remember(file, hash(1), entry(1), new Date('2026-01-01T00:00:00Z'))
    const memory = new RunMemory(file)
    expect(await memory.recall(hash(1))).toMatchObject({ nonce: 1, firstSeenAt: '2026-01-01T00:00:00.000Z' })
    // Changed under the run: the run goes on with what it read at the start.
    writeFileSync(file, '{ "version": 1, "transactions": {} }')
    expect(await memory.recall(hash(1))).toMatchObject({ nonce: 1 })
    await remember(file, hash(2), entry(2), new Date('2026-01-02T00:00:00Z')) // another process
    memory.remember(hash(3), entry(3), new Date('2026-01-03T00:00:00Z'))
    memory.remember(hash(1), { ...entry(1), lastStatus: 'confirmed' }, new Date('2026-01-03T00:00:00Z'))
    // A hash looked at twice in one run is recalled as the run last saw it, with its first sighting.
    expect(await memory.recall(hash(1))).toMatchObject({
      lastStatus: 'confirmed',
      firstSeenAt: '2026-01-01T00:00:00.000Z',
    })
    expect(JSON.parse(readFileSync(file, 'utf8')).transactions[hash(3)]).toBeUndefined() // not yet written
    await memory.flush()
    const written = JSON.parse(readFileSync(file, 'utf8')).transactions
    expect(Object.keys(written).sort()).toEqual([hash(1), hash(2), hash(3)])
    expect(written[hash(1)].lastStatus).toBe('confirmed')
  })
})
