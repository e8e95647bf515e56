import { Readable } from 'node:stream'
import fc from 'fast-check'
import { generateMnemonic, english, generatePrivateKey } from 'viem/accounts'
import { describe, expect, it } from 'vitest'
import { StreamingRedactor } from '../../src/redact/redact-stream.js'
import { RedactingStream } from '../../src/redact/redacting-stream.js'
import { redactText } from '../../src/redact/redact.js'
import { jwt, randomHash, solanaSecretKey } from './redact-secrets.js'

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

  // The window ahead of a cut is what lets a secret that spans spaces or lines without holding the
  // cut back (no phrase, no keystore) be read whole: a flush whose text ends inside one must not
  // give out its first part. Each input is pushed so that the first flush's text ends at `end`.
  const filler = Array.from(
    { length: 2000 },
    (_, i) => `line ${i} of an ordinary log 0x70997970C51812dc3A010C79C8b1f2Ec15Fc7DAb`,
  ).join('\n')
  const key = generatePrivateKey()
  const solana = [...solanaSecretKey()]
  for (const [name, secret, part] of [
    ['a key split over two lines', `key part 1\n${key.slice(0, 34)}\n${key.slice(34)}`, key.slice(2, 34)],
    [
      'a Solana keypair spaced over lines',
      `id.json:\n[\n  ${solana.join(',\n  ')}\n]`,
      solana.slice(0, 4).join(',\n  '),
    ],
  ] as const) {
    it(`${name}: whole wherever the text of a flush ends inside it`, () => {
      const text = `${filler}\n${secret}\n${filler}`
      const start = filler.length + 1
      const whole = redactText(text)
      expect(whole.text).not.toContain(part)
      for (let end = start + 1; end < start + secret.length; end += 7) {
        const result = streamed(text, [end, text.length])
        expect(result.text).toBe(whole.text)
      }
    })
  }

  it('a line without a break is scanned a bounded number of times, however it is cut', () => {
    const line = 'ab'.repeat(1024 * 1024) // 2 MB, no space: no cut until it ends or passes the hold limit
    for (const size of [32 * 1024, 256 * 1024]) {
      const redactor = new StreamingRedactor()
      for (let at = 0; at < line.length; at += size) redactor.push(line.slice(at, at + size))
      redactor.end()
      expect(redactor.scanned).toBeLessThan(5 * line.length)
    }
  })

  it('bytes of any language, cut anywhere, give what redacting the decoded text whole gives', async () => {
    const lines = [
      '2026-11-24 送金が届きません。ウォレットの残高を確認してください 0x70997970C51812dc3A010C79C8b1f2Ec15Fc7DAb',
      `Clé privée : ${generatePrivateKey()} — merci 🦊`,
      `시드 문구 ${generateMnemonic(english)}`,
      `token ${jwt()} à 8.8.4.4`,
    ]
    const text = Array.from({ length: 3000 }, (_, i) => lines[i % lines.length]).join('\n')
    const bytes = new TextEncoder().encode(text)
    const whole = redactText(text)
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 300_000 }), { minLength: 1, maxLength: 4 }),
        async (sizes) => {
          const chunks: Uint8Array[] = []
          for (let at = 0, k = 0; at < bytes.length; k++) {
            const size = sizes[k % sizes.length] as number
            chunks.push(bytes.subarray(at, at + size))
            at += size
          }
          const stream = new RedactingStream(Readable.from(chunks), () => ({}))
          let out = ''
          for await (const piece of stream) out += piece
          expect(out).toBe(whole.text)
          expect(stream.removed).toEqual(whole.removed)
        },
      ),
      { numRuns: 8 },
    )
  })
})
