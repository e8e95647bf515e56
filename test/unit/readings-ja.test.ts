import { describe, expect, it } from 'vitest'
import { endpointReadingSchema, type EndpointReading } from '../../src/findings/reading-data.js'
import { findingsEn } from '../../src/i18n/findings-en.js'
import { findingsJa } from '../../src/i18n/findings-ja.js'
import { readingJa } from '../../src/i18n/readings-ja.js'
import { plainTextContext } from '../support/text-context.js'

// What each endpoint answered, in `rpc.disagreement`: the English `said` is data for logs and
// matching; a Japanese report words the answer from its reading (src/i18n/readings-ja.ts).
const HASH = `0x${'ab'.repeat(32)}`
const ADDRESS = `0x${'12'.repeat(20)}`
const bridge = (state: Extract<EndpointReading, { kind: 'bridge' }>['state'], more: object = {}): EndpointReading => ({
  kind: 'bridge',
  state,
  txHash: null,
  stage: null,
  action: null,
  reason: null,
  ...more,
})

/** One reading of every kind, and a bridge transfer in every state. */
const samples: Record<string, EndpointReading> = {
  receipt: {
    kind: 'receipt',
    status: 'reverted',
    blockNumber: '120',
    blockHash: HASH,
    logCount: 3,
    logsDigest: HASH,
  },
  'no-receipt': { kind: 'no-receipt' },
  nonce: { kind: 'nonce', nonce: 7, atBlock: '120' },
  gateway: { kind: 'gateway', gateway: ADDRESS, counterpart: null },
  holdings: { kind: 'holdings', atBlock: '120', balance: '5', nonce: 2, token: { hasCode: true, balance: null } },
  'holdings, no token contract': {
    kind: 'holdings',
    atBlock: '120',
    balance: '5',
    nonce: 2,
    token: { hasCode: false, balance: null },
  },
  outflow: {
    kind: 'outflow',
    hash: HASH,
    from: ADDRESS,
    to: null,
    status: 'success',
    blockNumber: '120',
    logsDigest: HASH,
  },
  'unknown-transaction': { kind: 'unknown-transaction', hash: HASH },
  head: { kind: 'head', headBlock: '100', ageSeconds: 5, receiptBlock: null, nonce: null },
  'head, with the receipt beyond the others': {
    kind: 'head',
    headBlock: '1100',
    ageSeconds: null,
    receiptBlock: '1090',
    nonce: null,
  },
  'head, with the nonce beyond the others': {
    kind: 'head',
    headBlock: '1100',
    ageSeconds: 3600,
    receiptBlock: null,
    nonce: 8,
  },
  logs: { kind: 'logs', fromBlock: '10', toBlock: '98', count: 4, digest: HASH },
  decimals: { kind: 'decimals', decimals: 6 },
  'decimals, not answered': { kind: 'decimals', decimals: null },
  coin: {
    kind: 'coin',
    fromBlock: '9',
    toBlock: '98',
    startBalance: '100',
    startNonce: 0,
    endBalance: '0',
    endNonce: 3,
  },
  delivered: bridge('delivered', { txHash: HASH }),
  'in-flight': bridge('in-flight', { stage: 'challenge-period' }),
  'action-needed': bridge('action-needed', { action: 'finalize' }),
  refunded: bridge('refunded'),
  expired: bridge('expired'),
  'no-endpoint': bridge('no-endpoint'),
  unreadable: bridge('unreadable', { reason: 'endpoints-disagree' }),
}

/** Latin words left once hashes, addresses and numbers are taken out (a few names are written in Latin letters in Japanese too). */
const englishWords = (text: string) =>
  (text.replace(/0x[0-9a-f]+…?/gi, '').match(/[A-Za-z]{3,}/g) ?? []).filter(
    (word) => !['Prove', 'Finalize', 'Redeem', 'ERC'].includes(word),
  )

describe('what each endpoint answered, worded in Japanese', () => {
  it('every kind of reading is valid finding data and is said without English words', () => {
    const kinds = endpointReadingSchema().options.map((option) => option.shape.kind.value)
    expect(new Set(Object.values(samples).map((r) => r.kind))).toEqual(new Set(kinds))
    for (const [name, reading] of Object.entries(samples)) {
      expect(endpointReadingSchema().safeParse(reading).success, name).toBe(true)
      const text = readingJa(reading)
      expect(text.length, name).toBeGreaterThan(0)
      expect(englishWords(text), `${name}: ${text}`).toEqual([])
    }
  })

  it('tells the answers apart: status, block, who sent it, the state of a transfer', () => {
    expect(readingJa(samples.receipt!)).toContain('ブロック 120')
    expect(readingJa(samples.receipt!)).toContain('失敗(リバート)')
    expect(readingJa(samples.outflow!)).toContain(`送信者 ${ADDRESS}`)
    expect(readingJa(samples.outflow!)).toContain('新しいコントラクト')
    expect(readingJa(samples.delivered!)).toBe(`${HASH} で到着済み`)
    expect(readingJa(samples['in-flight']!)).toBe('転送中(チャレンジ期間中)')
    // A code the table does not know yet is shown as it is, not dropped.
    expect(readingJa(bridge('in-flight', { stage: 'new-stage' }))).toBe('転送中(new-stage)')
  })

  it('the disagreement finding: Japanese from the readings, English from `said`', () => {
    const data = {
      chainId: 1,
      fact: 'receipt' as const,
      answers: [
        { endpoint: 'https://a.example', said: 'no receipt', reading: samples['no-receipt']! },
        {
          endpoint: 'https://b.example',
          said: `reverted in block 120 (${HASH.slice(0, 10)}…), 3 logs ${HASH.slice(0, 10)}…`,
          reading: samples.receipt!,
        },
      ],
      majority: false,
    }
    const ja = findingsJa['rpc.disagreement'](data, plainTextContext).detail
    expect(ja).toContain('https://a.example の応答:レシートなし')
    expect(ja).toContain(`https://b.example の応答:${readingJa(samples.receipt!)}`)
    // The test context names chains in English (`chain 1`); the rest is the catalog's.
    expect(englishWords(ja.replace(/https:\/\/[a-z.]+|chain \d+/g, ''))).toEqual([])
    const en = findingsEn['rpc.disagreement'](data, plainTextContext).detail
    expect(en).toContain('https://a.example said no receipt')
  })

  it('next steps that fit what is disputed: a transaction, what an address holds, or its history', () => {
    const steps = (fact: 'receipt' | 'balance' | 'transfers' | 'logs' | 'coin') =>
      [findingsEn, findingsJa].map((texts) =>
        texts['rpc.disagreement']({ chainId: 1, fact, answers: [], majority: false }, plainTextContext).steps.join(' '),
      )
    expect(steps('receipt')[0]).toContain('Do not send the transaction again')
    for (const fact of ['balance', 'transfers'] as const) {
      const [en, ja] = steps(fact)
      expect(en).toContain('where your tokens are')
      expect(en).not.toContain('send the transaction')
      expect(ja).toContain('トークンの所在')
    }
    for (const fact of ['logs', 'coin'] as const) {
      const [en, ja] = steps(fact)
      expect(en).toContain('do not take this network as safe')
      expect(ja).toContain('安全だとは考えないでください')
    }
  })
})
