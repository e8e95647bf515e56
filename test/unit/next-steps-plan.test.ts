import { beforeAll, describe, expect, it } from 'vitest'
import { knownChains } from '../../src/chains/registry.js'
import { diagnoseAddress } from '../../src/diagnose/diagnose-address.js'
import { diagnoseTx } from '../../src/diagnose/diagnose-tx.js'
import type { AddressChain, AddressEvidence } from '../../src/evidence/address-schema.js'
import type { Lang } from '../../src/i18n/catalog.js'
import { buildAddressReport } from '../../src/report/build-address-report.js'
import { buildTxReport } from '../../src/report/build-tx-report.js'
import { leadGuide, planSteps } from '../../src/report/plan-steps.js'
import { describeFinding } from '../../src/report/build-report.js'
import type { Finding } from '../../src/findings/finding.js'
import type { FindingDataMap } from '../../src/findings/registry.js'
import { translator } from '../../src/i18n/translate.js'
import { securitySamples } from '../support/security-samples.js'
import type { ReportContext } from '../../src/report/build-report.js'
import type { Report } from '../../src/report/schema.js'
import { gwei, pendingEvidence } from '../support/evidence.js'
import { loadBothLanguages } from '../support/languages.js'

const HOLDER = '0x1111111111111111111111111111111111111111'
const TOKEN = '0x2222222222222222222222222222222222222222'
const OTHER = '0x3333333333333333333333333333333333333333'

const context = (lang: Lang): ReportContext => ({
  lang,
  version: '0.0.0',
  environment: { os: 'linux', arch: 'x64', node: 'v20', wallet: null, browser: null },
  note: null,
  tried: null,
  checkedAt: new Date('2026-01-01T00:00:00Z'),
})

/** One chain's state for the address: a balance or none, transfers in or out or none, transactions waiting or not. */
type ChainState = { held: boolean; transfers: 'none' | 'in' | 'out'; pending: boolean }
const states: ChainState[] = [false, true].flatMap((held) =>
  (['none', 'in', 'out'] as const).flatMap((transfers) =>
    [false, true].map((pending) => ({ held, transfers, pending })),
  ),
)

function addressChain(chainId: number, state: ChainState): AddressChain {
  const transfer = (direction: 'in' | 'out', i: number) => ({
    hash: `0x${String(chainId).padStart(4, '0')}${String(i).repeat(60)}` as `0x${string}`,
    blockNumber: 900n + BigInt(i),
    from: (direction === 'in' ? OTHER : HOLDER) as `0x${string}`,
    to: (direction === 'in' ? HOLDER : OTHER) as `0x${string}`,
    amount: 5_000_000n,
    direction,
  })
  return {
    chainId,
    head: 1000n,
    balance: 10n ** 16n,
    nonces: { latest: 3, pending: state.pending ? 5 : 3 },
    isContract: false,
    token: {
      hasCode: true,
      info: { address: TOKEN, symbol: 'USDC', name: 'USD Coin', decimals: 6 },
      balance: state.held ? 12_000_000n : 0n,
    },
    otherForm: null,
    // Two transfers of the same token and kind: the same advice twice, which the plan says once.
    transfers:
      state.transfers === 'none'
        ? null
        : {
            fromBlock: 0n,
            toBlock: 1000n,
            narrowed: false,
            items: [1, 2].map((i) => transfer(state.transfers as 'in', i)),
          },
  }
}

const addressEvidence = (chains: AddressChain[], requestedChainId: number | null): AddressEvidence => ({
  evidenceVersion: 1,
  kind: 'address',
  address: HOLDER,
  token: TOKEN,
  requestedChainId,
  chains,
  unreachableChainIds: [],
  endpointProblems: [],
  gatheredAt: '2026-01-01T00:00:00Z',
  rpc: { httpRequests: 1, calls: 1 },
})

/** Every address report the rules make over Ethereum and Base: each chain in every state, asked about either or neither. */
function addressReports(lang: Lang): Report[] {
  const reports: Report[] = []
  for (const ethereum of states)
    for (const base of states)
      for (const requested of [null, 1, 8453]) {
        const evidence = addressEvidence([addressChain(1, ethereum), addressChain(8453, base)], requested)
        reports.push(buildAddressReport(evidence, diagnoseAddress(evidence), context(lang)))
      }
  return reports
}

