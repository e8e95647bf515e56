import { describe, expect, it } from 'vitest'
import { findingsJa } from '../../src/i18n/findings-ja.js'
import { faultReasonJa } from '../../src/i18n/fault-reason-ja.js'
import { describeHttpFault, type HttpFault } from '../../src/rpc/endpoint-errors.js'
import {
  faultWords,
  httpStatusWords,
  jsonRpcErrorWords,
  redirectWords,
  refusedWords,
} from '../../src/findings/fault-words.js'
import { plainTextContext } from '../support/text-context.js'

/** Latin words left once the names Japanese writes in Latin letters too (HTTP, JSON-RPC, a method) are taken out. */
const englishWords = (text: string) =>
  (text.replace(/HTTP|JSON-RPC|debug_\w+|eth_\w+/g, '').match(/[A-Za-z]{3,}/g) ?? []) as string[]

describe("an endpoint's fault, worded in Japanese", () => {
  it('every fixed fault word, and every template, is said without English words', () => {
    const said = [
      ...Object.values(faultWords),
      httpStatusWords(503),
      redirectWords(301, true),
      redirectWords(302, false),
      jsonRpcErrorWords(-32005),
      refusedWords('debug_traceTransaction', faultWords.timedOut),
      refusedWords('eth_getBalance', jsonRpcErrorWords(-32000)),
    ]
    for (const reason of said) {
      const ja = faultReasonJa(reason)
      expect(ja, reason).not.toBe(reason)
      expect(englishWords(ja), `${reason} → ${ja}`).toEqual([])
    }
    expect(faultReasonJa(httpStatusWords(429))).toBe('HTTP 429 エラー')
    expect(faultReasonJa(refusedWords('debug_traceTransaction', faultWords.timedOut))).toBe(
      'debug_traceTransaction を拒否しました(時間内に応答がありません)',
    )
  })

  it('covers what the transport reports for every kind of HTTP fault', () => {
    const faults: HttpFault[] = [
      { kind: 'connection' },
      { kind: 'status', status: 502, retryAfter: undefined },
      { kind: 'redirect', status: 307, toAnotherHost: true },
      { kind: 'too-large' },
      { kind: 'invalid-answer', detail: 'not JSON' },
    ]
    for (const fault of faults) {
      const reason = describeHttpFault(fault)
      expect(englishWords(faultReasonJa(reason)), reason).toEqual([])
    }
  })

  it('shows words it does not know as they are, rather than losing them', () => {
    expect(faultReasonJa('something new')).toBe('something new')
  })

  it('rpc.unreachable says the fault in Japanese', () => {
    const detail = findingsJa['rpc.unreachable'](
      { chainId: 1, endpoint: 'https://a.example', reason: faultWords.timedOut },
      plainTextContext,
    ).detail
    expect(detail).toContain('時間内に応答がありません')
    expect(detail).not.toContain('timed out')
  })
})
