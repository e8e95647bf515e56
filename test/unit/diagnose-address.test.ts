import { describe, expect, it } from 'vitest'
import { addressExitCode, diagnoseAddress } from '../../src/diagnose/diagnose-address.js'
import { otherFormOf, tokenForms } from '../../src/decode/token-forms.js'
import type { AddressChain, AddressEvidence } from '../../src/evidence/address-schema.js'
import { findingRegistry } from '../../src/findings/registry.js'

const HOLDER = '0x1111111111111111111111111111111111111111'
const USDC_E = '0xff970a61a04b1ca14834a43f5de4533ebddb5cc8'
const USDC = '0xaf88d065e77c8cc2239327c5edb3a432268e5831'

const chain = (overrides: Partial<AddressChain>): AddressChain => ({
  chainId: 42161,
  head: 1000n,
  balance: 10n ** 16n,
  nonces: { latest: 3, pending: 3 },
  isContract: false,
  token: null,
  otherForm: null,
  transfers: null,
  ...overrides,
})
const evidence = (
  chains: AddressChain[],
  token: string | null,
  requestedChainId: number | null = null,
): AddressEvidence => ({
  evidenceVersion: 1,
  kind: 'address',
  address: HOLDER,
  token: token as `0x${string}` | null,
  requestedChainId,
  chains,
  unreachableChainIds: [],
  endpointProblems: [],
  gatheredAt: '2026-01-01T00:00:00Z',
  rpc: { httpRequests: 1, calls: 1 },
})

describe('tokens in two forms on one chain', () => {
  it('every pair is on a known chain and each form points at the other', () => {
    for (const pair of tokenForms) {
      expect(otherFormOf(pair.chainId, pair.native)).toBe(pair.bridged)
      expect(otherFormOf(pair.chainId, pair.bridged)).toBe(pair.native)
      expect(otherFormOf(1, pair.native)).toBeNull()
    }
  })

  it('asking for bridged USDC.e while holding native USDC: "you hold the other one"', () => {
    const arbitrum = chain({
      token: {
        hasCode: true,
        info: { address: USDC_E, symbol: 'USDC.e', name: 'Bridged USDC', decimals: 6 },
        balance: 0n,
      },
      otherForm: { info: { address: USDC, symbol: 'USDC', name: 'USD Coin', decimals: 6 }, balance: 12_340_000n },
    })
    const diagnosis = diagnoseAddress(evidence([arbitrum], USDC_E, 42161))
    expect(diagnosis.findings.find((f) => f.code === 'token.other-form-held')?.data).toMatchObject({
      chainId: 42161,
      asked: { symbol: 'USDC.e' },
      held: { address: USDC, symbol: 'USDC' },
      formattedBalance: '12.34',
    })
  })
})

describe('address rules', () => {
  it('no token asked, nothing waiting: ok, and what it holds and has sent where it has either', () => {
    expect(
      diagnoseAddress(
        evidence([chain({}), chain({ chainId: 1, balance: 0n, nonces: { latest: 0, pending: 0 } })], null),
      ),
    ).toEqual({
      status: 'ok',
      chainId: null,
      findings: [
        {
          code: 'address.account',
          severity: 'info',
          data: { chainId: 42161, balance: '10000000000000000', sent: 3, isContract: false },
        },
      ],
    })
  })

  it('no coin and nothing sent anywhere: one finding that says so, naming the networks searched', () => {
    const empty = { balance: 0n, nonces: { latest: 0, pending: 0 } }
    const diagnosis = diagnoseAddress(evidence([chain(empty), chain({ ...empty, chainId: 1 })], null))
    expect(diagnosis.status).toBe('ok')
    expect(diagnosis.findings).toEqual([
      { code: 'address.unused', severity: 'info', data: { searchedChainIds: [42161, 1] } },
    ])
  })

  it('a token that answers nowhere is not a token, even where something has code', () => {
    const diagnosis = diagnoseAddress(evidence([chain({ token: { hasCode: true, info: null, balance: null } })], USDC))
    expect(diagnosis.status).toBe('not-a-token')
  })
})

