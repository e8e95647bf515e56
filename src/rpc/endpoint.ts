import { displayUrl } from '../redact/redact-urls.js'

/** Where an endpoint came from, in the order they are tried. */
export type EndpointOrigin = 'flag' | 'environment' | 'config' | 'public'

export type Endpoint = {
  url: string
  chainId: number
  origin: EndpointOrigin
  /** Set when the endpoint's eth_chainId was already asked: the transport need not ask again. */
  verifiedChainId?: number
}

/** A problem met with one endpoint on the way: evidence, judged later into `rpc.*` findings. */
export type EndpointProblem = {
  kind: 'unreachable' | 'chain-mismatch'
  chainId: number
  /** Scheme and host only: a key in the URL must not reach a report. */
  endpoint: string
  reason: string
  reportedChainId?: number | undefined
}

export const endpointLabel = (endpoint: Pick<Endpoint, 'url'>) => displayUrl(endpoint.url)

/**
 * The chain id a problem is recorded under when its endpoint is a `--rpc` URL that never said
 * which chain it serves (resolve-endpoints.ts): no real chain has id 0.
 */
export const UNPLACED_CHAIN_ID = 0

/** A `--rpc` URL that did not answer when asked its chain id: the network it serves is not known. */
export const isUnplaced = (problem: Pick<EndpointProblem, 'kind' | 'chainId'>) =>
  problem.kind === 'unreachable' && problem.chainId === UNPLACED_CHAIN_ID

/** Counts what crossed the wire, for the report and for bench/. */
export type RpcStats = { httpRequests: number; calls: number }
export const newRpcStats = (): RpcStats => ({ httpRequests: 0, calls: 0 })
