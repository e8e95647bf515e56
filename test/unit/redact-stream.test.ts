import fc from 'fast-check'
import { generateMnemonic, english, generatePrivateKey } from 'viem/accounts'
import { describe, expect, it } from 'vitest'
import { StreamingRedactor } from '../../src/redact/redact-stream.js'
import { redactText } from '../../src/redact/redact.js'
import { jwt, randomHash } from './redact-secrets.js'

/** A log of a few hundred KB (several times the streaming window) with secrets at random places. */
function log(secretsAt: number[]): { text: string; phrases: string[] } {
  const lines = [
    '2026-11-22T03:14:15.926Z INFO [provider] eth_getTransactionReceipt ',
    '2026-11-22T03:14:16.101Z WARN nonce 42 from 0x70997970C51812dc3A010C79C8b1f2Ec15Fc7DAb still pending at 8.8.4.4',
    'User wrote: I sent 1.5 USDC from MetaMask 12.9.0 but it never arrived, about the price above my limit',
  ]
  const phrases: string[] = []
  const out: string[] = []
  let next = 0
  let length = 0
  for (let i = 0; length < 400_000 || next < secretsAt.length; i++) {
    if (next < secretsAt.length && i === secretsAt[next]) {
      const phrase = generateMnemonic(english)
      phrases.push(phrase)
      out.push(
        `my words:\n${phrase
          .split(' ')
          .map((w, k) => `${k + 1}. ${w}`)
          .join('\n')}\nkey ${generatePrivateKey()} token ${jwt()}\n${keystore()}`,
      )
      next++
    } else out.push(`${lines[i % 3]}${i % 3 === 0 ? randomHash() : ''}`)
    length += (out.at(-1) as string).length + 1
  }
  return { text: out.join('\n'), phrases }
}

/**
 * A keystore whose crypto section is padded to ~6 KB, so that chunk boundaries often fall inside it.
 */
const keystore = () =>
  `{"crypto":{"cipher":"aes-128-ctr","ciphertext":"${randomHash().slice(2)}","kdf":"scrypt",` +
  `"kdfparams":{"n":262144,"salt":"${randomHash().slice(2)}"},"note":"${'x'.repeat(6000)}"},"version":3}`

function streamed(text: string, chunkSizes: number[]) {
  const redactor = new StreamingRedactor()
  let out = ''
  let at = 0
  for (let k = 0; at < text.length; k++) {
    const size = chunkSizes[k % chunkSizes.length] as number
    out += redactor.push(text.slice(at, at + size))
    at += size
  }
  return { text: out + redactor.end(), removed: redactor.removed }
}

describe('streaming redaction', () => {
  it('gives exactly what redacting the whole text at once gives, however the text is cut into chunks', () => {
    fc.assert(
      fc.property(
        fc
          .uniqueArray(fc.integer({ min: 1, max: 4000 }), { minLength: 2, maxLength: 6 })
          .map((a) => a.sort((x, y) => x - y)),
        fc.array(fc.integer({ min: 1, max: 200_000 }), { minLength: 1, maxLength: 5 }),
        (secretsAt, chunkSizes) => {
          const { text, phrases } = log(secretsAt)
          const whole = redactText(text)
          const result = streamed(text, chunkSizes)
          expect(result.text).toBe(whole.text)
          expect(result.removed).toEqual(whole.removed)
          expect(result.removed.keystore).toBe(secretsAt.length)
          for (const phrase of phrases) expect(result.text).not.toContain(`\n6. ${phrase.split(' ')[5]}\n`)
        },
      ),
      { numRuns: 12 },
    )
  })

  it('a phrase written across the boundary of two chunks is found whole', () => {
    const { text, phrases } = log([2000])
    const middle = text.indexOf(phrases[0]?.split(' ')[6] as string)
    const result = streamed(text, [middle, text.length])
    expect(result.removed['seed-phrase']).toBe(1)
    // "key" and "token" after it are list words too: the run may take them in.
    expect(result.text).toMatch(/\[redacted: recovery phrase, 1[2-4] words\]/)
    expect(result.text).not.toContain(`\n7. ${phrases[0]?.split(' ')[6]}\n`)
  })
})
