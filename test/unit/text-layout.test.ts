import { Chalk } from 'chalk'
import { beforeAll, describe, expect, it } from 'vitest'
import { renderOutput } from '../../src/commands/export-output.js'
import { diagnoseTx } from '../../src/diagnose/diagnose-tx.js'
import type { Lang } from '../../src/i18n/catalog.js'
import { formatDuration } from '../../src/i18n/duration.js'
import { buildTxReport } from '../../src/report/build-tx-report.js'
import { reportOutput } from '../../src/report/report-output.js'
import { displayWidth } from '../../src/ui/text-width.js'
import { wrapText } from '../../src/ui/wrap-text.js'
import { gwei, HASH, pendingEvidence, SENDER } from '../support/evidence.js'
import { loadBothLanguages } from '../support/languages.js'

const plain = new Chalk({ level: 0 })
const colour = new Chalk({ level: 1 })

/** A stuck transaction's report: fee cap under the base fee, a nonce gap, a note with a long URL. */
function stuckReport(lang: Lang) {
  const evidence = pendingEvidence({ tx: { maxFeePerGas: gwei(15), nonce: 7 }, baseFee: gwei(20) })
  const report = buildTxReport(evidence, diagnoseTx(evidence), {
    lang,
    version: '0.0.0',
    environment: { os: 'linux', arch: 'x64', node: 'v20.19.0', wallet: 'MetaMask', browser: null },
    note:
      lang === 'ja'
        ? `送金が止まったままです。https://example.com/a/very/long/path/that/does/not/fit/on/any/narrow/line/at/all?x=${SENDER} を見ました`
        : `My transfer has been stuck since this morning; I looked at https://example.com/a/very/long/path/that/does/not/fit/on/any/narrow/line/at/all?x=${SENDER} and it says pending.`,
    tried: null,
    checkedAt: new Date('2026-11-23T07:00:00Z'),
  })
  return reportOutput({ report, feeChart: null }, { shortenAddresses: false, exitCode: 1 })
}

/** Every word of the unwrapped text, in order: wrapping may only move line breaks and spaces. */
const words = (text: string) => text.split(/\s+/).filter(Boolean)
/** Latin-script words (addresses, hashes, URLs, English words): each must come out whole. */
const latinWords = (text: string) => words(text).flatMap((w) => w.match(/[\x21-\x7e…]+/g) ?? [])

// These tests call the code that speaks directly, past the places that load a language.
beforeAll(loadBothLanguages)

describe('text wrapped for a terminal', () => {
  for (const lang of ['en', 'ja'] as const)
    for (const width of [40, 80, 120]) {
      it(`${lang} at ${width} columns: no line too long, no word broken, nothing lost`, async () => {
        const output = stuckReport(lang)
        const unwrapped = renderOutput(output, 'text', { style: plain, width: null })
        const text = renderOutput(output, 'text', { style: plain, width })
        await expect(text).toMatchFileSnapshot(`__golden__/stuck-${lang}-${width}.txt`)
        for (const line of text.split('\n')) {
          // Only a word wider than the line (a URL, a hash at 40 columns) may pass the edge, on a line of its own.
          if (displayWidth(line) > width) expect(words(line)).toHaveLength(1)
        }
        expect(text.replace(/\s+/g, '')).toBe(unwrapped.replace(/\s+/g, ''))
        const lineWords = new Set(text.split('\n').flatMap((line) => latinWords(line)))
        for (const word of latinWords(unwrapped)) expect(lineWords).toContain(word)
        expect(text).toContain(HASH)
        expect(text).toContain(SENDER)
      })
    }

  it('colour codes take no room and stay with their words', () => {
    const text = wrapText(`  1. ${colour.bold('Raise')} the fee ${colour.cyan('0x1234…abcd')} now please`, 20)
    for (const line of text.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(20)
    expect(text).toContain(colour.cyan('0x1234…abcd'))
  })

  it('numbered steps and findings hang under their own text', () => {
    const text = wrapText('  12. Open your wallet and speed the transaction up with a higher fee.', 30)
    const [first, ...rest] = text.split('\n')
    expect(first?.startsWith('  12. Open')).toBe(true)
    for (const line of rest) expect(line.startsWith('      ') && !line.startsWith('       ')).toBe(true)
  })

  it('labels keep their column when the value wraps', () => {
    const text = wrapText('Your note     one two three four five six seven eight nine', 30)
    for (const line of text.split('\n').slice(1)) expect(line.startsWith(' '.repeat(14))).toBe(true)
  })

  it('Japanese breaks between characters, never before 。 or inside an address', () => {
    const sentence = `ウォレットで ${SENDER} のトークンを追加してください。手数料を上げてください。`
    for (const width of [20, 30, 44, 50]) {
      const lines = wrapText(sentence, width).split('\n')
      for (const line of lines) {
        expect(line.trimStart().startsWith('。')).toBe(false)
        if (displayWidth(line) > width) expect(line.trim()).toBe(SENDER)
      }
      expect(lines.some((line) => line.includes(SENDER))).toBe(true)
    }
  })

  it('a URL longer than the line goes on a line of its own, unsplit', () => {
    const url = `https://explorer.example/address/${SENDER}?tab=tokens`
    const lines = wrapText(`See ${url} for the tokens.`, 40).split('\n')
    expect(lines).toContain(url)
  })

  it('no width: nothing is wrapped (a pipe)', () => {
    const long = 'word '.repeat(50)
    expect(wrapText(long, null)).toBe(long)
  })
})

describe('durations for people', () => {
  it.each([
    [40, '40 s', '40秒'],
    [180, '3 min', '3分'],
    [5 * 3600, '5 h', '5時間'],
    [12 * 86_400, '12 days', '12日'],
    [1_795_409_287, '57 years', '57年'],
  ])('%d s', (seconds, en, ja) => {
    expect(formatDuration(seconds, 'en')).toBe(en)
    expect(formatDuration(seconds, 'ja')).toBe(ja)
  })
})
