import { custom, type Transport } from 'viem'
import { EndpointClient } from './endpoint-client.js'
import { endpointLabel, type RpcStats } from './endpoint.js'
import { READ_METHODS } from './read-methods.js'

/**
 * One JSON-RPC client per endpoint URL for the whole run, so a command's rounds share its
 * keep-alive connection, its batches and what was asked ahead of need. `signal` (a library
 * caller's AbortSignal) tears down every request of the run that is still in flight.
 */
export class EndpointPool {
  private readonly clients = new Map<string, EndpointClient>()

  constructor(private readonly options: { timeoutMs: number; stats: RpcStats; signal?: AbortSignal | undefined }) {}

  client(url: string): EndpointClient {
    let client = this.clients.get(url)
    if (!client) {
      client = new EndpointClient(url, { ...this.options, label: endpointLabel({ url }) })
      this.clients.set(url, client)
    }
    return client
  }
}

/**
 * The one way the tool talks to an endpoint, as a viem transport: node:http(s) with keep-alive,
 * calls made together leave as one JSON-RPC batch, only read methods pass (here and again in
 * viem's `methods.include`), answers are size-capped and checked to be JSON-RPC, every HTTP
 * request is counted, and nothing is retried (the chain transport decides that).
 */
export function endpointHttp(
  url: string,
  { timeoutMs, stats, pool }: { timeoutMs: number; stats: RpcStats; pool?: EndpointPool | undefined },
): Transport {
  const client = (pool ?? new EndpointPool({ timeoutMs, stats })).client(url)
  return custom(
    { request: (call: { method: string; params?: unknown }) => client.request(call) },
    {
      key: 'support-doctor-http',
      name: 'support-doctor read-only HTTP',
      retryCount: 0,
      methods: { include: [...READ_METHODS] },
    },
  )
}
