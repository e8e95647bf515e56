import { describe, expect, it } from 'vitest'
import { diagnoseTx, exitCodeFor } from '../../src/diagnose/diagnose-tx.js'
import * as z from 'zod'
import { txEvidenceSchema, type EndpointView, type TxEvidence } from '../../src/evidence/schema.js'
import { findingRegistry } from '../../src/findings/registry.js'
import { pendingEvidence } from '../support/evidence.js'

const view = (endpoint: string, overrides: Partial<EndpointView> = {}): EndpointView => ({
  chainId: 1,
  endpoint,
  headBlock: 100n,
  headTimestamp: null,
  knowsTx: true,
  receipt: null,
  nonces: null,
  ...overrides,
})
const receipt = (status: 'success' | 'reverted', logsDigest = `0x${'11'.repeat(32)}` as const) => ({
  status,
  blockNumber: 90n,
  blockHash: `0x${'22'.repeat(32)}` as const,
  logCount: 1,
  logsDigest,
})
const withViews = (views: EndpointView[], base: TxEvidence = pendingEvidence()): TxEvidence => ({
  ...base,
  endpointViews: views,
})
const codes = (evidence: TxEvidence) => diagnoseTx(evidence).findings.map((f) => f.code)
/** The evidence as the gatherer writes it when it took a receipt: the context holds it, read at `head`. */
const minedIn = (blockNumber: bigint, evidence: TxEvidence, head = blockNumber): TxEvidence => ({
  ...evidence,
  context: {
    ...evidence.context!,
    head: { ...evidence.context!.head, number: head },
    receipt: {
      status: 'success',
      blockNumber,
      blockHash: `0x${'22'.repeat(32)}`,
      gasUsed: 21_000n,
      effectiveGasPrice: 1n,
      logCount: 1,
      logs: [],
    },
  },
})
/** … and when it took the sender's nonce (nothing mined): the count, read at `atBlock`. */
const nonceTaken = (latest: number, atBlock: bigint, evidence: TxEvidence): TxEvidence => ({
  ...evidence,
  context: {
    ...evidence.context!,
    head: { ...evidence.context!.head, number: atBlock },
    nonces: { ...evidence.context!.nonces!, latest },
  },
})

