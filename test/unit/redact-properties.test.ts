import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { bytesToHex } from 'viem'
import { beforeAll, describe, expect, it } from 'vitest'
import { diagnoseTx } from '../../src/diagnose/diagnose-tx.js'
import { buildTxReport } from '../../src/report/build-tx-report.js'
import { redactReport } from '../../src/report/redact-report.js'
import { renderTxMarkdown } from '../../src/report/render-tx-markdown.js'
import { renderTxText } from '../../src/report/render-tx-text.js'
import { redact } from '../../src/redact/redact.js'
import { japanese } from 'viem/accounts'
import { WORD_LISTS } from '../../src/redact/word-tables-source.js'
import { chalkFor } from '../../src/io/iostreams.js'
import { HASH, pendingEvidence } from '../support/evidence.js'
import { loadBothLanguages } from '../support/languages.js'

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest()

function base58Check(payload: Uint8Array): string {
  const bytes = Buffer.concat([payload, sha256(sha256(payload)).subarray(0, 4)])
  let value = BigInt(`0x${bytes.toString('hex')}`)
  let out = ''
  while (value > 0n) {
    out = BASE58[Number(value % 58n)] + out
    value /= 58n
  }
  for (const byte of bytes) {
    if (byte !== 0) break
    out = `1${out}`
  }
  return out
}

/** A secret and the pieces of it that must not appear anywhere afterwards. */
type Secret = { text: string; pieces: string[] }

const seedPhrase: fc.Arbitrary<Secret> = fc
  .record({
    list: fc.constantFrom(...WORD_LISTS),
    length: fc.constantFrom(12, 15, 18, 21, 24),
    separator: fc.constantFrom(' ', '\n', ', ', '  '),
    upper: fc.boolean(),
    seed: fc.array(fc.nat(2047), { minLength: 24, maxLength: 24 }),
  })
  .map(({ list, length, separator, upper, seed }) => {
    const words = seed.slice(0, length).map((i) => list[i] as string)
    const sep = list === japanese ? '\u3000' : separator
    const text = words.map((w) => (upper ? w.toUpperCase() : w)).join(sep)
    // No three consecutive words of the phrase may remain, in any format.
    const pieces = words.slice(0, -2).map((_, i) =>
      words
        .slice(i, i + 3)
        .map((w) => (upper ? w.toUpperCase() : w))
        .join(sep),
    )
    return { text, pieces }
  })

const privateKey: fc.Arbitrary<Secret> = fc
  .tuple(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.boolean())
  .map(([bytes, prefixed]) => {
    const hex = bytesToHex(bytes).slice(2)
    return { text: prefixed ? `0x${hex}` : hex, pieces: [hex] }
  })

const wif: fc.Arbitrary<Secret> = fc
  .tuple(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.boolean())
  .map(([key, compressed]) => {
    const text = base58Check(Uint8Array.from([0x80, ...key, ...(compressed ? [0x01] : [])]))
    return { text, pieces: [text] }
  })

const extendedKey: fc.Arbitrary<Secret> = fc
  .tuple(
    fc.constantFrom('xprv', 'tprv', 'xpub', 'zprv'),
    fc.array(fc.constantFrom(...BASE58), { minLength: 107, maxLength: 107 }),
  )
  .map(([prefix, chars]) => {
    const text = prefix + chars.join('')
    return { text, pieces: [text] }
  })

const secret = fc.oneof(seedPhrase, privateKey, wif, extendedKey)
const prose = fc.lorem({ maxCount: 12 })
const withSecret = fc
  .tuple(prose, secret, prose)
  .map(([before, s, after]) => ({ text: `${before} ${s.text} ${after}`, secret: s }))

function reportWithNote(note: string) {
  const evidence = pendingEvidence()
  const report = buildTxReport(evidence, diagnoseTx(evidence), {
    lang: 'en',
    version: 'test',
    environment: { os: 'Linux', arch: 'x64', node: 'v20', wallet: 'MetaMask', browser: null },
    note,
    tried: note,
    checkedAt: new Date(0),
  })
  const clean = redactReport(report)
  const plain = chalkFor({}, { NO_COLOR: '1' })
  return [JSON.stringify(clean), renderTxMarkdown(clean), renderTxText(clean, null, plain)]
}

// These tests call the code that speaks directly, past the places that load a language.
beforeAll(loadBothLanguages)

describe('redaction, for any input', () => {
  it('redacting twice is redacting once', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          withSecret.map((w) => w.text),
          fc.string(),
          fc.string({ unit: 'grapheme' }),
        ),
        (text) => redact(redact(text)) === redact(text),
      ),
    )
  })

  it('no generated secret survives, in JSON, markdown or text', () => {
    fc.assert(
      fc.property(withSecret, ({ text, secret: s }) => {
        for (const output of reportWithNote(text)) for (const piece of s.pieces) expect(output).not.toContain(piece)
      }),
      { numRuns: 60 },
    )
  })

  it('subject hashes and addresses survive', () => {
    const address = fc.uint8Array({ minLength: 20, maxLength: 20 }).map((b) => bytesToHex(b))
    fc.assert(
      fc.property(prose, address, (words, addr) => {
        const [json, markdown, text] = reportWithNote(`${words} tx ${HASH} to ${addr}`)
        for (const output of [json, markdown, text]) {
          expect(output).toContain(HASH)
          expect(output).toContain(addr)
        }
      }),
      { numRuns: 40 },
    )
  })
})
