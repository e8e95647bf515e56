import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http'
import { TimeoutError } from 'viem'
import { EndpointHttpError } from './endpoint-errors.js'

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
 * POSTs a JSON body and resolves with the answer's bytes, for a 2xx status only. Redirects are
 * never followed (the endpoint would send the request, and its key, where the user never said);
 * the whole exchange — connect, send, every byte of the answer — must finish within `timeoutMs`.
 * Rejects with an EndpointHttpError or viem's TimeoutError.
 */
export function postJson(
  url: URL,
  body: string,
  { timeoutMs, label }: { timeoutMs: number; label: string },
): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    let settled = false
    const settle = (outcome: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
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
        'content-length': Buffer.byteLength(body),
      },
    })
    const timer = setTimeout(() => {
      settle(() => reject(new TimeoutError({ body: {}, url: label })))
      request.destroy()
    }, timeoutMs)
    const fail = (fault: ConstructorParameters<typeof EndpointHttpError>[0], cause?: Error) =>
      settle(() => reject(new EndpointHttpError(fault, label, cause)))

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
      readCapped(response, (outcome) => {
        if (outcome === 'too-large') return fail({ kind: 'too-large' })
        if (outcome instanceof Error) return fail({ kind: 'connection' }, outcome)
        settle(() => resolve(outcome))
      })
    })
    request.end(body)
  })
}

/** Reads an answer, counting bytes as they come, and gives up (closing it) past the cap. */
function readCapped(response: IncomingMessage, done: (outcome: Buffer | Error | 'too-large') => void) {
  const chunks: Buffer[] = []
  let total = 0
  let over = false
  response.on('data', (chunk: Buffer) => {
    if (over) return
    total += chunk.byteLength
    if (total > MAX_ANSWER_BYTES) {
      over = true
      done('too-large')
      response.destroy()
      return
    }
    chunks.push(chunk)
  })
  response.on('end', () => done(Buffer.concat(chunks, total)))
  // Cut off before the end (a reset, a server that closes mid-answer): a connection fault.
  response.on('error', (error) => done(error))
  response.on('close', () => {
    if (!response.complete) done(new Error('answer cut off'))
  })
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
