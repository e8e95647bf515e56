import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { recall, remember } from '../../src/memory/seen-transactions.js'

const hash = `0x${'ab'.repeat(32)}`
const entry = { chainId: 1, from: `0x${'11'.repeat(20)}` as const, nonce: 7, lastStatus: 'pending' }

describe('the memory of seen transactions', () => {
  it('is not rewritten when a look changes nothing, and is when the outcome changes', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sd-memory-')), 'seen.json')
    await remember(file, hash, entry, new Date('2026-01-01T00:00:00Z'))
    const first = statSync(file)
    const content = readFileSync(file, 'utf8')

    await remember(file, hash, entry, new Date('2026-01-02T00:00:00Z'))
    // Written beside and renamed over: a rewrite would be a new inode.
    expect(statSync(file).ino).toBe(first.ino)
    expect(readFileSync(file, 'utf8')).toBe(content)

    await remember(file, hash, { ...entry, lastStatus: 'success' }, new Date('2026-01-03T00:00:00Z'))
    expect(statSync(file).ino).not.toBe(first.ino)
    expect(await recall(file, hash)).toEqual({
      ...entry,
      lastStatus: 'success',
      firstSeenAt: '2026-01-01T00:00:00.000Z',
    })
  })
})
