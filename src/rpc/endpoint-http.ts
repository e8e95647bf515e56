import { http, type HttpTransport } from 'viem'
import { cappedFetch } from './capped-fetch.js'
import type { RpcStats } from './endpoint.js'
import { READ_METHODS } from './read-methods.js'

/**
 * viem's http transport to one endpoint, the one way the tool talks to any endpoint: calls made
 * together leave as one JSON-RPC batch, only read methods pass, answers are size-capped, every
 * HTTP request is counted, and viem does not retry (the chain transport decides that).
 */
export function endpointHttp(url: string, { timeoutMs, stats }: { timeoutMs: number; stats: RpcStats }): HttpTransport {
  return http(url, {
    batch: true,
    retryCount: 0,
    timeout: timeoutMs,
    methods: { include: [...READ_METHODS] },
    fetchFn: cappedFetch,
    onFetchRequest: () => {
      stats.httpRequests++
    },
  })
}
