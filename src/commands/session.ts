import { chainForId, knownChains } from '../chains/registry.js'
import { viemChainFor } from '../chains/viem-chain.js'
import { connectChain, type ChainConnection } from '../rpc/chain-connection.js'
import type { RpcCall } from '../rpc/endpoint-client.js'
import { EndpointPool } from '../rpc/endpoint-http.js'
import { UNPLACED_CHAIN_ID, type EndpointProblem, type RpcStats } from '../rpc/endpoint.js'
import type { NetworkOptions } from './common-options.js'
import type { Deps } from './deps.js'
import { translator } from '../i18n/translate.js'
import { startProgress } from '../ui/progress.js'
import { noEndpointAnsweredError, deadlineError } from '../errors/rpc-errors.js'
import { noEndpointsError } from '../errors/input-errors.js'
import type { Settings } from './settings.js'
import { sendFirstRound, type FirstRound } from './first-round.js'

// Settings need no network: commands without one (redact, guide, explain) import them from settings.ts.
export { DEFAULT_TIMEOUT_MS, settingsFor, type Settings, type SettingsOptions } from './settings.js'

export type Network = {
  connections: ChainConnection[]
  problems: EndpointProblem[]
  stats: RpcStats
  /** The endpoints' HTTP clients, kept alive and holding answers asked for ahead: share it with every connection. */
  pool: EndpointPool
}

/**
 * One read-only client per chain that has endpoints, in registry order (then unknown chains).
 * `firstRound`: the calls the command will make first on every chain (a hash lookup) — they ride
 * in the batch that asks each `--rpc` URL its chain id, so that question costs no round trip — or
 * that round already sent (first-round.ts).
 */
export async function connect(
  options: Pick<NetworkOptions, 'chain' | 'rpc' | 'publicRpc'>,
  settings: Settings,
  firstRound: readonly RpcCall[] | FirstRound = [],
  /**
   * `tx`: the chain asked for is only where to look first. With no endpoint for it the others are
   * still searched (the hash may well be there: the wrong-network case), and the evidence says it
   * could not be searched. Elsewhere (`gas`, `address`) a missing chain stops the command.
   */
  { requestedMayBeMissing = false }: { requestedMayBeMissing?: boolean } = {},
): Promise<Network> {
  const started = isSent(firstRound) ? firstRound : sendFirstRound(options, settings, firstRound)
  const { problems, stats, pool } = started
  const context = { requestTimeoutMs: settings.requestTimeoutMs, problems, stats, pool }
  const byChain = await started.endpoints
  const order = (id: number) => {
    const index = knownChains.findIndex((c) => c.id === id)
    return index === -1 ? knownChains.length + id : index
  }
  const connections = await Promise.all(
    [...byChain.entries()]
      .sort(([a], [b]) => order(a) - order(b))
      .map(async ([chainId, endpoints]) => {
        const chain = chainForId(chainId)
        return connectChain(chain, await viemChainFor(chain), endpoints, context)
      }),
  )
  const requestedMissing = options.chain !== undefined && !byChain.has(options.chain) && !requestedMayBeMissing
  if (requestedMissing || connections.length === 0) {
    // Endpoints were given but none answered for the chain, or all serve other chains: that is a
    // network failure (3), not a missing input (2).
    // With a chain asked for, only endpoints that may serve it count as tried: a --rpc URL that
    // answered for another chain leaves that chain with none (exit 2, "no endpoint"), not a failure.
    const triedAndFailed =
      options.chain === undefined
        ? options.rpc.length > 0 || problems.length > 0
        : problems.some((p) => p.chainId === options.chain || p.chainId === UNPLACED_CHAIN_ID)
    throw triedAndFailed ? noEndpointAnsweredError(problems) : noEndpointsError()
  }
  return { connections, problems, stats, pool }
}

const isSent = (round: readonly RpcCall[] | FirstRound): round is FirstRound => !Array.isArray(round)

/** The whole network part of a command must finish within the deadline, or it is exit 3. */
export async function withDeadline<T>(
  work: Promise<T>,
  { timeoutMs, ownBesidePublic }: Pick<Settings, 'timeoutMs' | 'ownBesidePublic'>,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(deadlineError(timeoutMs, ownBesidePublic === true)), timeoutMs)
  })
  try {
    return await Promise.race([work, deadline])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * The network part of a command that reads every chain with endpoints: connect, then `gather`,
 * under the deadline, with a spinner on stderr that says how many networks are being read.
 */
export async function readNetworks<T>(
  options: Pick<NetworkOptions, 'chain' | 'rpc' | 'publicRpc'>,
  settings: Settings,
  deps: Pick<Deps, 'io'>,
  { progress: progressKey, gather }: { progress: ProgressKey; gather: (network: Network) => Promise<T> },
): Promise<T> {
  const say = translator(settings.lang)
  const progress = await startProgress(say('progress.resolving'), deps.io)
  return withDeadline(
    (async () => {
      const network = await connect(options, settings)
      progress.update(say(progressKey, { count: network.connections.length }))
      return gather(network)
    })(),
    settings,
  ).finally(() => progress.stop())
}

/** The progress lines that name how many networks are read. */
type ProgressKey = 'progress.address' | 'progress.security'
