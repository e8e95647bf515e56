import { describe, expect, it } from 'vitest'
import { formatUnits } from 'viem'
import { depositTransactionHash, decodeOpaqueData, withdrawalHash } from '../../src/decode/bridges/op-stack.js'
import { diagnoseTx, exitCodeFor } from '../../src/diagnose/diagnose-tx.js'
import { bridgeRule } from '../../src/diagnose/rules/bridge.js'
import { bridgeFee } from '../../src/diagnose/rules/bridge-fee.js'
import { findingRegistry } from '../../src/findings/registry.js'
import { findingsEn } from '../../src/i18n/findings-en.js'
import { findingsJa } from '../../src/i18n/findings-ja.js'
import type { BridgeOutcome, BridgeTrace } from '../../src/evidence/bridge-schema.js'
import type { TxEvidence } from '../../src/evidence/schema.js'
import { failedEvidence } from '../support/evidence.js'

const SENT_AT = '2026-01-01T00:00:00.000Z'
const later = (seconds: number) => new Date(Date.parse(SENT_AT) + seconds * 1000).toISOString()

const trace = (outcome: BridgeOutcome, direction: 'deposit' | 'withdrawal' = 'deposit'): BridgeTrace => ({
  deposit: {
    protocol: 'op-stack',
    direction,
    sourceChainId: 1,
    destinationChainId: 10,
    messageId: `0x${'ab'.repeat(32)}`,
    token: null,
    amount: 10n ** 18n,
    sender: '0x1111111111111111111111111111111111111111',
    recipient: '0x2222222222222222222222222222222222222222',
    logIndex: 3,
    details: {},
  },
  sentAt: SENT_AT,
  outcome,
})

/** A mined, successful transaction that started `bridges`, looked at `elapsed` seconds after its block. */
function evidence(bridges: BridgeTrace[], elapsed = 60): TxEvidence {
  const base = failedEvidence({ to: '0x3333333333333333333333333333333333333333', failure: null })
  const context = base.context!
  return {
    ...base,
    context: { ...context, receipt: { ...context.receipt!, status: 'success' } },
    bridges,
    gatheredAt: later(elapsed),
  }
}

const codes = (e: TxEvidence) => bridgeRule(e).map((f) => `${f.code}:${f.severity}`)