describe('cross-checked verdicts (pure rules over what each endpoint said)', () => {
  it('an endpoint more than two blocks behind that does not know it is rpc.stale, naming it and the freshest head; two blocks is not', () => {
    const evidence = withViews([
      view('https://a'),
      view('https://b', { headBlock: 97n, knowsTx: false }),
      view('https://c', { headBlock: 98n, knowsTx: false }),
    ])
    const stale = diagnoseTx(evidence).findings.filter((f) => f.code === 'rpc.stale')
    expect(stale).toEqual([
      {
        code: 'rpc.stale',
        severity: 'warning',
        data: { chainId: 1, endpoint: 'https://b', headBlock: '97', ageSeconds: null, freshestBlock: '100' },
      },
    ])
  })

  it('one behind that knew the transaction is not named: its answer counted (a fast endpoint read before a slow one)', () => {
    const evidence = withViews([view('https://slow', { headBlock: 856n }), view('https://fast', { headBlock: 853n })])
    expect(codes(evidence)).not.toContain('rpc.stale')
  })

  it('two endpoints with different receipts: rpc.disagreement (critical), status undetermined, exit 3, no outcome', () => {
    const evidence = withViews([
      view('https://a', { receipt: receipt('success') }),
      view('https://b', { receipt: receipt('reverted') }),
    ])
    const diagnosis = diagnoseTx(evidence)
    expect(diagnosis.status).toBe('undetermined')
    expect(exitCodeFor(diagnosis)).toBe(3)
    expect(diagnosis.findings.map((f) => f.code)).toEqual(['rpc.disagreement'])
    expect(diagnosis.findings[0]).toMatchObject({ severity: 'critical', data: { fact: 'receipt', majority: false } })
    // Who said what, as data each language words (and valid finding data, as the report's schema has it).
    const data = findingRegistry['rpc.disagreement'].data.parse(diagnosis.findings[0]!.data)
    expect(data.answers.map((a) => a.reading)).toEqual([
      {
        kind: 'receipt',
        status: 'success',
        blockNumber: '90',
        blockHash: `0x${'22'.repeat(32)}`,
        logCount: 1,
        logsDigest: `0x${'11'.repeat(32)}`,
      },
      {
        kind: 'receipt',
        status: 'reverted',
        blockNumber: '90',
        blockHash: `0x${'22'.repeat(32)}`,
        logCount: 1,
        logsDigest: `0x${'11'.repeat(32)}`,
      },
    ])
  })

  it('same status, logs removed by one: still a disagreement', () => {
    const evidence = withViews([
      view('https://a', { receipt: receipt('success') }),
      view('https://b', { receipt: receipt('success', `0x${'33'.repeat(32)}`) }),
    ])
    expect(diagnoseTx(evidence).status).toBe('undetermined')
  })

  it('an endpoint that has not reached the receipt block does not count as saying "not mined"', () => {
    const evidence = minedIn(
      90n,
      withViews([
        view('https://a', { receipt: receipt('success') }),
        view('https://b', { headBlock: 89n, knowsTx: false }),
      ]),
      100n,
    )
    expect(codes(evidence)).not.toContain('rpc.disagreement')
  })

  it('a majority of three: the verdict stands, the disagreement is a warning', () => {
    const evidence = withViews([
      view('https://a', { receipt: receipt('success') }),
      view('https://b', { receipt: receipt('success') }),
      view('https://c', { receipt: receipt('reverted') }),
    ])
    const diagnosis = diagnoseTx(evidence)
    expect(diagnosis.status).toBe('pending') // the evidence's own context (a pending fixture) stands
    expect(diagnosis.findings.find((f) => f.code === 'rpc.disagreement')).toMatchObject({
      severity: 'warning',
      data: { majority: true },
    })
  })

  it('nonces: a later head with a higher count is honest progress; the same head with another count, or a later head with a lower one, is not', () => {
    const nonce = (latest: number, atBlock: bigint) => ({ nonces: { latest, atBlock } })
    expect(codes(withViews([view('https://a', nonce(5, 100n)), view('https://b', nonce(6, 101n))]))).not.toContain(
      'rpc.disagreement',
    )
    const split = diagnoseTx(withViews([view('https://a', nonce(5, 100n)), view('https://b', nonce(7, 100n))]))
    expect(split.status).toBe('undetermined')
    const data = findingRegistry['rpc.disagreement'].data.parse(
      split.findings.find((f) => f.code === 'rpc.disagreement')!.data,
    )
    expect(data.answers.map((a) => a.reading)).toEqual([
      { kind: 'nonce', nonce: 5, atBlock: '100' },
      { kind: 'nonce', nonce: 7, atBlock: '100' },
    ])
    expect(diagnoseTx(withViews([view('https://a', nonce(5, 101n)), view('https://b', nonce(7, 100n))])).status).toBe(
      'undetermined',
    )
  })

  it('remembered as mined and unknown to every endpoint now: undetermined with tx.seen-mined, never dropped', () => {
    const base = pendingEvidence()
    const evidence: TxEvidence = {
      ...base,
      sender: { from: base.sender!.from, nonce: 3, source: 'memory' },
      memory: { firstSeenAt: '2026-01-01T00:00:00.000Z', lastStatus: 'confirmed', chainId: 1 },
      context: {
        ...base.context!,
        tx: null,
        receipt: null,
        nonces: { address: base.sender!.from, latest: 3, pending: 3 },
      },
    }
    const diagnosis = diagnoseTx(evidence)
    expect(diagnosis.status).toBe('undetermined')
    expect(diagnosis.findings.map((f) => f.code)).toEqual(['tx.seen-mined'])
    // The same evidence without the memory is what the old code said: "dropped, safe to send again".
    expect(diagnoseTx({ ...evidence, memory: null }).status).toBe('dropped')
  })
})