/** Every stuck-transaction report: fee cap low or not, tip low or not, a nonce gap or not, an endpoint down on another chain or not. */
function txReports(lang: Lang): Report[] {
  const reports: Report[] = []
  for (const maxFee of [15, 40])
    for (const tip of [0.2, 2])
      for (const nonce of [5, 7])
        for (const endpointDown of [false, true]) {
          const evidence = pendingEvidence({
            tx: { maxFeePerGas: gwei(maxFee), maxPriorityFeePerGas: gwei(tip), nonce },
            baseFee: gwei(20),
            tips: [gwei(1), gwei(2), gwei(3)],
          })
          if (endpointDown)
            evidence.endpointProblems = [
              { kind: 'unreachable', chainId: 8453, endpoint: 'https://base.example', reason: 'timed out' },
            ]
          reports.push(buildTxReport(evidence, diagnoseTx(evidence), context(lang)))
        }
  return reports
}

/** Chain names as a person reads them in a step: "on Base", not "base fee". */
const namedNetworks = (step: string) =>
  knownChains.filter((c) => new RegExp(`(^|[^\\w])${c.name}(?![\\w]| fee)`).test(step)).map((c) => c.name)

// These tests call the code that speaks directly, past the places that load a language.
beforeAll(loadBothLanguages)

describe('next steps are one plan', () => {
  for (const lang of ['en', 'ja'] as const)
    it(`${lang}: every combination of findings gives steps without repeats, one guide, one network`, () => {
      const reports = [...addressReports(lang), ...txReports(lang)]
      const codes = new Set(reports.flatMap((r) => r.findings.map((f) => f.code)))
      // The grid does reach the findings that used to contradict each other.
      for (const code of ['token.wrong-network', 'token.held', 'token.transfer-found', 'address.pending-transactions'])
        expect(codes).toContain(code)
      for (const code of ['tx.nonce-gap', 'tx.fee-cap-below-base-fee', 'tx.priority-fee-low', 'rpc.unreachable'])
        expect(codes).toContain(code)
      for (const report of reports) {
        const steps = report.nextSteps
        const where = `${report.status}: ${report.findings.map((f) => f.code).join(', ')}`
        expect(new Set(steps.map((s) => s.toLowerCase())).size, where).toBe(steps.length)
        // One token added by hand once: a holding and a transfer of it say the same thing in other words.
        expect(steps.filter((s) => /Import tokens|トークンをインポート/.test(s)).length, where).toBeLessThanOrEqual(1)
        const guides = steps.filter((s) => s.includes('support-doctor guide '))
        if (report.findings.length > 0) expect(guides, where).toHaveLength(1)
        for (const step of steps)
          expect(step, where).not.toMatch(/this same network|this network|同じネットワーク|このネットワーク/)
        const networks = new Set(steps.flatMap(namedNetworks))
        expect(networks.size, `${where}\n${steps.join('\n')}`).toBeLessThanOrEqual(1)
        if (report.findings.some((f) => f.code === 'token.wrong-network')) {
          const held = report.findings.find((f) => f.code === 'token.wrong-network')?.data as {
            heldOnChainIds: number[]
          }
          const name = knownChains.find((c) => c.id === held.heldOnChainIds[0])?.name as string
          expect([...networks], where).toEqual([name])
          // The explorer link goes where the tokens are.
          expect(report.chain?.explorerUrl, where).toContain(name === 'Base' ? 'basescan' : 'etherscan')
        }
      }
    })
})

