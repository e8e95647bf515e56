import type { EndpointHealth } from '../evidence/probe-endpoint.js'

/** A head this far behind the best endpoint of its chain, or this old, is stale. */
export const STALE_BLOCKS = 10n
export const STALE_SECONDS = 600

export type EndpointVerdict = EndpointHealth & { stale: boolean; healthy: boolean }

/**
 * Pure: each endpoint judged against the others of its chain. Stale when its head is far behind
 * the best one, or older than ten minutes (a live chain makes blocks every few seconds).
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
      now.getTime() / 1000 - Number(p.headTimestamp) > STALE_SECONDS
    const stale = p.reachable && (behind || old)
    return { ...p, stale, healthy: p.reachable && p.problem === null && !stale }
  })
}
