import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { english, generateMnemonic } from 'viem/accounts'
import { describe, expect, it } from 'vitest'
import { redactText } from '../../src/redact/redact.js'
import { runCli } from '../support/run-cli.js'

/** The command reads files 256 KiB at a time: a 3 MB log has phrases across 1 MiB boundaries, read-chunk boundaries too. */
const MiB = 1024 * 1024

function bigLog() {
  const phrases = [generateMnemonic(english), generateMnemonic(english), generateMnemonic(english)]
  const written = phrases.map(
    (p) =>
      `my recovery words:\n${p
        .split(' ')
        .map((w, i) => `${i + 1}. ${w}`)
        .join('\n')}\n`,
  )
  const filler = (length: number) => {
    const line = '2026-11-22T03:14:16.101Z WARN nonce 42 from 0x70997970C51812dc3A010C79C8b1f2Ec15Fc7DAb pending\n'
    return line.repeat(Math.ceil(length / line.length)).slice(0, length)
  }
  // Each phrase starts a little before a chunk boundary, so the boundary falls inside it.
  let text = ''
  for (const [i, phrase] of written.entries()) {
    const boundary = (i + 1) * MiB - (i === 1 ? 64 * 1024 : 0) // the second one at the streaming window's edge
    text += filler(boundary - 40 - text.length) + phrase
  }
  return { text: text + filler(200_000), phrases }
}

describe('support-doctor redact streams', () => {
  it('a file larger than the read chunk, phrases across chunk boundaries: same text as redacting it whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-stream-'))
    const { text, phrases } = bigLog()
    writeFileSync(join(dir, 'big.log'), text)
    const result = await runCli(['redact', join(dir, 'big.log'), '--out', join(dir, 'safe.log')])
    expect(result.code).toBe(0)
    const out = readFileSync(join(dir, 'safe.log'), 'utf8')
    expect(out).toBe(redactText(text).text)
    for (const phrase of phrases) expect(out).not.toContain(`\n7. ${phrase.split(' ')[6]}\n`)
    expect(out.match(/\[redacted: recovery phrase, 12 words\]/g)).toHaveLength(3)
    expect(result.stderr).toMatch(/Removed: recovery phrase ×3\./)
  })

  it('--json from stdin writes the text as one JSON string and counts the kinds', async () => {
    const { text } = bigLog()
    const result = await runCli(['redact', '--json'], { input: text })
    expect(result.code).toBe(0)
    const body = result.json()
    expect(body.text).toBe(redactText(text).text)
    expect(body.removed).toEqual({ 'seed-phrase': 3 })
  })
})