describe('the bridge rule (pure: evidence in, findings out)', () => {
  it('a deposit in flight within its normal delay is information, and the exit code stays 0', () => {
    const e = evidence([trace({ state: 'in-flight', stage: 'sequencer' })], 90)
    expect(codes(e)).toEqual(['bridge.deposit:info', 'bridge.in-flight:info'])
    const inFlight = bridgeRule(e)[1]!
    expect(inFlight.data).toMatchObject({
      elapsedSeconds: 90,
      normalMinSeconds: 60,
      normalMaxSeconds: 1200,
      overdue: false,
    })
    expect(exitCodeFor(diagnoseTx(e))).toBe(0)
  })

  it('past the normal delay it is a warning, and the exit code 1', () => {
    const e = evidence([trace({ state: 'in-flight', stage: 'sequencer' })], 3600)
    expect(codes(e)).toEqual(['bridge.deposit:info', 'bridge.in-flight:warning'])
    expect(exitCodeFor(diagnoseTx(e))).toBe(1)
  })

  it('delivered: information with the destination transaction; a reverted L2 call is a warning', () => {
    const ok = evidence([
      trace({ state: 'delivered', txHash: `0x${'cd'.repeat(32)}`, blockNumber: 5n, amountReceived: 10n ** 18n }),
    ])
    expect(codes(ok)).toEqual(['bridge.deposit:info', 'bridge.delivered:info'])
    expect(bridgeRule(ok)[1]!.data).toMatchObject({ txHash: `0x${'cd'.repeat(32)}`, blockNumber: '5', fee: '0' })
    expect(exitCodeFor(diagnoseTx(ok))).toBe(0)
    const reverted = evidence([
      trace({
        state: 'delivered',
        txHash: null,
        blockNumber: null,
        amountReceived: null,
        destinationStatus: 'reverted',
      }),
    ])
    expect(codes(reverted)).toEqual(['bridge.deposit:info', 'bridge.delivered:warning'])
  })

  it('action needed: the call as data (contract, function, calldata); critical when the expiry is within a day', () => {
    const call = {
      chainId: 1,
      to: '0x4444444444444444444444444444444444444444',
      data: '0x8c3152e9',
      function: 'f()',
    } as const
    const finalize = evidence([
      trace({ state: 'action-needed', action: 'finalize', call, expiresAt: null }, 'withdrawal'),
    ])
    expect(codes(finalize)).toEqual(['bridge.deposit:info', 'bridge.action-needed:warning'])
    expect(bridgeRule(finalize)[1]!.data).toMatchObject({
      call: { chainId: 1, contract: call.to, function: 'f()', calldata: '0x8c3152e9' },
    })
    expect(exitCodeFor(diagnoseTx(finalize))).toBe(1)
    const soon = evidence([trace({ state: 'action-needed', action: 'redeem', call, expiresAt: later(60 + 3600) })])
    expect(codes(soon)).toEqual(['bridge.deposit:info', 'bridge.action-needed:critical'])
    const prove = evidence([
      trace({
        state: 'action-needed',
        action: 'prove',
        call: null,
        target: { chainId: 1, to: call.to, function: 'p()' },
        expiresAt: null,
      }),
    ])
    expect(bridgeRule(prove)[1]!.data).toMatchObject({ call: { contract: call.to, function: 'p()', calldata: null } })
  })

  it('refunded, expired, no endpoint, and unreadable (no verdict: "could not tell", a warning)', () => {
    expect(codes(evidence([trace({ state: 'refunded', txHash: null, blockNumber: null })]))).toEqual([
      'bridge.deposit:info',
      'bridge.refunded:warning',
    ])
    expect(codes(evidence([trace({ state: 'expired', expiredAt: null })]))).toEqual([
      'bridge.deposit:info',
      'bridge.expired:critical',
    ])
    const noEndpoint = evidence([trace({ state: 'no-endpoint' })])
    expect(codes(noEndpoint)).toEqual(['bridge.deposit:info', 'bridge.unknown-destination:warning'])
    expect(exitCodeFor(diagnoseTx(noEndpoint))).toBe(1)
    const unreadable = bridgeRule(evidence([trace({ state: 'unreadable', reason: 'timeout' })]))
    expect(unreadable.map((f) => `${f.code}:${f.severity}`)).toEqual(['bridge.deposit:warning'])
    expect(unreadable[0]!.data).toMatchObject({ followed: 'could-not-tell', unreadableReason: 'timeout' })
  })

  it('no bridges: no findings', () => {
    expect(bridgeRule(evidence([]))).toEqual([])
  })
})

