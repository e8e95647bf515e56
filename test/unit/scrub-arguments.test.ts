import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { scrubArguments } from '../../src/mcp/scrub-arguments.js'
import { recall, remember } from '../../src/memory/seen-transactions.js'

const phrase = 'test test test test test test test test test test test junk'
const hash = `0x${'ab'.repeat(32)}`

describe('MCP arguments are scrubbed before use', () => {
  it('a recovery phrase in any field is replaced, and the field is named', () => {
    const { clean, redactedFields } = scrubArguments({ hash: phrase, chain: 'base', lang: 'en' })
    expect(clean.hash).toMatch(/^\[redacted: recovery phrase/)
    expect(clean.chain).toBe('base')
    expect(redactedFields).toEqual(['hash'])
  })

  it('a hash in `hash` or `keep` is kept (it looks like a private key), a key elsewhere is not', () => {
    const { clean, redactedFields } = scrubArguments({ hash, keep: [hash], topic: `key ${'cd'.repeat(32)}` })
    expect(clean.hash).toBe(hash)
    expect(clean.keep).toEqual([hash])
    expect(clean.topic).not.toContain('cd'.repeat(32))
    expect(redactedFields).toEqual(['topic'])
  })

  it('fields excepted (redact_text) are left for the tool itself', () => {
    const { clean, redactedFields } = scrubArguments({ text: phrase }, { except: ['text'] })
    expect(clean.text).toBe(phrase)
    expect(redactedFields).toEqual([])
  })
})

describe('the memory file under concurrent looks (batch)', () => {
  it('loses no entry when many are remembered at once', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sd-memory-')), 'seen.json')
    const hashes = Array.from({ length: 24 }, (_, i) => `0x${i.toString(16).padStart(2, '0').repeat(32)}`)
    const from = `0x${'11'.repeat(20)}` as const
    await Promise.all(
      hashes.map((h, nonce) => remember(file, h, { chainId: 1, from, nonce, lastStatus: 'pending' }, new Date())),
    )
    for (const [nonce, h] of hashes.entries()) expect(await recall(file, h)).toMatchObject({ nonce })
  })
})
