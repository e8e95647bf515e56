import { custom, http, type EIP1193RequestFn, type Transport } from 'viem'
import { DoctorError, ExitCode, text } from '../errors/doctor-error.js'
import { faultReason, isEndpointFault } from './classify-error.js'
import { endpointLabel, type Endpoint, type EndpointProblem, type RpcStats } from './endpoint.js'
import { assertReadOnly, READ_METHODS } from './read-methods.js'

type EndpointState = {
  endpoint: Endpoint
  request: EIP1193RequestFn
  /** Resolves to the chain id the endpoint reports; asked once, in the same batch as the first call. */
  chainId?: Promise<number>
  failed: boolean
}

export type ChainTransportOptions = {
  chainId: number
  endpoints: readonly Endpoint[]
  /** Per HTTP request: short enough that one hanging endpoint cannot use up the whole deadline. */
  requestTimeoutMs: number
  problems: EndpointProblem[]
  stats: RpcStats
}

/**
 * One chain's transport: each call goes to the first endpoint that has not failed, through viem's
 * batching `http` transport, so calls made together leave as one JSON-RPC batch. Before an
 * endpoint's first answer is used its `eth_chainId` must match the chain (sent in that same batch,
 * so the check costs no round trip). A dead or lying endpoint is recorded and the next one tried.
 * Only read methods pass, here and again inside viem (`methods.include`).
 */
export function chainTransport(options: ChainTransportOptions): Transport {
  const states: EndpointState[] = options.endpoints.map((endpoint) => ({
    endpoint,
    failed: false,
    chainId: endpoint.verifiedChainId === undefined ? undefined : Promise.resolve(endpoint.verifiedChainId),
    request: http(endpoint.url, {
      batch: true,
      retryCount: 0,
      timeout: options.requestTimeoutMs,
      methods: { include: [...READ_METHODS] },
      onFetchRequest: () => {
        options.stats.httpRequests++
      },
    })({ retryCount: 0, timeout: options.requestTimeoutMs }).request,
  }))

  const fail = (state: EndpointState, problem: Omit<EndpointProblem, 'chainId' | 'endpoint'>) => {
    state.failed = true
    options.problems.push({ chainId: options.chainId, endpoint: endpointLabel(state.endpoint), ...problem })
  }

  const request = async ({ method, params }: { method: string; params?: unknown }) => {
    assertReadOnly(method)
    options.stats.calls++
    for (const state of states) {
      if (state.failed) continue
      state.chainId ??= state.request({ method: 'eth_chainId' }).then((id) => Number(id))
      const [reported, answer] = await Promise.allSettled([
        state.chainId,
        state.request({ method, params } as Parameters<EIP1193RequestFn>[0]),
      ])
      if (state.failed) continue // another call found it faulty meanwhile
      if (reported.status === 'rejected') {
        fail(state, { kind: 'unreachable', reason: faultReason(reported.reason) })
        continue
      }
      if (reported.value !== options.chainId) {
        fail(state, { kind: 'chain-mismatch', reason: 'wrong chain id', reportedChainId: reported.value })
        continue
      }
      if (answer.status === 'fulfilled') return answer.value
      if (!isEndpointFault(answer.reason, method)) throw answer.reason
      fail(state, { kind: 'unreachable', reason: faultReason(answer.reason) })
    }
    throw new DoctorError({
      code: 'rpc.unreachable',
      message: text('error.chainUnreachable', { chainId: options.chainId }),
      suggestion: text('hint.rpcFlag'),
      exitCode: ExitCode.couldNotLook,
    })
  }

  return custom({ request }, { retryCount: 0, key: 'support-doctor', name: 'support-doctor read-only fallback' })
}