describe('a bridge fee across tokens of other decimals (Across output token)', () => {
  type Token = { address: `0x${string}`; symbol: string | null; decimals: number | null }
  const usdcEthereum: Token = { address: '0x00000000000000000000000000000000000000e1', symbol: 'USDC', decimals: 6 }
  const usdcBnb: Token = { address: '0x00000000000000000000000000000000000000b5', symbol: 'USDC', decimals: 18 }
  const unknown: Token = { address: '0x00000000000000000000000000000000000000ff', symbol: null, decimals: null }

  it('the same token: sent − received, as before', () => {
    expect(bridgeFee(1_000_000n, usdcEthereum, 999_000n, null)).toBe(1_000n)
    expect(bridgeFee(1_000_000n, usdcEthereum, 1_000_001n, null)).toBeNull()
    expect(bridgeFee(1_000_000n, usdcEthereum, null, null)).toBeNull()
  })

  it('6 decimals sent, 18 received: the sent amount scaled up, the fee in the received token', () => {
    // 1 USDC sent on Ethereum, 0.999 USDC received on BNB: the fee is 0.001 USDC in 18 decimals, not 1e6 − 9.99e17.
    expect(bridgeFee(1_000_000n, usdcEthereum, 999n * 10n ** 15n, usdcBnb)).toBe(10n ** 15n)
  })

  it('18 decimals sent, 6 received: the sent amount scaled down', () => {
    expect(bridgeFee(10n ** 18n, usdcBnb, 999_000n, usdcEthereum)).toBe(1_000n)
  })

  it("either token's decimals unknown: no fee, never a subtraction of raw amounts", () => {
    expect(bridgeFee(1_000_000n, usdcEthereum, 999n * 10n ** 15n, unknown)).toBeNull()
    expect(bridgeFee(1_000_000n, unknown, 999_000n, usdcEthereum)).toBeNull()
  })

  it('the finding: received and fee in the received token; without a fee both amounts are shown', () => {
    const across = (receivedToken: Token): BridgeTrace => {
      const t = trace({
        state: 'delivered',
        txHash: `0x${'cd'.repeat(32)}`,
        blockNumber: 5n,
        amountReceived: 999n * 10n ** 15n,
        receivedToken,
      })
      return { ...t, deposit: { ...t.deposit, protocol: 'across', token: usdcEthereum.address, amount: 1_000_000n } }
    }
    const withTokens = (e: TxEvidence): TxEvidence => ({
      ...e,
      context: { ...e.context!, tokens: [{ ...usdcEthereum, name: 'USD Coin' }] },
    })
    const [, delivered] = bridgeRule(withTokens(evidence([across(usdcBnb)])))
    expect(delivered!.data).toMatchObject({
      sent: '1000000',
      received: (999n * 10n ** 15n).toString(),
      receivedToken: usdcBnb,
      fee: (10n ** 15n).toString(),
    })
    const [, unscaled] = bridgeRule(withTokens(evidence([across(unknown)])))
    expect(unscaled!.data).toMatchObject({ fee: null, receivedToken: unknown })
    // The text: amounts in each token's own decimals (raw units where unknown), as the report's context formats them.
    const ctx = {
      chainName: (id: number) => `chain ${id}`,
      network: null,
      fee: (wei: string) => `${wei} wei`,
      fees: () => 'fees',
      token: () => 'TKN',
      amount: (raw: string | null, token: { symbol: string | null; decimals: number | null } | null) =>
        token?.decimals == null
          ? `${raw} raw units`
          : `${formatUnits(BigInt(raw ?? 0), token.decimals)} ${token.symbol}`,
    }
    const text = (f: typeof delivered) => findingsEn['bridge.delivered'](f!.data as never, ctx).detail
    expect(text(delivered)).toContain('Received: 0.999 USDC (0.001 USDC less than sent')
    expect(text(unscaled)).toContain(`Received: ${999n * 10n ** 15n} raw units (sent: 1 USDC)`)
    expect(findingsJa['bridge.delivered'](unscaled!.data as never, ctx).detail).toContain('(送金額:1 USDC)')
  })
})

describe('OP Stack deposit and withdrawal hashes', () => {
  it("derives a real mainnet deposit's L2 transaction hash from its L1 log", () => {
    // An OP Mainnet deposit: its TransactionDeposited log (block hash, log index 109) and the L2
    // transaction hash it became, as in viem's own test (wevm/viem,
    // src/op-stack/utils/getL2TransactionHash.test.ts), checked there against mainnet.
    const opaqueData =
      '0x00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000045000000000000520800'
    expect(decodeOpaqueData(opaqueData)).toEqual({
      mint: 0n,
      value: 0x45n,
      gas: 0x5208n,
      isCreation: false,
      data: '0x',
    })
    expect(
      depositTransactionHash({
        from: '0x1a1E021A302C237453D3D45c7B82B19cEEB7E2e6',
        to: '0x1a1E021A302C237453D3D45c7B82B19cEEB7E2e6',
        opaqueData,
        l1BlockHash: '0x634c52556471c589f42db9131467e0c9484f5c73049e32d1a74e2a4ce0f91d57',
        l1LogIndex: 109,
      }),
    ).toBe('0x0a60b983815ed475c5919609025204a479654d93afc610feca7d99ae0befc329')
  })

  it('refuses opaque data shorter than the 73 bytes every deposit packs', () => {
    expect(() => decodeOpaqueData('0x00')).toThrow(/73/)
  })

  it('hashes a withdrawal as Hashing.hashWithdrawal does (abi.encode of the six fields)', () => {
    const w = {
      nonce: 1n,
      sender: '0x1111111111111111111111111111111111111111',
      target: '0x2222222222222222222222222222222222222222',
      value: 3n,
      gasLimit: 4n,
      data: '0x05',
    } as const
    const other = withdrawalHash({ ...w, data: '0x06' })
    expect(withdrawalHash(w)).toMatch(/^0x[0-9a-f]{64}$/)
    expect(withdrawalHash(w)).not.toBe(other)
  })
})

