import { findChain } from '../chains/find-chain.js'
import { knownChains } from '../chains/registry.js'
import { inputError } from '../errors/doctor-error.js'
import { text } from '../i18n/text.js'
import { faultReason, isTimeout } from './classify-error.js'
import type { EndpointClient, RpcCall } from './endpoint-client.js'
import { EndpointPool } from './endpoint-http.js'
import { endpointLabel, UNPLACED_CHAIN_ID, type Endpoint, type EndpointProblem, type RpcStats } from './endpoint.js'
import { pause, pauseBeforeRetry } from './retry-policy.js'
import { answerProblem } from './validate-answer.js'

export type EndpointSources = {
  /** `--rpc`, in the order given. */
  flagUrls: readonly string[]
  /** The merged config's `rpc` (file and environment): keys are chain ids or names. */
  configured: Record<string, string[]>
  publicRpc: boolean
  requestedChainId: number | undefined
  /**
   * The command's first round (a hash lookup), sent in the same batch as each `--rpc` URL's chain-id
   * question: the answers wait in the pool for the chain transport, which checks them as any other.
   */
  firstRound?: readonly RpcCall[] | undefined
}

export type ResolveContext = {
  requestTimeoutMs: number
  problems: EndpointProblem[]
  stats: RpcStats
  /** Where the `--rpc` URLs' clients live; share it with the chain transports to use `firstRound`. */
  pool?: EndpointPool | undefined
}

/** Checks config keys before anything touches the network: a bad key is an input error (exit 2). */
export function configuredEndpoints(configured: Record<string, string[]>): Endpoint[] {
  return Object.entries(configured).flatMap(([key, urls]) => {
    const chain = findChain(key)
    if (!chain) throw inputError('input.config', text('error.configChainKey', { key }), text('hint.listChains'))
    return urls.map((url) => ({ url, chainId: chain.id, origin: 'config' as const }))
  })
}

/**
 * Every chain's endpoints, in the order they are tried: `--rpc` first, then configured ones, then
 * the built-in public ones — which a `--rpc` for the same chain replaces (README, "Configuration"). Each `--rpc`
 * URL is asked its `eth_chainId` (all at once), so two local nodes can stand for two networks.
 */
export async function resolveEndpoints(
  sources: EndpointSources,
  context: ResolveContext,
): Promise<Map<number, Endpoint[]>> {
  const fromConfig = configuredEndpoints(sources.configured)
  const pool = context.pool ?? new EndpointPool({ timeoutMs: context.requestTimeoutMs, stats: context.stats })
  const fromFlags = await Promise.all(
    sources.flagUrls.map(async (url): Promise<Endpoint | null> => {
      const client = pool.client(url)
      try {
        const id = await askChainId(client, sources.firstRound ?? [])
        return { url, chainId: id, origin: 'flag', verifiedChainId: id }
      } catch (error) {
        // What rode along in that exchange is not worth keeping: the transport asks again if it uses the URL.
        client.dropPrefetched()
        // Given with --chain, a URL that did not answer this once stays on that chain: the transport
        // checks its chain id again before use, retries a transient fault, and reports it there.
        if (sources.requestedChainId !== undefined) return { url, chainId: sources.requestedChainId, origin: 'flag' }
        context.problems.push({
          kind: 'unreachable',
          chainId: UNPLACED_CHAIN_ID,
          endpoint: endpointLabel({ url }),
          reason: faultReason(error),
        })
        return null
      }
    }),
  )
  const flagged = fromFlags.filter((e): e is Endpoint => e !== null)
  const byChain = new Map<number, Endpoint[]>()
  const add = (endpoint: Endpoint) => {
    const listed = byChain.get(endpoint.chainId) ?? []
    // The same URL given twice (a flag and the config, say) is one endpoint: asked once, and counted
    // once when endpoints are compared — a copy must not make a majority.
    if (!listed.some((e) => e.url === endpoint.url)) byChain.set(endpoint.chainId, [...listed, endpoint])
  }
  flagged.forEach(add)
  fromConfig.forEach(add)
  if (sources.publicRpc) {
    const replaced = new Set(flagged.map((e) => e.chainId))
    for (const chain of knownChains) {
      if (replaced.has(chain.id)) continue
      for (const url of chain.publicRpcUrls) add({ url, chainId: chain.id, origin: 'public' })
    }
  }
  return byChain
}

/**
 * A `--rpc` URL's chain id, with the first round riding along. A dropped connection, a 429 or a 5xx
 * is asked again, as the chain transport would (retry-policy.ts): without `--chain` nothing else
 * stands for this URL, and one busy moment must not leave the user's own node out. A time-out is
 * not: it has already taken a third of the time limit.
 */
async function askChainId(client: EndpointClient, firstRound: readonly RpcCall[]): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    try {
      const asked = client.request({ method: 'eth_chainId' })
      client.prefetch(firstRound)
      const chainId = await asked
      if (answerProblem('eth_chainId', [], chainId)) throw new Error('invalid chain id')
      const id = Number(chainId)
      if (!Number.isSafeInteger(id) || id <= 0) throw new Error('invalid chain id')
      return id
    } catch (error) {
      const wait = isTimeout(error) ? null : pauseBeforeRetry(error, attempt)
      if (wait === null) throw error
      client.dropPrefetched()
      await pause(wait)
    }
  }
}
