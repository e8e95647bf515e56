import { Agent as HttpAgent, request as httpRequest } from 'node:http'
import type { Readable, Transform } from 'node:stream'
import { TimeoutError } from 'viem'
import { EndpointHttpError } from './endpoint-errors.js'
import { abortedError } from '../errors/rpc-errors.js'

/**
 * No read answer the tool makes comes near this (a big trace or a page of logs is a few MB); a
 * larger one is a faulty or hostile endpoint. Counted while reading, whatever Content-Length says.
 */
export const MAX_ANSWER_BYTES = 16 * 1024 * 1024

/** One keep-alive agent per scheme for the whole run: every round after the first reuses the connection. */
const httpAgent = new HttpAgent({ keepAlive: true })
let httpsAgent: HttpAgent | undefined
/** node:https (and TLS with it) is loaded only when an https endpoint is used: loopback runs never pay for it. */
const https = () => process.getBuiltinModule('node:https')

/**
 * Answers may come compressed, as they did through fetch: big traces and log pages shrink a lot on
 * a slow link. node:zlib is loaded only for a compressed answer, and the cap counts what it
 * decompresses to (a small bomb is refused like a big answer).
 */
function decoderFor(encoding: string): Transform | 'identity' | null {
  const zlib = () => process.getBuiltinModule('node:zlib')
  switch (encoding) {
    case '':
    case 'identity':
      return 'identity'
    case 'gzip':
    case 'x-gzip':
      return zlib().createGunzip()
    case 'deflate':
      return zlib().createInflate()
    case 'br':
      return zlib().createBrotliDecompress()
    default:
      return null
  }
}

/**
 * POSTs a JSON body and resolves with the answer's bytes, for a 2xx status only. Redirects are
 * never followed (the endpoint would send the request, and its key, where the user never said);
 * the whole exchange — connect, send, every byte of the answer — must finish within `timeoutMs`.
 * Rejects with an EndpointHttpError or viem's TimeoutError — or, once `signal` aborts, at once with
 * the `aborted` error, the request torn down (its socket closed, its timer cleared).
 */
export function postJson(
  url: URL,
  body: string,
  { timeoutMs, label, signal }: { timeoutMs: number; label: string; signal?: AbortSignal | undefined },
): Promise<Buffer> {
  if (signal?.aborted) return Promise.reject(abortedError(signal.reason))
  return new Promise<Buffer>((resolve, reject) => {
    let settled = false
    const settle = (outcome: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
      outcome()
    }
    const secure = url.protocol === 'https:'
    if (!secure && url.protocol !== 'http:') {
      return reject(new EndpointHttpError({ kind: 'connection' }, label, new Error(`${url.protocol} is not HTTP`)))
    }
    const agent = secure ? (httpsAgent ??= new (https().Agent)({ keepAlive: true })) : httpAgent
    const send = secure ? https().request : httpRequest
    const request = send(url, {
      method: 'POST',
      agent,
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        'accept-encoding': 'gzip, deflate, br',
        // What fetch sent before: some endpoints behind a CDN refuse a request without one.
        'user-agent': 'node',
        'content-length': Buffer.byteLength(body),
      },
    })
    const timer = setTimeout(() => {
      settle(() => reject(new TimeoutError({ body: {}, url: label })))
      request.destroy()
    }, timeoutMs)
    const fail = (fault: ConstructorParameters<typeof EndpointHttpError>[0], cause?: Error) =>
      settle(() => reject(new EndpointHttpError(fault, label, cause)))
    // The caller gave up: nothing of this exchange may keep the process alive or answer later.
    const onAbort = () => {
      settle(() => reject(abortedError(signal?.reason)))
      request.destroy()
    }
    signal?.addEventListener('abort', onAbort, { once: true })

    request.on('error', (error) => fail({ kind: 'connection' }, error))
    request.on('response', (response) => {
      const status = response.statusCode ?? 0
      if (status >= 300 && status < 400) {
        fail({ kind: 'redirect', status, toAnotherHost: leavesHost(url, response.headers.location) })
        return void response.destroy()
      }
      if (status < 200 || status >= 300) {
        const retryAfter = response.headers['retry-after']
        fail({ kind: 'status', status, retryAfter })
        return void response.destroy()
      }
      if (Number(response.headers['content-length'] ?? 0) > MAX_ANSWER_BYTES) {
        fail({ kind: 'too-large' })
        return void response.destroy()
      }
      const decoder = decoderFor(String(response.headers['content-encoding'] ?? '').toLowerCase())
      if (!decoder) {
        fail({ kind: 'invalid-answer', detail: 'unknown content encoding' })
        return void response.destroy()
      }
      // Cut off before the end (a reset, a server that closes mid-answer): a connection fault.
      response.on('error', (error) => fail({ kind: 'connection' }, error))
      response.on('close', () => {
        if (!response.complete) fail({ kind: 'connection' }, new Error('answer cut off'))
      })
      const plain: Readable = decoder === 'identity' ? response : response.pipe(decoder)
      readCapped(plain, (outcome) => {
        if (Buffer.isBuffer(outcome)) return settle(() => resolve(outcome))
        response.destroy()
        if (outcome === 'too-large') return fail({ kind: 'too-large' })
        fail({ kind: 'invalid-answer', detail: 'undecodable' }, outcome)
      })
    })
    request.end(body)
  })
}

/** Reads an answer, counting bytes as they come (decompressed), and gives up past the cap. */
function readCapped(stream: Readable, done: (outcome: Buffer | Error | 'too-large') => void) {
  const chunks: Buffer[] = []
  let total = 0
  const onData = (chunk: Buffer) => {
    total += chunk.byteLength
    if (total > MAX_ANSWER_BYTES) {
      stream.off('data', onData)
      stream.destroy()
      return done('too-large')
    }
    chunks.push(chunk)
  }
  stream.on('data', onData)
  stream.on('end', () => done(Buffer.concat(chunks, total)))
  stream.on('error', (error) => done(error))
}

/** Whether a redirect leads off the endpoint's own scheme, host and port (a malformed target counts as off). */
function leavesHost(from: URL, location: string | undefined): boolean {
  if (!location) return false
  try {
    return new URL(location, from).origin !== from.origin
  } catch {
    return true
  }
}
