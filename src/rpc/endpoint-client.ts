import { RpcRequestError } from 'viem'
import { EndpointHttpError } from './endpoint-errors.js'
import type { RpcStats } from './endpoint.js'
import { postJson } from './http-post.js'
import { assertReadOnly } from './read-methods.js'

export type RpcCall = { method: string; params?: unknown }

type Queued = RpcCall & { id: number; resolve: (value: unknown) => void; reject: (error: Error) => void }

/** As viem: one HTTP request carries at most this many calls. */
const MAX_BATCH = 1000

/**
 * JSON-RPC over HTTP to one endpoint, on node:http/https. Calls made in the same turn of the event
 * loop leave as one JSON-RPC batch; every answer is checked to be a JSON-RPC answer to exactly the
 * calls sent (ids, result or error) before anyone sees it. Only read methods leave. Each HTTP
 * request is counted, with the calls it carried. No retries here: the chain transport decides.
 */
export class EndpointClient {
  private queue: Queued[] = []
  private flushing: NodeJS.Timeout | undefined
  private nextId = 1
  /** Answers asked for ahead of need (see `prefetch`), each handed out once. */
  private readonly early = new Map<string, Promise<unknown>>()
  private readonly url: URL

  constructor(
    url: string,
    private readonly options: { timeoutMs: number; stats: RpcStats; label: string; signal?: AbortSignal | undefined },
  ) {
    this.url = new URL(url)
  }

  request(call: RpcCall): Promise<unknown> {
    assertReadOnly(call.method)
    const key = callKey(call)
    const early = this.early.get(key)
    if (early) {
      this.early.delete(key)
      return early
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ ...call, id: this.nextId++, resolve, reject })
      this.flushing ??= setTimeout(() => this.flush(), 0)
    })
  }

  /**
   * Sends calls in the batch now forming and keeps their answers for whoever asks the very same
   * call first — so a command's first round can ride along with the question that must come before
   * it (an `--rpc` URL's chain id) instead of waiting a round trip.
   */
  prefetch(calls: readonly RpcCall[]): void {
    for (const call of calls) {
      const answer = this.request(call)
      answer.catch(() => {}) // an answer nobody ends up asking for must not be an unhandled rejection
      this.early.set(callKey(call), answer)
    }
  }

  /** Forgets answers asked for ahead of need: after a failed exchange, the next asker asks afresh. */
  dropPrefetched(): void {
    this.early.clear()
  }

  private flush(): void {
    this.flushing = undefined
    const queued = this.queue
    this.queue = []
    for (let start = 0; start < queued.length; start += MAX_BATCH)
      void this.send(queued.slice(start, start + MAX_BATCH))
  }

  private async send(calls: Queued[]): Promise<void> {
    const single = calls.length === 1
    const bodies = calls.map(({ id, method, params }) => ({ jsonrpc: '2.0', id, method, params: params ?? [] }))
    this.options.stats.httpRequests++
    this.options.stats.calls += calls.length
    let answers: Map<number, unknown>
    try {
      const bytes = await postJson(this.url, JSON.stringify(single ? bodies[0] : bodies), {
        timeoutMs: this.options.timeoutMs,
        label: this.options.label,
        signal: this.options.signal,
      })
      answers = matchAnswers(parse(bytes, this.options.label), calls, single, this.options.label)
    } catch (error) {
      for (const call of calls) call.reject(error as Error)
      return
    }
    for (const call of calls) {
      const answer = answers.get(call.id) as { result?: unknown; error?: RpcErrorBody }
      if (answer.error) {
        call.reject(
          new RpcRequestError({
            body: { method: call.method, params: call.params },
            error: answer.error,
            url: this.options.label,
          }),
        )
      } else call.resolve(answer.result)
    }
  }
}

type RpcErrorBody = { code: number; message: string; data?: unknown }

const callKey = ({ method, params }: RpcCall) => JSON.stringify([method, params ?? []])

function parse(bytes: Buffer, label: string): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'))
  } catch (cause) {
    throw new EndpointHttpError({ kind: 'invalid-answer', detail: 'not JSON' }, label, cause as Error)
  }
}

/**
 * The answer to each call by id — or an invalid-answer fault for the whole exchange when the
 * endpoint did not answer exactly the calls sent (a missing, unknown or repeated id, an answer that
 * is neither a result nor a well-formed error). One error object for a whole batch (a provider
 * refusing it) is that error for every call.
 */
function matchAnswers(parsed: unknown, calls: Queued[], single: boolean, label: string): Map<number, unknown> {
  const invalid = (detail: string) => new EndpointHttpError({ kind: 'invalid-answer', detail }, label)
  const answers = new Map<number, unknown>()
  if (!single && isRecord(parsed) && !Array.isArray(parsed) && isRpcError(parsed.error)) {
    for (const call of calls) answers.set(call.id, { error: errorBody(parsed.error) })
    return answers
  }
  const list: unknown[] = single ? [parsed] : Array.isArray(parsed) ? parsed : []
  if (list.length !== calls.length) throw invalid('not one answer per call')
  const wanted = new Set(calls.map((c) => c.id))
  for (const item of list) {
    if (!isRecord(item)) throw invalid('not a JSON-RPC answer')
    const id = item.id
    // A single call's error may come back with a null id (a parse or auth failure on the server).
    const matched = single && id === null && isRpcError(item.error) ? calls[0]?.id : id
    if (typeof matched !== 'number' || !wanted.has(matched) || answers.has(matched))
      throw invalid('answers do not match the calls')
    if (isRpcError(item.error)) answers.set(matched, { error: errorBody(item.error) })
    else if ('result' in item && item.error === undefined) answers.set(matched, { result: item.result })
    else throw invalid('neither a result nor an error')
  }
  return answers
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

const isRpcError = (value: unknown): value is { code: number; message?: unknown; data?: unknown } =>
  isRecord(value) && Number.isSafeInteger(value.code)

const errorBody = (error: { code: number; message?: unknown; data?: unknown }): RpcErrorBody => ({
  code: error.code,
  message: typeof error.message === 'string' ? error.message : '',
  ...(error.data === undefined ? {} : { data: error.data }),
})
