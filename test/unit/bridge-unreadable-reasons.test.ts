import { describe, expect, it } from 'vitest'
import { DoctorError } from '../../src/errors/doctor-error.js'
import { bridgeUnreadableError, unreadableReasonOf } from '../../src/errors/bridge-errors.js'
import { unreadableReasons } from '../../src/findings/bridge-data.js'
import { findingsEn } from '../../src/i18n/findings-en.js'
import { findingsJa } from '../../src/i18n/findings-ja.js'
import { bridgeSamples } from '../support/bridge-samples.js'
import { plainTextContext } from '../support/text-context.js'

// Why a bridge transfer's destination could not tell (src/findings/bridge-data.ts): each reason is
// said in the reader's language; an endpoint's fault, in the report's words for one, as it is.

const ctx = plainTextContext
const detail = (texts: typeof findingsEn, reason: string | null) =>
  texts['bridge.deposit']({ ...bridgeSamples['bridge.deposit'], unreadableReason: reason }, ctx).detail
const inParentheses = (text: string, open: string, close: string) =>
  text.slice(text.indexOf(open) + open.length, text.indexOf(close, text.indexOf(open)))

describe('an unreadable bridge transfer', () => {
  for (const reason of unreadableReasons) {
    it(`${reason}: a sentence in English and one in Japanese, never the code`, () => {
      const en = inParentheses(detail(findingsEn, reason), 'usable answer (', ').')
      const ja = inParentheses(detail(findingsJa, reason), 'ありませんでした(', ')。')
      expect(en).not.toContain(reason)
      expect(en).toMatch(/^[a-z][a-zA-Z0-9 ;'.()-]+$/)
      expect(ja).not.toContain(reason)
      // Japanese throughout: no English words beyond the names of things (L2).
      expect(ja.replace(/L2/g, '')).not.toMatch(/[A-Za-z]{2,}/)
      expect(ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/)
    })
  }

  it("an endpoint's fault is said as the report words it, in Japanese as rpc.unreachable says it", () => {
    expect(detail(findingsEn, 'HTTP 503')).toContain('(HTTP 503)')
    expect(detail(findingsJa, 'HTTP 503')).toContain('(HTTP 503 エラー)')
    expect(detail(findingsEn, 'timed out')).toContain('(timed out)')
    expect(detail(findingsJa, 'timed out')).toContain('(時間内に応答がありません)')
  })

  it('no reason at all is said as such', () => {
    expect(detail(findingsEn, null)).toContain('(no reason given)')
    expect(detail(findingsJa, null)).toContain('(理由不明)')
  })
})

describe('the error a follow-up throws when it cannot tell', () => {
  it('is the one error type, and carries its reason back out', () => {
    const error = bridgeUnreadableError('search-cut-short', 'the log search stopped at block 9')
    expect(error).toBeInstanceOf(DoctorError)
    expect(error.details).toBe('the log search stopped at block 9')
    expect(unreadableReasonOf(error)).toBe('search-cut-short')
  })

  it('gives no reason for any other error', () => {
    expect(unreadableReasonOf(new Error('bridge.search-cut-short'))).toBeUndefined()
    expect(unreadableReasonOf('search-cut-short')).toBeUndefined()
  })
})

describe('a deposit whose call failed on L2', () => {
  it('points to the L2 transaction and what each kind of deposit allows, not "check the recipient"', () => {
    for (const texts of [findingsEn, findingsJa]) {
      const failed = texts['bridge.delivered']({ ...bridgeSamples['bridge.delivered'], destinationReverted: true }, ctx)
      expect(failed.title).toMatch(/failed|失敗/)
      expect(failed.steps.join(' ')).toMatch(/replayed on the L2 messenger|メッセンジャーで再実行/)
      expect(failed.steps.join(' ')).not.toMatch(/check the recipient|受取先アドレスを確認/)
      const fine = texts['bridge.delivered']({ ...bridgeSamples['bridge.delivered'], destinationReverted: false }, ctx)
      expect(fine.steps.join(' ')).toMatch(/recipient|受取先/)
    }
  })
})