describe("a head far beyond every other endpoint is one endpoint's word", () => {
  // pendingEvidence() is gathered at unix time 1_700_000_012.
  const gatheredAt = 1_700_000_012n
  const made = (secondsBefore: number) => ({ headTimestamp: gatheredAt - BigInt(secondsBefore) })
  const farReceipt = { ...receipt('success'), blockNumber: 1090n }
  const disputeOf = (evidence: TxEvidence) => diagnoseTx(evidence).findings.find((f) => f.code === 'rpc.disagreement')
  /** The first endpoint's receipt taken, as the gatherer takes the only one there is. */
  const chosenReceipt = (views: EndpointView[], base?: TxEvidence) =>
    minedIn(views[0]!.receipt!.blockNumber, withViews(views, base), views[0]!.headBlock)

  it('a receipt in blocks no other endpoint has reached, the other one current by the clock: no verdict, exit 3, nobody called stale', () => {
    const evidence = chosenReceipt([
      view('https://far', { headBlock: 1100n, receipt: farReceipt }),
      view('https://current', { headBlock: 100n, knowsTx: false, ...made(5) }),
    ])
    const diagnosis = diagnoseTx(evidence)
    expect(diagnosis.status).toBe('undetermined')
    expect(exitCodeFor(diagnosis)).toBe(3)
    expect(diagnosis.findings.map((f) => f.code)).not.toContain('rpc.stale')
    const dispute = disputeOf(evidence)!
    expect(dispute).toMatchObject({ severity: 'critical', data: { fact: 'head', majority: false } })
    const data = findingRegistry['rpc.disagreement'].data.parse(dispute.data)
    expect(data.answers).toEqual([
      {
        endpoint: 'https://far',
        said: 'head at block 1100, with the transaction mined in block 1090',
        reading: { kind: 'head', headBlock: '1100', ageSeconds: null, receiptBlock: '1090', nonce: null },
      },
      {
        endpoint: 'https://current',
        said: 'head at block 100 (5 s old)',
        reading: { kind: 'head', headBlock: '100', ageSeconds: 5, receiptBlock: null, nonce: null },
      },
    ])
  })

  it('an endpoint whose age could not be read is not shown stale either', () => {
    const evidence = chosenReceipt([
      view('https://far', { headBlock: 1100n, receipt: farReceipt }),
      view('https://unknown-age', { headBlock: 100n, knowsTx: false }),
    ])
    expect(diagnoseTx(evidence).status).toBe('undetermined')
  })

  it('the other endpoint an hour old by its own head: stale, and the fresh receipt stands', () => {
    const evidence = chosenReceipt([
      view('https://fresh', { headBlock: 1100n, receipt: farReceipt }),
      view('https://old', { headBlock: 100n, knowsTx: false, ...made(3600) }),
    ])
    const diagnosis = diagnoseTx(evidence)
    expect(diagnosis.status).toBe('confirmed')
    expect(disputeOf(evidence)).toBeUndefined()
    expect(diagnosis.findings.find((f) => f.code === 'rpc.stale')?.data).toEqual({
      chainId: 1,
      endpoint: 'https://old',
      headBlock: '100',
      ageSeconds: 3600,
      freshestBlock: '1100',
    })
  })

  it('an endpoint behind by no more blocks than the chain can have made since its head: simply behind, and named so', () => {
    // Ethereum makes a block every 12 s: a head a minute old may lack 5 blocks, not 50.
    const behindBy = (blocks: bigint) =>
      chosenReceipt([
        view('https://fresh', { headBlock: 100n + blocks, receipt: { ...farReceipt, blockNumber: 100n + blocks } }),
        view('https://lagging', { headBlock: 100n, knowsTx: false, ...made(60) }),
      ])
    expect(disputeOf(behindBy(5n))).toBeUndefined()
    expect(diagnoseTx(behindBy(5n)).findings.find((f) => f.code === 'rpc.stale')?.data).toMatchObject({
      endpoint: 'https://lagging',
      ageSeconds: 60,
      freshestBlock: '105',
    })
    expect(disputeOf(behindBy(7n))).toBeUndefined()
    expect(disputeOf(behindBy(8n))).toMatchObject({ data: { fact: 'head' } })
    expect(disputeOf(behindBy(50n))).toMatchObject({ data: { fact: 'head' } })
  })

  it("the pace is the chain's: twenty blocks in five seconds on Arbitrum, none beyond propagation on a node that mines when asked", () => {
    const on = (chainId: number) =>
      chosenReceipt(
        [
          view('https://fresh', { chainId, headBlock: 120n, receipt: { ...farReceipt, blockNumber: 120n } }),
          view('https://lagging', { chainId, headBlock: 100n, knowsTx: false, ...made(5) }),
        ],
        pendingEvidence({ chainId }),
      )
    expect(disputeOf(on(42161))).toBeUndefined()
    expect(disputeOf(on(1))).toMatchObject({ data: { fact: 'head' } })
    expect(disputeOf(on(31337))).toMatchObject({ data: { fact: 'head' } })
  })

  it("a receipt within a couple of blocks of another endpoint's head is ordinary propagation", () => {
    const evidence = chosenReceipt([
      view('https://a', { headBlock: 103n, receipt: { ...receipt('success'), blockNumber: 102n } }),
      view('https://b', { headBlock: 100n, knowsTx: false, ...made(5) }),
    ])
    expect(disputeOf(evidence)).toBeUndefined()
  })

  it("a far-off head whose receipt sits within the others' heads: no dispute on the head, and the others are not behind", () => {
    const evidence = minedIn(
      90n,
      withViews([
        view('https://far', { headBlock: 1100n, receipt: receipt('success') }),
        view('https://a', { headBlock: 100n, receipt: receipt('success'), ...made(5) }),
        view('https://b', { headBlock: 99n, receipt: receipt('success'), ...made(17) }),
      ]),
      100n,
    )
    const codesFound = codes(evidence)
    expect(codesFound).not.toContain('rpc.disagreement')
    expect(codesFound).not.toContain('rpc.stale')
  })

  it('two current endpoints against one far ahead: still no verdict on its word (heads are never a majority)', () => {
    const evidence = chosenReceipt([
      view('https://far', { headBlock: 1100n, receipt: farReceipt }),
      view('https://a', { headBlock: 100n, knowsTx: false, ...made(5) }),
      view('https://b', { headBlock: 100n, knowsTx: false, ...made(5) }),
    ])
    expect(diagnoseTx(evidence).status).toBe('undetermined')
    expect(codes(evidence)).not.toContain('rpc.stale')
  })

  it('a nonce that moved on only in blocks beyond the others: disputed; the same nonce there is not', () => {
    const nonce = (latest: number, atBlock: bigint) => ({ nonces: { latest, atBlock } })
    const movedOn = nonceTaken(
      8,
      1100n,
      withViews([
        view('https://far', { headBlock: 1100n, knowsTx: false, ...nonce(8, 1100n) }),
        view('https://a', { headBlock: 100n, knowsTx: false, ...nonce(3, 100n), ...made(5) }),
      ]),
    )
    expect(diagnoseTx(movedOn).status).toBe('undetermined')
    expect(disputeOf(movedOn)?.data.answers[0]).toMatchObject({
      said: "head at block 1100, with the sender's nonce at 8",
    })
    const same = nonceTaken(
      3,
      1100n,
      withViews([
        view('https://far', { headBlock: 1100n, knowsTx: false, ...nonce(3, 1100n) }),
        view('https://a', { headBlock: 100n, knowsTx: false, ...nonce(3, 100n), ...made(5) }),
      ]),
    )
    expect(disputeOf(same)).toBeUndefined()
  })
})

