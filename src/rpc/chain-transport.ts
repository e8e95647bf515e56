import { custom, type EIP1193RequestFn, type Transport } from 'viem'
import { faultReason, judgeError } from './classify-error.js'
import { pause, pauseBeforeRetry } from './retry-policy.js'
import { endpointLabel, type Endpoint, type EndpointProblem, type RpcStats } from './endpoint.js'
import { endpointHttp, type EndpointPool } from './endpoint-http.js'
import { assertReadOnly } from './read-methods.js'
import { answerProblem } from './validate-answer.js'
import { chainUnreachableError } from '../errors/rpc-errors.js'
import { isAborted } from './endpoint-errors.js'
import { faultWords, refusedWords } from '../findings/fault-words.js'

type EndpointState = {
  endpoint: Endpoint
  order: number
  request: EIP1193RequestFn
  /** Resolves to the chain id the endpoint reports; asked once, in the same batch as the first call. */
  chainId?: Promise<number>
  failed: boolean
  /** Transient faults met so far: endpoints are tried healthiest first. */
  faults: number
  /** Methods this endpoint refused (a JSON-RPC error that is no answer): others are asked first for them. */
  refused: Set<string>
  /** Whether a refusal was already reported: once per endpoint is enough. */
  refusalReported: boolean
}

export type ChainTransportOptions = {
  chainId: number
  endpoints: readonly Endpoint[]
  /** Per HTTP request: short enough that one hanging endpoint cannot use up the whole deadline. */
  requestTimeoutMs: number
  problems: EndpointProblem[]
  stats: RpcStats
  /** Shared with endpoint resolution, so answers asked for alongside a chain id are used here. */
  pool?: EndpointPool | undefined
  /** One of several connections compared side by side: name its refusals even when none answered here. */
  sideBySide?: boolean | undefined
}

/** An answer that can't be trusted (wrong shape, another transaction): the endpoint is at fault. */
class InvalidAnswer extends Error {}

/** The endpoint could not say its chain id: whatever it answers otherwise cannot be placed on a chain. */
class NoChainId extends Error {}

/**
 * One chain's transport: each call goes to the healthiest endpoint that has not failed, through
 * its batching client (src/rpc/endpoint-client.ts), so calls made together leave as one JSON-RPC
 * batch. Before an endpoint's first answer is used its `eth_chainId` must match the chain (sent in
 * that same batch, so the check costs no round trip), and every answer must have the shape its
 * method promises. A transient fault is retried after a pause (twice at most) when no other
 * endpoint is left; a dead, lying or malformed endpoint is recorded and the next one tried. An
 * endpoint that refuses a call with a JSON-RPC error (not an answer such as a revert) leaves that
 * call to the next endpoint, and is asked last for that method from then on. Only read methods
 * pass, here and again inside viem (`methods.include`).
 */
export function chainTransport(options: ChainTransportOptions): Transport {
  const states: EndpointState[] = options.endpoints.map((endpoint, order) => ({
    endpoint,
    order,
    failed: false,
    faults: 0,
    refused: new Set(),
    refusalReported: false,
    chainId: endpoint.verifiedChainId === undefined ? undefined : Promise.resolve(endpoint.verifiedChainId),
    request: endpointHttp(endpoint.url, {
      timeoutMs: options.requestTimeoutMs,
      stats: options.stats,
      pool: options.pool,
    })({
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
      throw new NoChainId('no chain id', { cause: reported.reason })
    }
    if (reported.value !== options.chainId) return { mismatch: reported.value } as const
    if (answer.status === 'rejected') throw answer.reason
    const problem = answerProblem(method, params, answer.value)
    if (problem) throw new InvalidAnswer(problem)
    return { value: answer.value } as const
  }

  const request = async ({ method, params }: { method: string; params?: unknown }) => {
    assertReadOnly(method)
    const refusedBy = (s: EndpointState) => (s.refused.has(method) ? 1 : 0)
    const ranked = () =>
      states
        .filter((s) => !s.failed)
        .sort((a, b) => refusedBy(a) - refusedBy(b) || a.faults - b.faults || a.order - b.order)
    const refusals: { state: EndpointState; error: unknown }[] = []
    const tried = new Set<EndpointState>()
    for (const state of ranked()) {
      tried.add(state)
      for (let attempt = 0; !state.failed; attempt++) {
        try {
          const outcome = await ask(state, method, params)
          if ('mismatch' in outcome) {
            fail(state, { kind: 'chain-mismatch', reason: faultWords.wrongChainId, reportedChainId: outcome.mismatch })
            break
          }
          // The other answers of the same batch settle together with this one: let them be checked
          // first, so nothing is used from an endpoint that one of them shows to be lying.
          await new Promise((resolve) => setImmediate(resolve))
          if (state.failed) break
          reportRefusals(method, refusals)
          return outcome.value
        } catch (error) {
          // The caller gave up: no other endpoint is tried, no pause taken, no endpoint blamed.
          if (isAborted(error)) throw error
          if (state.failed) break // another call found it faulty meanwhile
          if (error instanceof InvalidAnswer) {
            fail(state, { kind: 'unreachable', reason: error.message })
            break
          }
          const verdict = error instanceof NoChainId ? 'fault' : judgeError(error, method)
          if (verdict === 'answer') throw error // an answer about the request itself
          if (verdict === 'refusal') {
            state.refused.add(method)
            refusals.push({ state, error })
            break
          }
          state.faults++
          // Others that may still answer this call: not failed, and not already tried for it (refused).
          const othersLeft = states.some((s) => !tried.has(s) && !s.failed)
          const wait = othersLeft ? null : pauseBeforeRetry(error, attempt)
          if (wait !== null) {
            await pause(wait)
            continue
          }
          fail(state, { kind: 'unreachable', reason: faultReason(error) })
        }
      }
    }
    // Refused everywhere it could be asked: the refusal is the answer (a method no endpoint serves
    // is a gap in the evidence, for the caller to handle), and no endpoint is worse than another —
    // unless this connection is one voice in a comparison, where another endpoint may answer.
    const refusal = refusals.at(-1)
    if (refusal) {
      if (options.sideBySide) reportRefusals(method, refusals)
      throw refusal.error
    }
    throw chainUnreachableError(options.chainId)
  }

  /** Endpoints that refused a call another one then answered: worth a line in the report, once each. */
  const reportRefusals = (method: string, refusals: { state: EndpointState; error: unknown }[]) => {
    for (const { state, error } of refusals) {
      if (state.refusalReported || state.failed) continue
      state.refusalReported = true
      options.problems.push({
        chainId: options.chainId,
        endpoint: endpointLabel(state.endpoint),
        kind: 'unreachable',
        reason: refusedWords(method, faultReason(error)),
      })
    }
  }

  return custom({ request }, { retryCount: 0, key: 'support-doctor', name: 'support-doctor read-only fallback' })
}
