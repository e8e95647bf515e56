import { describe, expect, it } from 'vitest'
import { endsInsideCharacter, Utf8Chunks } from '../../src/redact/utf8-chunks.js'

// UTF-8 decoded chunk by chunk (src/redact/utf8-chunks.ts): ASCII chunks take a fast path, and a
// character split between chunks — followed by an ASCII chunk or not — must come out whole.

const bytes = (text: string) => new TextEncoder().encode(text)

/** Decodes `input` cut at the given byte offsets. */
function decodeCut(input: Uint8Array, cuts: number[]): string {
  const decoder = new Utf8Chunks()
  let out = ''
  let from = 0
  for (const cut of [...cuts, input.length]) {
    out += decoder.decode(input.subarray(from, cut))
    from = cut
  }
  return out + decoder.end()
}

describe('UTF-8 chunks', () => {
  const text = 'tx 0xabc — 秘密鍵 é 🦊 end'
  const input = bytes(text)

  it('gives the same text wherever the input is cut once', () => {
    for (let cut = 0; cut <= input.length; cut++) expect(decodeCut(input, [cut])).toBe(text)
  })

  it('gives the same text cut into chunks of every size, ASCII chunks between the split characters', () => {
    for (let size = 1; size <= 6; size++) {
      const cuts = Array.from({ length: Math.floor(input.length / size) }, (_, i) => (i + 1) * size)
      expect(decodeCut(input, cuts)).toBe(text)
    }
  })

  it('a character cut off at the very end is said as U+FFFD, as a decoder would', () => {
    const fox = bytes('🦊')
    expect(decodeCut(fox.subarray(0, 2), [1])).toBe('\ufffd')
  })

  it('malformed input: a character started and never finished comes out where a whole-input decode puts it', () => {
    const broken = new Uint8Array([0x61, 0xe7, 0xa7, 0x62, 0x63, 0xc3, 0x64])
    const whole = new TextDecoder('utf-8', { ignoreBOM: true }).decode(broken)
    for (let cut = 0; cut <= broken.length; cut++) expect(decodeCut(broken, [cut])).toBe(whole)
    expect(decodeCut(broken, [1, 2, 3, 4, 5, 6])).toBe(whole)
  })

  it('any bytes, cut anywhere: the same text as one decode of the whole (seeded, 2,000 cases)', () => {
    let seed = 7
    // MINSTD: exact in doubles, the same cases every run.
    const random = (n: number) => (seed = (seed * 48271) % 2147483647) % n
    // ASCII, continuation bytes and lead bytes of every length, valid or not in any order.
    const pool = [0x61, 0x0a, 0x80, 0xa7, 0xbf, 0xc3, 0xe7, 0xf0, 0x9f, 0xf8]
    for (let round = 0; round < 2000; round++) {
      const input = new Uint8Array(Array.from({ length: 1 + random(12) }, () => pool[random(pool.length)] as number))
      const cuts = [...new Set(Array.from({ length: random(5) }, () => random(input.length + 1)))].sort((a, b) => a - b)
      expect(decodeCut(input, cuts)).toBe(new TextDecoder('utf-8', { ignoreBOM: true }).decode(input))
    }
  })

  it('keeps a byte-order mark, at the start or after ASCII chunks, as the text it is', () => {
    const marked = bytes('\ufefflog line\n\ufeffsecond')
    for (let cut = 0; cut <= marked.length; cut++) expect(decodeCut(marked, [cut])).toBe('\ufefflog line\n\ufeffsecond')
  })

  it('knows when bytes end inside a character', () => {
    expect(endsInsideCharacter(bytes('abc'))).toBe(false)
    expect(endsInsideCharacter(bytes('é'))).toBe(false)
    expect(endsInsideCharacter(bytes('é').subarray(0, 1))).toBe(true)
    expect(endsInsideCharacter(bytes('秘').subarray(0, 2))).toBe(true)
    expect(endsInsideCharacter(bytes('a🦊').subarray(0, 4))).toBe(true)
    expect(endsInsideCharacter(bytes('a🦊'))).toBe(false)
    expect(endsInsideCharacter(new Uint8Array([0x80, 0x80, 0x80, 0x80]))).toBe(false)
    expect(endsInsideCharacter(new Uint8Array())).toBe(false)
  })
})