describe('only endpoints at the trusted head vote', () => {
  const made = (secondsBefore: number) => ({ headTimestamp: 1_700_000_012n - BigInt(secondsBefore) })
  const disputeOf = (evidence: TxEvidence) => diagnoseTx(evidence).findings.find((f) => f.code === 'rpc.disagreement')

  it('a stale endpoint does not vote with a liar on the nonce: no "dropped" from their two voices', () => {
    const base = pendingEvidence()
    const nonce = (latest: number, atBlock: bigint) => ({ nonces: { latest, atBlock } })
    // The liar was chosen: its nonce 3 (unused) is the evidence's own; alone, that is "dropped".
    const unknownHash: TxEvidence = {
      ...base,
      sender: { from: base.sender!.from, nonce: 3, source: 'flags' },
      context: {
        ...base.context!,
        tx: null,
        receipt: null,
        nonces: { address: base.sender!.from, latest: 3, pending: 3 },
      },
    }
    expect(diagnoseTx(unknownHash).status).toBe('dropped')
    const evidence = withViews(
      [
        view('https://liar', { knowsTx: false, ...nonce(3, 100n) }),
        view('https://honest', { knowsTx: false, ...nonce(4, 100n), ...made(5) }),
        view('https://stale', { headBlock: 50n, knowsTx: false, ...nonce(3, 50n), ...made(86_400) }),
      ],
      unknownHash,
    )
    const diagnosis = diagnoseTx(evidence)
    expect(diagnosis.status).toBe('undetermined')
    expect(disputeOf(evidence)).toMatchObject({ severity: 'critical', data: { fact: 'nonce', majority: false } })
    // Two endpoints at the head against one: their answer stands (a warning), the stale one aside.
    const outvoted = withViews(
      [
        view('https://liar', { knowsTx: false, ...nonce(4, 100n) }),
        view('https://a', { knowsTx: false, ...nonce(3, 100n), ...made(5) }),
        view('https://b', { knowsTx: false, ...nonce(3, 101n), ...made(5) }),
        view('https://stale', { headBlock: 50n, knowsTx: false, ...nonce(2, 50n), ...made(86_400) }),
      ],
      unknownHash,
    )
    expect(diagnoseTx(outvoted).status).toBe('dropped')
    expect(disputeOf(outvoted)).toMatchObject({ severity: 'warning', data: { fact: 'nonce', majority: true } })
  })

  it("the evidence's own count read behind the head, while an endpoint at the head gives another: no verdict", () => {
    const nonce = (latest: number, atBlock: bigint) => ({ nonces: { latest, atBlock } })
    // A liar listed first (so taken) reads the nonce at block 40 and gives 3: alone, "dropped".
    const evidence = nonceTaken(
      3,
      40n,
      withViews([
        view('https://liar', { knowsTx: false, ...nonce(3, 40n) }),
        view('https://honest', { knowsTx: false, ...nonce(4, 100n), ...made(5) }),
      ]),
    )
    expect(diagnoseTx(evidence).status).toBe('undetermined')
    expect(disputeOf(evidence)).toMatchObject({ data: { fact: 'nonce', majority: false } })
  })

  it('one endpoint at the head against one behind with a higher count: one voice is no majority', () => {
    const nonce = (latest: number, atBlock: bigint) => ({ nonces: { latest, atBlock } })
    const evidence = nonceTaken(
      3,
      100n,
      withViews([
        view('https://a', { knowsTx: false, ...nonce(3, 100n) }),
        view('https://b', { headBlock: 50n, knowsTx: false, ...nonce(5, 50n), ...made(86_400) }),
      ]),
    )
    expect(disputeOf(evidence)).toMatchObject({ severity: 'critical', data: { fact: 'nonce', majority: false } })
    expect(diagnoseTx(evidence).status).toBe('undetermined')
  })
})

