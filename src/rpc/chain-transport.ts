import { custom, type EIP1193RequestFn, type Transport } from 'viem'
import { faultReason, isEndpointFault, transientFault } from './classify-error.js'
import { endpointLabel, type Endpoint, type EndpointProblem, type RpcStats } from './endpoint.js'
import { endpointHttp } from './endpoint-http.js'
import { assertReadOnly } from './read-methods.js'
import { answerProblem } from './validate-answer.js'
import { chainUnreachableError } from '../errors/rpc-errors.js'

type EndpointState = {
  endpoint: Endpoint
  order: number
  request: EIP1193RequestFn
  /** Resolves to the chain id the endpoint reports; asked once, in the same batch as the first call. */
  chainId?: Promise<number>
  failed: boolean
  /** Transient faults met so far: endpoints are tried healthiest first. */
  faults: number
}

export type ChainTransportOptions = {
  chainId: number
  endpoints: readonly Endpoint[]
  /** Per HTTP request: short enough that one hanging endpoint cannot use up the whole deadline. */
  requestTimeoutMs: number
  problems: EndpointProblem[]
  stats: RpcStats
}

/** Two more tries after a transient fault; the pause doubles, and a Retry-After is honoured up to a cap. */
const RETRIES = 2
const FIRST_PAUSE_MS = 150
const MAX_PAUSE_MS = 2_000

/** An answer that can't be trusted (wrong shape, another transaction): the endpoint is at fault. */
class InvalidAnswer extends Error {}

/**
 * One chain's transport: each call goes to the healthiest endpoint that has not failed, through
 * viem's batching `http` transport, so calls made together leave as one JSON-RPC batch. Before an
 * endpoint's first answer is used its `eth_chainId` must match the chain (sent in that same batch,
 * so the check costs no round trip), and every answer must have the shape its method promises.
 * A transient fault is retried after a pause (twice at most) when no other endpoint is left; a dead, lying
 * or malformed endpoint is recorded and the next one tried. Only read methods pass, here and
 * again inside viem (`methods.include`).
 */
export function chainTransport(options: ChainTransportOptions): Transport {
  const states: EndpointState[] = options.endpoints.map((endpoint, order) => ({
    endpoint,
    order,
    failed: false,
    faults: 0,
    chainId: endpoint.verifiedChainId === undefined ? undefined : Promise.resolve(endpoint.verifiedChainId),
    request: endpointHttp(endpoint.url, { timeoutMs: options.requestTimeoutMs, stats: options.stats })({
      retryCount: 0,
      timeout: options.requestTimeoutMs,
    }).request,
  }))

  const fail = (state: EndpointState, problem: Omit<EndpointProblem, 'chainId' | 'endpoint'>) => {
    if (state.failed) return
    state.failed = true
    options.problems.push({ chainId: options.chainId, endpoint: endpointLabel(state.endpoint), ...problem })
  }

  /** The answer of one endpoint, checked: the right chain, the right shape, the thing asked for. */
  const ask = async (state: EndpointState, method: string, params: unknown) => {
    state.chainId ??= state.request({ method: 'eth_chainId' }).then((id) => Number(id))
    const [reported, answer] = await Promise.allSettled([state.chainId, state.request({ method, params })])
    if (reported.status === 'rejected') {
      state.chainId = undefined // not known yet: a retry asks again
      throw reported.reason
    }
    if (reported.value !== options.chainId) return { mismatch: reported.value } as const
    if (answer.status === 'rejected') throw answer.reason
    const problem = answerProblem(method, params, answer.value)
    if (problem) throw new InvalidAnswer(problem)
    return { value: answer.value } as const
  }

  const request = async ({ method, params }: { method: string; params?: unknown }) => {
    assertReadOnly(method)
    options.stats.calls++
    const ranked = () => states.filter((s) => !s.failed).sort((a, b) => a.faults - b.faults || a.order - b.order)
    for (const state of ranked()) {
      for (let attempt = 0; !state.failed; attempt++) {
        try {
          const outcome = await ask(state, method, params)
          if ('mismatch' in outcome) {
            fail(state, { kind: 'chain-mismatch', reason: 'wrong chain id', reportedChainId: outcome.mismatch })
            break
          }
          // The other answers of the same batch settle together with this one: let them be checked
          // first, so nothing is used from an endpoint that one of them shows to be lying.
          await new Promise((resolve) => setImmediate(resolve))
          if (state.failed) break
          return outcome.value
        } catch (error) {
          if (state.failed) break // another call found it faulty meanwhile
          if (error instanceof InvalidAnswer) {
            fail(state, { kind: 'unreachable', reason: error.message })
            break
          }
          if (!isEndpointFault(error, method)) throw error // an answer about the request itself
          state.faults++
          const transient = transientFault(error)
          const othersLeft = states.some((s) => s !== state && !s.failed)
          if (transient && !othersLeft && attempt < RETRIES) {
            await pause(Math.min(MAX_PAUSE_MS, transient.retryAfterMs ?? FIRST_PAUSE_MS * 2 ** attempt))
            continue
          }
          fail(state, { kind: 'unreachable', reason: faultReason(error) })
        }
      }
    }
    throw chainUnreachableError(options.chainId)
  }

  return custom({ request }, { retryCount: 0, key: 'support-doctor', name: 'support-doctor read-only fallback' })
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
