import { describe, expect, it } from 'vitest'
import { diagnoseTx, exitCodeFor } from '../../src/diagnose/diagnose-tx.js'
import { gwei, pendingEvidence, SENDER } from '../support/evidence.js'

const codes = (evidence: ReturnType<typeof pendingEvidence>) => diagnoseTx(evidence).findings.map((f) => f.code)

describe('stuck-transaction rules, from evidence', () => {
  it('fee cap under the next base fee: critical, with both numbers', () => {
    const diagnosis = diagnoseTx(pendingEvidence({ tx: { maxFeePerGas: gwei(15) }, baseFee: gwei(20) }))
    const finding = diagnosis.findings.find((f) => f.code === 'tx.fee-cap-below-base-fee')
    expect(finding).toEqual({
      code: 'tx.fee-cap-below-base-fee',
      severity: 'critical',
      data: { feeCap: gwei(15).toString(), baseFee: gwei(20).toString(), behindGap: false },
    })
    expect(exitCodeFor(diagnosis)).toBe(1)
  })

  it('behind earlier transactions still waiting: the fee-cap step knows it cannot go first (behindGap)', () => {
    // Nonces 5 and 6 are waiting in the pool before this one (7).
    const evidence = pendingEvidence({
      tx: { maxFeePerGas: gwei(15), nonce: 7 },
      baseFee: gwei(20),
      nonces: { latest: 5, pending: 8 },
    })
    const diagnosis = diagnoseTx(evidence)
    expect(diagnosis.findings.find((f) => f.code === 'tx.waiting-behind-earlier')?.data).toMatchObject({
      earliestNonce: 5,
      waitingCount: 2,
    })
    expect(diagnosis.findings.find((f) => f.code === 'tx.fee-cap-below-base-fee')?.data).toMatchObject({
      behindGap: true,
    })
  })

  it('a legacy gasPrice under the base fee counts the same', () => {
    expect(
      codes(
        pendingEvidence({ tx: { type: 'legacy', maxFeePerGas: null, maxPriorityFeePerGas: null, gasPrice: gwei(10) } }),
      ),
    ).toContain('tx.fee-cap-below-base-fee')
  })

  it('a tip under what the cheapest 10% of recent blocks paid: priority-fee-low', () => {
    const evidence = pendingEvidence({ tx: { maxPriorityFeePerGas: gwei(0.5) }, tips: [gwei(1), gwei(2), gwei(5)] })
    const finding = diagnoseTx(evidence).findings.find((f) => f.code === 'tx.priority-fee-low')
    expect(finding?.data).toEqual({
      priorityFee: gwei(0.5).toString(),
      recentLowTip: gwei(1).toString(),
      recentMedianTip: gwei(2).toString(),
    })
  })

  it('the tip that counts is capped by the room under the fee cap', () => {
    // A 10 gwei tip means nothing when the cap leaves only 0.2 gwei over the base fee.
    expect(
      codes(pendingEvidence({ tx: { maxFeePerGas: gwei(20.2), maxPriorityFeePerGas: gwei(10) }, baseFee: gwei(20) })),
    ).toContain('tx.priority-fee-low')
  })

  it('a well-priced pending transaction is only pending', () => {
    expect(codes(pendingEvidence())).toEqual(['tx.pending'])
  })

  it('no tip warning where the sequencer ignores tips (Arbitrum)', () => {
    expect(codes(pendingEvidence({ chainId: 42161, tx: { maxPriorityFeePerGas: 0n } }))).toEqual(['tx.pending'])
  })

  it('a nonce gap: queued, listing the missing nonces', () => {
    const diagnosis = diagnoseTx(pendingEvidence({ tx: { nonce: 9 }, nonces: { latest: 5, pending: 7 } }))
    expect(diagnosis.status).toBe('queued')
    expect(diagnosis.findings.find((f) => f.code === 'tx.nonce-gap')?.data).toEqual({
      from: SENDER,
      nonce: 9,
      accountNonce: 5,
      missingNonces: [7, 8],
      missingCount: 2,
    })
  })

  it('a long gap is listed by its ends', () => {
    const gap = diagnoseTx(pendingEvidence({ tx: { nonce: 100 }, nonces: { latest: 5, pending: 5 } })).findings.find(
      (f) => f.code === 'tx.nonce-gap',
    )
    expect(gap?.data).toMatchObject({ missingNonces: [5, 99], missingCount: 95 })
  })

  it('a pending transaction whose nonce is already mined was replaced', () => {
    expect(diagnoseTx(pendingEvidence({ tx: { nonce: 3 }, nonces: { latest: 5, pending: 5 } })).status).toBe('replaced')
  })

  it('the replacement advice beats the old fees by 10% and today’s fast fees', () => {
    const diagnosis = diagnoseTx(
      pendingEvidence({
        tx: { maxFeePerGas: gwei(40), maxPriorityFeePerGas: gwei(2) },
        baseFee: gwei(20),
        tips: [gwei(1), gwei(2), gwei(3)],
      }),
    )
    const advice = diagnosis.findings.find((f) => f.code === 'tx.pending')?.data
    expect(advice).toMatchObject({ replacement: { nonce: 5, headroomBlocks: 6 } })
    const fees = (advice as { replacement: { fees: { maxFeePerGas: string; maxPriorityFeePerGas: string } } })
      .replacement.fees
    expect(BigInt(fees.maxPriorityFeePerGas)).toBe(gwei(3)) // p90 (3) beats 2 × 1.1
    // Today's fast cap is 20 gwei × 1.125^6 + 3 ≈ 43.5 gwei; the node's +10% on 40 gwei is 44: the larger wins.
    expect(BigInt(fees.maxFeePerGas)).toBe(gwei(44))
  })
})