describe("review cases: the verdict's own answer decides, the clock and the pace are the chain's", () => {
  const made = (secondsBefore: number) => ({ headTimestamp: 1_700_000_012n - BigInt(secondsBefore) })
  const nonce = (latest: number, atBlock: bigint) => ({ nonces: { latest, atBlock } })
  const disputeOf = (evidence: TxEvidence) => diagnoseTx(evidence).findings.find((f) => f.code === 'rpc.disagreement')

  it('a nonce that moved on far beyond, where the endpoint at the head could not read its own: disputed', () => {
    const evidence = nonceTaken(
      8,
      1100n,
      withViews([
        view('https://far', { headBlock: 1100n, knowsTx: false, ...nonce(8, 1100n) }),
        view('https://current', { headBlock: 100n, knowsTx: false, ...made(5) }),
      ]),
    )
    expect(diagnoseTx(evidence).status).toBe('undetermined')
    expect(disputeOf(evidence)).toMatchObject({ data: { fact: 'head' } })
  })

  it('on a fast chain, round two reads blocks past round one: an endpoint simply behind is no dispute', () => {
    // Arbitrum: the chosen endpoint was at 120 in round one and read the nonce at 126; the other is 5 s old.
    const evidence = nonceTaken(
      4,
      126n,
      withViews(
        [
          view('https://a', { chainId: 42161, headBlock: 120n, knowsTx: true, ...nonce(4, 126n) }),
          view('https://b', { chainId: 42161, headBlock: 100n, knowsTx: false, ...nonce(3, 101n), ...made(5) }),
        ],
        pendingEvidence({ chainId: 42161 }),
      ),
    )
    expect(disputeOf(evidence)).toBeUndefined()
  })

  it("a far-off receipt the verdict does not use: the majority's receipt stands, with the dispute a warning", () => {
    const evidence = minedIn(
      90n,
      withViews([
        view('https://a', { receipt: receipt('success'), ...made(5) }),
        view('https://b', { receipt: receipt('success'), ...made(5) }),
        view('https://far', { headBlock: 1100n, receipt: { ...receipt('reverted'), blockNumber: 1090n } }),
      ]),
      100n,
    )
    const diagnosis = diagnoseTx(evidence)
    expect(diagnosis.status).toBe('confirmed')
    expect(diagnosis.findings.filter((f) => f.code === 'rpc.disagreement')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        data: expect.objectContaining({ fact: 'receipt', majority: true }),
      }),
    ])
  })

  it('one endpoint: its word is all there is, however far its head', () => {
    const evidence = minedIn(1090n, withViews([view('https://only', { headBlock: 1100n })]), 1100n)
    expect(diagnoseTx(evidence).status).toBe('confirmed')
  })

  it('ten minutes is the line between a stale head and a current one (a node that mines when asked has no pace)', () => {
    const at = (age: number) =>
      minedIn(
        1090n,
        withViews(
          [
            view('https://far', { chainId: 31337, headBlock: 1100n }),
            view('https://other', { chainId: 31337, headBlock: 100n, knowsTx: false, ...made(age) }),
          ],
          pendingEvidence({ chainId: 31337 }),
        ),
        1100n,
      )
    expect(disputeOf(at(600))).toMatchObject({ data: { fact: 'head' } })
    expect(disputeOf(at(601))).toBeUndefined()
  })

  it('a chain the registry does not list counts as a fast one: a few blocks behind a second ago is simply behind', () => {
    const evidence = minedIn(
      103n,
      withViews(
        [
          view('https://a', { chainId: 5000, headBlock: 103n }),
          view('https://b', { chainId: 5000, headBlock: 100n, knowsTx: false, ...made(1) }),
        ],
        pendingEvidence({ chainId: 5000 }),
      ),
      103n,
    )
    expect(disputeOf(evidence)).toBeUndefined()
  })

  it('evidence written before head times were read still loads; an endpoint behind is then of unknown age', () => {
    const evidence = minedIn(
      1090n,
      withViews([
        view('https://far', { headBlock: 1100n }),
        view('https://other', { headBlock: 100n, knowsTx: false }),
      ]),
      1100n,
    )
    const json = JSON.parse(JSON.stringify(z.encode(txEvidenceSchema, evidence))) as {
      endpointViews: Record<string, unknown>[]
    }
    for (const v of json.endpointViews) delete v.headTimestamp
    const decoded = txEvidenceSchema.parse(json)
    expect(decoded.endpointViews.map((v) => v.headTimestamp)).toEqual([null, null])
    expect(disputeOf(decoded)).toMatchObject({ data: { fact: 'head' } })
    // A gatheredAt that is not a time is refused, not turned into NaN ages.
    expect(txEvidenceSchema.safeParse({ ...json, gatheredAt: 'yesterday' }).success).toBe(false)
  })

  it('a count read a few blocks back that rules out all but one count at the head votes for it', () => {
    // Arbitrum: a and c read at 121, b at 116. b's 4 rules out c's 3 (counts only rise): 2 of 3.
    const evidence = nonceTaken(
      4,
      121n,
      withViews(
        [
          view('https://a', { chainId: 42161, headBlock: 121n, ...nonce(4, 121n) }),
          view('https://b', { chainId: 42161, headBlock: 116n, ...nonce(4, 116n), ...made(1) }),
          view('https://c', { chainId: 42161, headBlock: 121n, ...nonce(3, 121n) }),
        ],
        pendingEvidence({ chainId: 42161 }),
      ),
    )
    expect(disputeOf(evidence)).toMatchObject({ severity: 'warning', data: { fact: 'nonce', majority: true } })
    expect(diagnoseTx(evidence).status).not.toBe('undetermined')
  })
})