describe("an Arbitrum withdrawal whose call reads like a token gateway's", () => {
  const L1_GATEWAY = '0xa3a7b6f88361f48403514059f1f16c8e78d60eec'
  const FORGER = '0x4444444444444444444444444444444444444444'
  const claim: BridgeOutcome = {
    state: 'action-needed',
    action: 'finalize',
    call: null,
    target: { chainId: 1, to: '0x0b9857ae2d4a3dbe74ffe1d7df045bb7f96e4840', function: 'executeTransaction(…)' },
    expiresAt: null,
  }
  const forged = (callvalue: string): BridgeTrace => {
    const base = trace(claim, 'withdrawal')
    return {
      ...base,
      deposit: {
        ...base.deposit,
        protocol: 'arbitrum',
        sourceChainId: 42161,
        destinationChainId: 1,
        token: '0x6b175474e89094c44da98b954eedeac495271d0f',
        amount: 5n * 10n ** 18n,
        details: { kind: 'withdrawal', caller: FORGER, destination: L1_GATEWAY, callvalue },
      },
      // The router names this gateway for the token, but the gateway answers to another L2 sender.
      gateway: {
        router: '0x72ce9c846789fdb6fc1f34ac4ad25dd9ef7031ef',
        l1Gateway: L1_GATEWAY,
        l2Gateway: FORGER,
        readings: [
          {
            endpoint: 'https://l1.example',
            routerGateway: L1_GATEWAY,
            counterpart: '0x09e9222e96e7b4ae2a407b98d48e330053351eee',
          },
        ],
      },
    }
  }

  it('not from the gateway and carrying nothing: a warning, and no claim to make', () => {
    const e = evidence([forged('0')])
    expect(codes(e)).toEqual(['bridge.deposit:warning'])
    expect(bridgeRule(e)[0]!.data).toMatchObject({ gateway: 'not-the-gateway', native: true, amount: '0' })
  })

  it('not from the gateway but carrying coin: the claim of that coin stays', () => {
    const e = evidence([forged('7')])
    expect(codes(e)).toEqual(['bridge.deposit:warning', 'bridge.action-needed:warning'])
    expect(bridgeRule(e)[0]!.data).toMatchObject({ amount: '7', recipient: L1_GATEWAY })
  })
})