describe("what an address holds, compared across a chain's endpoints", () => {
  type Transfers = { head: bigint; fromBlock: bigint; toBlock: bigint; count: number; digest: `0x${string}` } | null
  const reading = (endpoint: string, tokenBalance: bigint, transfers: Transfers = null) => ({
    endpoint,
    atBlock: 998n,
    balance: 10n ** 16n,
    nonce: 3,
    tokenHasCode: true,
    tokenBalance,
    transfers,
  })
  const held = (...readings: ReturnType<typeof reading>[]) =>
    evidence(
      [
        chain({
          token: { hasCode: true, info: { address: USDC, symbol: 'USDC', name: 'USD Coin', decimals: 6 }, balance: 5n },
          endpointReadings: readings,
        }),
      ],
      USDC,
    )

  it('endpoints that agree: the verdict as with one endpoint', () => {
    const diagnosis = diagnoseAddress(held(reading('https://a', 5n), reading('https://b', 5n)))
    expect(diagnosis.status).toBe('held')
    expect(addressExitCode(diagnosis)).toBe(0)
  })

  it('endpoints that differ: no verdict at all (undetermined, exit 3), only who said what — even with a majority', () => {
    for (const e of [
      held(reading('https://a', 5n), reading('https://b', 0n)),
      held(reading('https://a', 5n), reading('https://b', 5n), reading('https://c', 0n)),
    ]) {
      const diagnosis = diagnoseAddress(e)
      expect(diagnosis.status).toBe('undetermined')
      expect(addressExitCode(diagnosis)).toBe(3)
      expect(diagnosis.findings.map((f) => `${f.code}:${f.severity}`)).toEqual(['rpc.disagreement:critical'])
      expect(diagnosis.findings[0]!.data).toMatchObject({ chainId: 42161, fact: 'balance' })
      const data = findingRegistry['rpc.disagreement'].data.parse(diagnosis.findings[0]!.data)
      expect(data.answers.map((a) => a.reading).at(-1)).toMatchObject({ kind: 'holdings', token: { balance: '0' } })
    }
  })

  it('endpoints that return other transfers of the token over the same blocks: no verdict either (undetermined, exit 3)', () => {
    const seen = (count: number, digest: string, head = 1000n): Transfers => ({
      head,
      fromBlock: 900n,
      toBlock: 998n,
      count,
      digest: `0x${digest.repeat(64)}`,
    })
    const diagnosis = diagnoseAddress(
      held(reading('https://a', 5n, seen(2, 'a')), reading('https://b', 5n, seen(1, 'b'))),
    )
    expect(diagnosis.status).toBe('undetermined')
    expect(addressExitCode(diagnosis)).toBe(3)
    expect(diagnosis.findings.map((f) => `${f.code}:${f.severity}`)).toEqual(['rpc.disagreement:critical'])
    const data = findingRegistry['rpc.disagreement'].data.parse(diagnosis.findings[0]!.data)
    expect(data).toMatchObject({ chainId: 42161, fact: 'transfers' })
    expect(data.answers.map((a) => a.reading)).toEqual([
      { kind: 'logs', fromBlock: '900', toBlock: '998', count: 2, digest: `0x${'a'.repeat(64)}` },
      { kind: 'logs', fromBlock: '900', toBlock: '998', count: 1, digest: `0x${'b'.repeat(64)}` },
    ])
    // One that refused the range has nothing to say of transfers: compared on the rest. So is one
    // whose head is below the blocks compared: it has not got there.
    const refused = diagnoseAddress(held(reading('https://a', 5n, seen(2, 'a')), reading('https://b', 5n, null)))
    expect(refused.status).toBe('held')
    const behind = diagnoseAddress(
      held(reading('https://a', 5n, seen(2, 'a')), reading('https://b', 5n, seen(1, 'b', 997n))),
    )
    expect(behind.status).toBe('held')
  })

  it("the token's decimals, which amounts and the import advice are given in: compared, the report's too", () => {
    const withDecimals = (used: number, ...said: number[]) => {
      const e = held(...said.map((d, i) => ({ ...reading(`https://${'ab'[i]}`, 5n), tokenDecimals: d })))
      const first = e.chains[0]!
      const info = { ...first.token!.info!, decimals: used }
      return { ...e, chains: [{ ...first, token: { hasCode: true, info, balance: 5n } }] }
    }
    expect(diagnoseAddress(withDecimals(6, 6, 6)).status).toBe('held')
    for (const e of [withDecimals(6, 6, 18), withDecimals(18, 6, 6)]) {
      const diagnosis = diagnoseAddress(e)
      expect(diagnosis.status).toBe('undetermined')
      expect(addressExitCode(diagnosis)).toBe(3)
      const data = findingRegistry['rpc.disagreement'].data.parse(diagnosis.findings[0]!.data)
      expect(data).toMatchObject({ fact: 'decimals' })
      expect(data.answers.map((a) => a.endpoint)).toEqual([null, 'https://a', 'https://b'])
    }
  })

  it('endpoints that agree with each other, not with the transfers the report was first read from: no verdict', () => {
    const digest = `0x${'a'.repeat(64)}` as const
    const e = held(
      reading('https://a', 5n, { head: 1000n, fromBlock: 900n, toBlock: 998n, count: 2, digest }),
      reading('https://b', 5n, { head: 1000n, fromBlock: 900n, toBlock: 998n, count: 2, digest }),
    )
    const first = e.chains[0]!
    const used = (compared: { toBlock: bigint; count: number; digest: `0x${string}` }) => ({
      ...e,
      chains: [{ ...first, transfers: { fromBlock: 900n, toBlock: 1000n, narrowed: false, items: [], compared } }],
    })
    expect(diagnoseAddress(used({ toBlock: 998n, count: 2, digest })).status).toBe('held')
    const hidden = diagnoseAddress(used({ toBlock: 998n, count: 1, digest: `0x${'c'.repeat(64)}` }))
    expect(hidden.status).toBe('undetermined')
    const data = findingRegistry['rpc.disagreement'].data.parse(hidden.findings[0]!.data)
    expect(data).toMatchObject({ fact: 'transfers' })
    expect(data.answers.map((a) => a.endpoint)).toEqual([null, 'https://a', 'https://b'])
  })
})
