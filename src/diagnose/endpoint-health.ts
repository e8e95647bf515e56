import { chainForId, minesOnDemand } from '../chains/registry.js'
import type { EndpointHealth } from '../evidence/probe-endpoint.js'
import { isUnplaced, type EndpointProblem } from '../rpc/endpoint.js'

/** A head this far behind the best endpoint of its chain, or this old, is stale. */
export const STALE_BLOCKS = 10n
export const STALE_SECONDS = 600

/**
 * How old a head may be before one endpoint alone is called stale: thirty blocks at the chain's
 * fastest pace, at least two minutes (a clock a little off must not flag every endpoint), at most
 * ten. Ethereum 6 min; Base, Arbitrum and the other fast chains 2 min: a Base endpoint seven minutes
 * behind has missed some 200 blocks. A chain the registry does not pace gets the ten minutes. Only
 * for warnings: what a verdict trusts keeps the ten minutes (trusted-head.ts), so a clock that is
 * off cannot make it believe a far-off head.
 */
export function staleAfterSeconds(chainId: number): number {
  const pace = chainForId(chainId).fastestBlockSeconds
  return pace === null ? STALE_SECONDS : Math.min(STALE_SECONDS, Math.max(120, 30 * pace))
}

/** A head this old is stale on its chain — never on one that mines only when asked (a local node). */
export const headTooOld = (chainId: number, ageSeconds: number) =>
  !minesOnDemand(chainId) && ageSeconds > staleAfterSeconds(chainId)

export type EndpointVerdict = EndpointHealth & { stale: boolean; healthy: boolean }

/**
 * Pure: each endpoint judged against the others of its chain. Stale when its head is far behind
 * the best one, or older than its chain allows (staleAfterSeconds: a live chain makes blocks every
 * few seconds).
 */
export function judgeEndpoints(
  probes: readonly EndpointHealth[],
  now: Date,
  { idleChains = new Set<number>() } = {},
): EndpointVerdict[] {
  const best = new Map<number | null, bigint>()
  for (const p of probes) {
    if (p.head === null || p.problem) continue
    const head = BigInt(p.head)
    if (head > (best.get(p.configuredChainId) ?? -1n)) best.set(p.configuredChainId, head)
  }
  return probes.map((p) => {
    const behind = p.head !== null && (best.get(p.configuredChainId) ?? 0n) - BigInt(p.head) > STALE_BLOCKS
    const old =
      p.headTimestamp !== null &&
      p.configuredChainId !== null &&
      !idleChains.has(p.configuredChainId) &&
      now.getTime() / 1000 - Number(p.headTimestamp) > staleAfterSeconds(p.configuredChainId)
    const stale = p.reachable && (behind || old)
    return { ...p, stale, healthy: p.reachable && p.problem === null && !stale }
  })
}

/**
 * `--rpc` URLs that did not answer when asked their chain id: the network each serves, and so
 * whether what was looked for is there, is not known (tx, address and security withhold "nothing").
 */
export const unplacedEndpoints = (evidence: {
  endpointProblems: readonly Pick<EndpointProblem, 'kind' | 'chainId' | 'endpoint'>[]
}): string[] => evidence.endpointProblems.filter(isUnplaced).map((p) => p.endpoint)
