import { beforeAll, describe, expect, it } from 'vitest'
import { diagnoseTx } from '../../src/diagnose/diagnose-tx.js'
import type { TxEvidence } from '../../src/evidence/schema.js'
import { describeFinding } from '../../src/report/build-report.js'
import { pendingEvidence } from '../support/evidence.js'
import { loadBothLanguages } from '../support/languages.js'

/** A hash no endpoint knows, its sender and nonce remembered; the account has `mined` nonces mined. */
function droppedAt(nonce: number, mined: number): TxEvidence {
  const base = pendingEvidence()
  return {
    ...base,
    sender: { from: base.sender!.from, nonce, source: 'memory' },
    context: {
      ...base.context!,
      tx: null,
      receipt: null,
      nonces: { address: base.sender!.from, latest: mined, pending: mined },
    },
  }
}

const dropped = (evidence: TxEvidence) => diagnoseTx(evidence).findings.find((f) => f.code === 'tx.dropped')

beforeAll(loadBothLanguages)

describe('a dropped transaction behind unmined nonces', () => {
  it('names the earliest unmined nonce, and says to send it first, before "safe to send again"', () => {
    const finding = dropped(droppedAt(3, 1))
    expect(finding?.data).toMatchObject({ nonce: 3, earliestUnmined: 1 })
    for (const lang of ['en', 'ja'] as const) {
      const steps = describeFinding(finding!, lang).steps
      expect(steps[0]).toMatch(lang === 'en' ? /nonce 1 \(and those up to 2\)/ : /ノンス 1\(から 2 まで\)/)
      expect(steps.findIndex((s) => /safe to send again|もう一度送っても安全/.test(s))).toBe(1)
    }
  })

  it('with no gap, none of that', () => {
    const finding = dropped(droppedAt(3, 3))
    expect(finding?.data).toMatchObject({ earliestUnmined: null })
    expect(describeFinding(finding!, 'en').steps[0]).not.toMatch(/not mined/)
  })
})
