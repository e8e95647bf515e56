import fc from 'fast-check'
import { generatePrivateKey } from 'viem/accounts'
import { describe, expect, it } from 'vitest'
import { redact, redactText } from '../../src/redact/redact.js'
import { apiKey, base58, jwt, solanaSecretKey } from './redact-secrets.js'

/**
 * The kinds issue 13 added, as properties: whatever prose surrounds them and however they are
 * written, none survives, and redacting twice is redacting once. Secrets are made fresh per case.
 */
type Secret = { text: string; pieces: string[] }

const secret: fc.Arbitrary<Secret> = fc
  .tuple(fc.integer({ min: 0, max: 6 }), fc.constantFrom(' ', '\n', '\t'))
  .map(([kind, space]) => {
    const key = generatePrivateKey().slice(2)
    switch (kind) {
      case 0: {
        const b58 = base58(solanaSecretKey())
        return { text: b58, pieces: [b58] }
      }
      case 1: {
        const bytes = [...solanaSecretKey()]
        return { text: `[${bytes.join(`,${space}`)}]`, pieces: [bytes.slice(0, 6).join(`,${space}`)] }
      }
      case 2: {
        const token = jwt()
        return { text: token, pieces: [token.split('.')[2] as string] }
      }
      case 3: {
        const value = apiKey(28)
        return { text: `Authorization: Bearer ${value}`, pieces: [value] }
      }
      case 4: {
        const value = apiKey(24)
        return { text: `MY_SERVICE_TOKEN=${value}`, pieces: [value] }
      }
      case 5:
        return { text: `0x${key.slice(0, 32)}\n${key.slice(32)}`, pieces: [key.slice(0, 32), key.slice(32)] }
      default:
        return { text: `${key.slice(0, 32)}${space}${key.slice(32)}`, pieces: [key.slice(0, 32), key.slice(32)] }
    }
  })

const prose = fc.lorem({ maxCount: 10 })

describe('credentials, for any surrounding text', () => {
  it('none survives', () => {
    fc.assert(
      fc.property(prose, secret, prose, (before, s, after) => {
        const out = redact(`${before}\n${s.text}\n${after}`)
        for (const piece of s.pieces) expect(out).not.toContain(piece)
      }),
      { numRuns: 80 },
    )
  })

  it('redacting twice is redacting once', () => {
    fc.assert(
      fc.property(prose, secret, prose, (before, s, after) => {
        const once = redact(`${before} ${s.text} ${after}`)
        expect(redact(once)).toBe(once)
      }),
      { numRuns: 80 },
    )
  })

  it('no detector fails on any input (the last-resort fallback is never reached)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expect(redactText(text).text).not.toBe('[redacted: text that could not be checked]')
      }),
      { numRuns: 300 },
    )
  })
})
