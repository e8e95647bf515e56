import { firstRoundWidth } from '../evidence/first-round-width.js'
import type { RpcCall } from '../rpc/endpoint-client.js'
import { EndpointPool } from '../rpc/endpoint-http.js'
import { newRpcStats, type Endpoint, type EndpointProblem, type RpcStats } from '../rpc/endpoint.js'
import { resolveEndpoints } from '../rpc/resolve-endpoints.js'
import type { NetworkOptions } from './common-options.js'
import type { Settings } from './settings.js'

/** A command's endpoints being resolved, its first round on the way: what `connect` goes on from. */
export type FirstRound = {
  endpoints: Promise<Map<number, Endpoint[]>>
  problems: EndpointProblem[]
  stats: RpcStats
  /** The endpoints' HTTP clients, holding the first round's answers: every connection shares it. */
  pool: EndpointPool
}

/**
 * Starts resolving the endpoints, with `calls` (a hash lookup) riding in the batch that asks each
 * `--rpc` URL its chain id — or, without `--rpc`, sent to the configured and public endpoints the
 * first round asks. The batches leave on the next turn of the event loop, so a command that
 * calls this as soon as its input is checked — before loading the code that reads and judges the
 * answers (src/commands/tx.ts) — has them back, or nearly, by the time that code is loaded. Only
 * the endpoint code is loaded by then, not viem's clients or the rules. Never call it before the
 * input is checked: bad input must stop before any network call (README, "Exit codes").
 */
export function sendFirstRound(
  options: Pick<NetworkOptions, 'chain' | 'rpc' | 'publicRpc'>,
  settings: Pick<Settings, 'config' | 'requestTimeoutMs' | 'signal'>,
  calls: readonly RpcCall[],
): FirstRound {
  const problems: EndpointProblem[] = []
  const stats = newRpcStats()
  const pool = new EndpointPool({ timeoutMs: settings.requestTimeoutMs, stats, signal: settings.signal })
  const endpoints = resolveEndpoints(
    {
      flagUrls: options.rpc,
      configured: settings.config.rpc ?? {},
      publicRpc: options.publicRpc && settings.config.publicRpc !== false,
      requestedChainId: options.chain,
      firstRound: calls,
    },
    { requestTimeoutMs: settings.requestTimeoutMs, problems, stats, pool },
  )
  // Whoever connects awaits it; one that never gets there (an error on the way) must not leave an
  // unhandled rejection behind.
  endpoints.catch(() => {})
  // Configured and public endpoints need no question first: the round goes to those the search will
  // ask. With --rpc, which chain each URL serves is only known from its answer: that round is asked
  // there alone (above), and the others wait for the search, as before.
  if (options.rpc.length === 0 && calls.length > 0)
    void endpoints.then((byChain) => askAhead(byChain, options.chain, calls, pool)).catch(() => {})
  return { endpoints, problems, stats, pool }
}

/**
 * The first round, to the endpoints the search asks first (evidence/gather-tx-evidence.ts): every
 * endpoint of the chain asked for, else the first two of each chain — with each one's chain-id
 * question, which the transport asks before using an answer. Each answer waits in the endpoint's
 * client for the transport's identical call; one nobody asks for is never read.
 */
function askAhead(
  byChain: Map<number, Endpoint[]>,
  requestedChainId: number | undefined,
  calls: readonly RpcCall[],
  pool: EndpointPool,
) {
  const urls = new Set<string>()
  for (const [chainId, endpoints] of byChain) {
    if (requestedChainId !== undefined && chainId !== requestedChainId) continue
    const width = firstRoundWidth(requestedChainId !== undefined)
    for (const endpoint of width === 'all' ? endpoints : endpoints.slice(0, width)) urls.add(endpoint.url)
  }
  for (const url of urls) pool.client(url).prefetch([{ method: 'eth_chainId' }, ...calls])
}
