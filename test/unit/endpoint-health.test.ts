import { describe, expect, it } from 'vitest'
import { judgeEndpoints, staleAfterSeconds } from '../../src/diagnose/endpoint-health.js'
import type { EndpointHealth } from '../../src/evidence/probe-endpoint.js'

const NOW = new Date('2026-11-22T00:00:00Z')
const seconds = NOW.getTime() / 1000
const probe = (overrides: Partial<EndpointHealth>): EndpointHealth => ({
  endpoint: 'https://a.example',
  origin: 'public',
  configuredChainId: 1,
  reachable: true,
  problem: null,
  reportedChainId: 1,
  head: '1000',
  headTimestamp: String(seconds - 12),
  latencyMs: 50,
  servesTrace: false,
  servesHistory: true,
  ...overrides,
})

describe('judging endpoints against each other', () => {
  it('far behind the best endpoint of its chain: stale', () => {
    const [good, behind] = judgeEndpoints([probe({}), probe({ endpoint: 'https://b.example', head: '950' })], NOW)
    expect(good).toMatchObject({ stale: false, healthy: true })
    expect(behind).toMatchObject({ stale: true, healthy: false })
  })

  it('a head older than its chain allows: stale, unless the chain mines only on demand', () => {
    const old = probe({ headTimestamp: String(seconds - 3600) })
    expect(judgeEndpoints([old], NOW)[0]).toMatchObject({ stale: true })
    expect(judgeEndpoints([old], NOW, { idleChains: new Set([1]) })[0]).toMatchObject({ stale: false, healthy: true })
  })

  it("how old a head may be follows the chain's pace: Base after 2 minutes, Ethereum after 6, never 10", () => {
    expect(staleAfterSeconds(8453)).toBe(120)
    expect(staleAfterSeconds(42161)).toBe(120)
    expect(staleAfterSeconds(1)).toBe(360)
    expect(staleAfterSeconds(999_999)).toBe(600) // a chain the registry does not pace
    const sevenMinutes = String(seconds - 7 * 60)
    expect(judgeEndpoints([probe({ configuredChainId: 8453, headTimestamp: sevenMinutes })], NOW)[0]).toMatchObject({
      stale: true,
    })
    expect(judgeEndpoints([probe({ headTimestamp: String(seconds - 5 * 60) })], NOW)[0]).toMatchObject({ stale: false })
  })

  it('a wrong chain id or no answer is not healthy, and does not set the best head', () => {
    const [liar, dead, honest] = judgeEndpoints(
      [
        probe({ problem: 'wrong chain id', head: '99999' }),
        probe({ reachable: false, head: null, headTimestamp: null, problem: 'timed out' }),
        probe({}),
      ],
      NOW,
    )
    expect(liar?.healthy).toBe(false)
    expect(dead?.healthy).toBe(false)
    expect(honest).toMatchObject({ stale: false, healthy: true })
  })
})