describe("whether it arrived, compared across the destination's endpoints", () => {
  const inFlight: BridgeOutcome = { state: 'in-flight', stage: 'sequencer' }
  const delivered: BridgeOutcome = {
    state: 'delivered',
    txHash: `0x${'cd'.repeat(32)}`,
    blockNumber: 7n,
    amountReceived: null,
  }
  type Asked = BridgeOutcome | [outcome: BridgeOutcome, head: bigint]
  /** The destination's endpoints each asked on their own (at head 100 unless given): the trace's outcome is the first one's. */
  const askedEach = (...asked: Asked[]): BridgeTrace => {
    const readings = asked.map((a, i) => {
      const [outcome, head] = Array.isArray(a) ? a : [a, 100n]
      return { endpoint: `https://dest-${i}.example`, head, outcome }
    })
    return { ...trace(readings[0]!.outcome), destinationReadings: readings }
  }

  it('endpoints that agree: their answer, and no disagreement', () => {
    expect(codes(evidence([askedEach(inFlight, inFlight)], 90))).toEqual([
      'bridge.deposit:info',
      'bridge.in-flight:info',
    ])
  })

  it('endpoints that agree it arrived: delivered', () => {
    expect(codes(evidence([askedEach(delivered, delivered)]))).toEqual(['bridge.deposit:info', 'bridge.delivered:info'])
  })

  it('endpoints that differ: could not tell — never "in flight" — and who said what, even with a majority', () => {
    for (const e of [
      evidence([askedEach(inFlight, delivered)]),
      evidence([askedEach(inFlight, inFlight, delivered)]),
    ]) {
      const found = bridgeRule(e)
      expect(found.map((f) => `${f.code}:${f.severity}`)).toEqual([
        'bridge.deposit:warning',
        'rpc.disagreement:warning',
      ])
      expect(found[0]!.data).toMatchObject({ followed: 'could-not-tell', unreadableReason: 'endpoints-disagree' })
      expect(found[1]!.data).toMatchObject({ chainId: 10, fact: 'bridge' })
      expect((found[1]!.data as { answers: { said: string }[] }).answers.map((a) => a.said)).toContain(
        `delivered in 0x${'cd'.repeat(32)}`,
      )
      const words = { en: findingsEn['rpc.disagreement'], ja: findingsJa['rpc.disagreement'] }
      const ctx = { chainName: (id: number) => `chain ${id}` } as never
      expect(words.en(found[1]!.data as never, ctx).detail).toContain('Whether it has arrived is not judged')
      expect(words.ja(found[1]!.data as never, ctx).title).toContain('ブリッジ送金')
      expect(words.ja(found[1]!.data as never, ctx).detail).toContain(`0x${'cd'.repeat(32)} で到着済み`)
      const data = findingRegistry['rpc.disagreement'].data.parse(found[1]!.data)
      expect(data.answers.map((a) => a.reading)).toContainEqual({
        kind: 'bridge',
        state: 'delivered',
        txHash: `0x${'cd'.repeat(32)}`,
        stage: null,
        action: null,
        reason: null,
      })
    }
  })

  it('honest differences are not disagreements: a hash one log search did not reach, one that could not tell, one behind the others, one below a block two saw it arrive in', () => {
    const noHash: BridgeOutcome = { ...delivered, txHash: null }
    const cutShort: BridgeOutcome = { state: 'unreadable', reason: 'search-cut-short' }
    for (const e of [
      evidence([askedEach(delivered, noHash)]),
      evidence([askedEach(delivered, cutShort)]),
      evidence([askedEach(cutShort, delivered)]),
      evidence([askedEach([delivered, 100n], [delivered, 99n], [inFlight, 90n])]),
      evidence([askedEach([delivered, 8n], [delivered, 8n], [inFlight, 6n])]),
    ]) {
      expect(codes(e)).toEqual(['bridge.deposit:info', 'bridge.delivered:info'])
    }
  })

  it('no one endpoint decides who is left out: a far-off head or a made-up arrival does not silence the others', () => {
    const madeUp: BridgeOutcome = { ...delivered, blockNumber: 10n ** 12n }
    for (const e of [
      // A liar far ahead saying it arrived, two honest endpoints saying it has not.
      evidence([askedEach([madeUp, 10n ** 12n], [inFlight, 100n], [inFlight, 100n])]),
      // Two endpoints: one saying it arrived in a block past the other's head.
      evidence([askedEach([delivered, 8n], [inFlight, 6n])]),
      evidence([askedEach([madeUp, 100n], [inFlight, 100n])]),
    ]) {
      expect(codes(e)).toEqual(['bridge.deposit:warning', 'rpc.disagreement:warning'])
    }
  })

  it('an endpoint at the arrival block or past it that says "in flight" is a disagreement', () => {
    expect(codes(evidence([askedEach([delivered, 100n], [inFlight, 99n])]))).toEqual([
      'bridge.deposit:warning',
      'rpc.disagreement:warning',
    ])
  })
})