describe('a stale endpoint', () => {
  it('an hour-old head on Ethereum: rpc.stale, which does not change the exit code by itself', () => {
    const evidence = { ...pendingEvidence(), gatheredAt: new Date((1_700_000_000 + 3600) * 1000).toISOString() }
    const stale = diagnoseTx(evidence).findings.find((f) => f.code === 'rpc.stale')
    expect(stale).toEqual({
      code: 'rpc.stale',
      severity: 'warning',
      data: { chainId: 1, endpoint: null, headBlock: '100', ageSeconds: 3600, freshestBlock: null },
    })
  })

  it('a fresh head, or a local node, is not stale', () => {
    expect(
      codes({ ...pendingEvidence(), gatheredAt: new Date((1_700_000_000 + 30) * 1000).toISOString() }),
    ).not.toContain('rpc.stale')
    expect(
      codes({
        ...pendingEvidence({ chainId: 31337 }),
        gatheredAt: new Date((1_700_000_000 + 3600) * 1000).toISOString(),
      }),
    ).not.toContain('rpc.stale')
  })
})

describe('statuses and exit codes', () => {
  it('a hash nobody knows, with no sender: not-found', () => {
    const evidence = { ...pendingEvidence(), context: null, sender: null, foundOnChainIds: [] }
    expect(diagnoseTx(evidence).status).toBe('not-found')
    expect(exitCodeFor(diagnoseTx(evidence))).toBe(1)
  })

  it('endpoint trouble alone does not fail a confirmed transaction', () => {
    const base = pendingEvidence()
    const confirmed = {
      ...base,
      endpointProblems: [
        { kind: 'unreachable' as const, chainId: 1, endpoint: 'https://a.example', reason: 'timed out' },
      ],
      context: {
        ...base.context!,
        receipt: {
          status: 'success' as const,
          blockNumber: 99n,
          blockHash: base.context!.head.hash,
          gasUsed: 21_000n,
          effectiveGasPrice: gwei(21),
          logCount: 0,
          logs: [],
        },
      },
    }
    const diagnosis = diagnoseTx(confirmed)
    expect(diagnosis.status).toBe('confirmed')
    expect(diagnosis.findings.map((f) => [f.code, f.severity])).toEqual([
      ['tx.confirmed', 'info'],
      ['rpc.unreachable', 'info'],
    ])
    expect(exitCodeFor(diagnosis)).toBe(0)
  })
})