describe('the plan of a transaction that bridged', () => {
  const info = (code: string, guide: string) => ({ code, severity: 'info' as const, guide })
  it('names the bridges guide, not the guide of the token transfer inside it', () => {
    expect(
      leadGuide([
        info('tx.confirmed', 'missing-tokens'),
        info('token.transfer-found', 'missing-tokens'),
        info('bridge.deposit', 'bridges'),
      ]),
    ).toBe('bridges')
  })

  it('still names a problem first, and endpoint trouble last', () => {
    expect(leadGuide([info('bridge.deposit', 'bridges'), { ...info('tx.x', 'g'), severity: 'warning' }])).toBe('g')
    expect(
      leadGuide([{ ...info('rpc.unreachable', 'rpc'), severity: 'critical' }, info('bridge.deposit', 'bridges')]),
    ).toBe('bridges')
  })
})

describe('the plan when a thief holds the key', () => {
  const finding = <C extends 'security.open-approval' | 'security.sweeper' | 'security.approval-drain'>(
    code: C,
    data: FindingDataMap[C],
  ) => ({ code, severity: code === 'security.open-approval' ? ('warning' as const) : ('critical' as const), data })
  const stepsOf = (findings: Finding[], lang: Lang) =>
    planSteps(
      findings.map((f) => ({ finding: f, text: describeFinding(f, lang, 1) })),
      { say: translator(lang), chainId: 1 },
    )
  const approval = finding('security.open-approval', securitySamples['security.open-approval'])
  const drain = finding('security.approval-drain', securitySamples['security.approval-drain'])

  for (const lang of ['en', 'ja'] as const)
    it(`${lang}: no step asks for a transaction from the address (a revoke) beside a sweeper; one that is disputed changes nothing`, () => {
      const revoke = /revoke|取り消してください/i
      expect(stepsOf([approval, drain], lang).some((s) => revoke.test(s))).toBe(true)
      const sweeper = finding('security.sweeper', { ...securitySamples['security.sweeper'], disputed: false })
      const compromised = stepsOf([sweeper, drain, approval], lang)
      expect(compromised.filter((s) => revoke.test(s) && !/support-doctor guide/.test(s))).toEqual([])
      expect(compromised.join('\n')).toMatch(/gas|ガス/)
      const disputed = finding('security.sweeper', { ...securitySamples['security.sweeper'], disputed: true })
      expect(stepsOf([disputed, drain, approval], lang).some((s) => revoke.test(s))).toBe(true)
    })

  it('a signature drain keeps its warning about signing, which asks for no transaction', () => {
    const sweeper = finding('security.sweeper', { ...securitySamples['security.sweeper'], disputed: false })
    const permit = {
      code: 'security.permit-drain' as const,
      severity: 'critical' as const,
      data: securitySamples['security.permit-drain'],
    }
    const steps = stepsOf([sweeper, permit], 'en')
    expect(steps.some((s) => /never sign a "Permit"/.test(s))).toBe(true)
    expect(steps.some((s) => /Revoke every approval/.test(s))).toBe(false)
  })

  it('a delegation that forwards funds stops revokes on its own chain only', () => {
    const delegated = {
      code: 'security.delegated' as const,
      severity: 'critical' as const,
      data: { ...securitySamples['security.delegated'], chainId: 8453, forwards: true },
    }
    const onBase = finding('security.open-approval', { ...securitySamples['security.open-approval'], chainId: 8453 })
    const onEthereum = finding('security.open-approval', {
      ...securitySamples['security.open-approval'],
      chainId: 1,
      drained: false,
      spenderName: null,
      spender: '0x7',
    })
    const steps = stepsOf([delegated, onBase, onEthereum], 'en')
    expect(steps.some((s) => s.includes('If you do not recognise 0x7, revoke it'))).toBe(true)
    expect(steps.some((s) => s.startsWith('Revoke it now'))).toBe(false)
  })
})

describe('security.searched from the first block', () => {
  it('does not suggest looking further back', () => {
    for (const lang of ['en', 'ja'] as const) {
      const searched = (fromBlock: string, logsDropped = 0) =>
        describeFinding(
          {
            code: 'security.searched',
            severity: 'info',
            data: { ...securitySamples['security.searched'], fromBlock, logsDropped },
          },
          lang,
        ).steps
      expect(searched('0')).toEqual([])
      expect(searched('10')).toHaveLength(1)
      // Logs left out for their number: there is more to read, from block 0 too.
      expect(searched('0', 12)).toHaveLength(1)
    }
  })
})
