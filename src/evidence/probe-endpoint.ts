import { MethodNotFoundRpcError, MethodNotSupportedRpcError, type EIP1193RequestFn } from 'viem'
import { walkCauses } from '../errors/doctor-error.js'
import { faultReason } from '../rpc/classify-error.js'
import { endpointLabel, type Endpoint, type RpcStats } from '../rpc/endpoint.js'
import { endpointHttp, type EndpointPool } from '../rpc/endpoint-http.js'
import { createReadClient } from '../rpc/read-client.js'
import { faultWords } from '../findings/fault-words.js'

export type EndpointHealth = {
  endpoint: string
  origin: Endpoint['origin']
  /** null: a --rpc URL that did not answer when asked its chain id (unreachableFlagUrl). */
  configuredChainId: number | null
  reachable: boolean
  problem: string | null
  reportedChainId: number | null
  head: string | null
  headTimestamp: string | null
  latencyMs: number | null
  servesTrace: boolean | null
  servesHistory: boolean | null
}

/** A --rpc URL that did not say which chain it serves: listed, unreachable, under no chain. */
export const unreachableFlagUrl = (url: string, problem: string): EndpointHealth =>
  unreachable({ endpoint: endpointLabel({ url }), origin: 'flag', configuredChainId: null }, problem)

/** An endpoint that gave no answer: nothing known of it but where it is and why. */
const unreachable = (
  base: Pick<EndpointHealth, 'endpoint' | 'origin' | 'configuredChainId'>,
  problem: string,
): EndpointHealth => ({
  ...base,
  reachable: false,
  problem,
  reportedChainId: null,
  head: null,
  headTimestamp: null,
  latencyMs: null,
  servesTrace: null,
  servesHistory: null,
})

const ZERO_HASH = `0x${'0'.repeat(64)}` as const
const ZERO_ADDRESS = '0x0000000000000000000000000000000000000000'
/** How far back "historical state" means: about two weeks of Ethereum blocks. */
const HISTORY_DEPTH = 100_000n

/**
 * Health of one endpoint, in two rounds: chain id and head (timed), then whether it serves
 * debug_traceTransaction and old state. Read-only like everything else; evidence, not judgement.
 */
export async function probeEndpoint(
  endpoint: Endpoint,
  { timeoutMs, stats, pool }: { timeoutMs: number; stats: RpcStats; pool?: EndpointPool | undefined },
): Promise<EndpointHealth> {
  const client = createReadClient({ transport: endpointHttp(endpoint.url, { timeoutMs, stats, pool }) })
  const base = { endpoint: endpointLabel(endpoint), origin: endpoint.origin, configuredChainId: endpoint.chainId }
  const started = performance.now()
  try {
    const [chainId, head] = await Promise.all([client.getChainId(), client.getBlock({ blockTag: 'latest' })])
    const latencyMs = Math.round(performance.now() - started)
    const request = client.request as EIP1193RequestFn
    const unsupported = (error: unknown) =>
      walkCauses(error, (e) => e instanceof MethodNotFoundRpcError || e instanceof MethodNotSupportedRpcError) !== null
    const [servesTrace, servesHistory] = await Promise.all([
      request({ method: 'debug_traceTransaction', params: [ZERO_HASH, { tracer: 'callTracer' }] }).then(
        () => true,
        (error) => !unsupported(error) && !/not (supported|available|enabled)|does not exist/i.test(String(error)),
      ),
      // A chain with no past yet (block 0) has no history to serve: unknown, not "no".
      !head.number
        ? null
        : client
            .getBalance({
              address: ZERO_ADDRESS,
              blockNumber: head.number > HISTORY_DEPTH ? head.number - HISTORY_DEPTH : 1n,
            })
            .then(
              () => true,
              () => false,
            ),
    ])
    return {
      ...base,
      reachable: true,
      problem: chainId === endpoint.chainId ? null : faultWords.wrongChainId,
      reportedChainId: chainId,
      head: head.number?.toString() ?? null,
      headTimestamp: head.timestamp.toString(),
      latencyMs,
      servesTrace,
      servesHistory,
    }
  } catch (error) {
    return unreachable(base, faultReason(error))
  }
}
