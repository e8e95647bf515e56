// @ts-check
import { createServer } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import { brotliCompressSync, gzipSync } from 'node:zlib'

/** @typedef {{ jsonrpc: '2.0', id: number | string, method: string, params?: unknown[] }} Call */
/** @typedef {{ jsonrpc: '2.0', id: number | string, result?: unknown, error?: { code: number, message: string } }} Answer */

/**
 * What a faulty endpoint does with one HTTP request (its number counts from 1): drop the
 * connection, hang, send a 200 and then its body a byte at a time without end (trickle), answer
 * with a status and body of its choosing, or pass (undefined).
 * @typedef {'drop' | 'hang' | 'trickle' | { status?: number, headers?: Record<string, string>, body: string | Buffer } | undefined} Fault
 */

/**
 * A JSON-RPC proxy on a loopback port, in front of a real anvil node: it counts what the tool
 * sends (HTTP requests, the calls in them, TCP connections), lets a test answer some calls itself
 * (a method a provider does not serve, a lie), injects faults into whole HTTP exchanges, or delays
 * every answer like a distant endpoint. Used by the tests and by bench/.
 *
 * @param {{ target?: string, intercept?: (call: Call) => Answer | Promise<Answer | undefined> | undefined, fault?: (request: { number: number, body: string }) => Fault, delayMs?: number, host?: string, tls?: { key: string, cert: string }, compress?: 'gzip' | 'br', rewrite?: (call: Call, answer: Answer) => Answer }} options
 *   target: where calls go when `intercept` returns undefined; delayMs: a pause before each answer;
 *   host: the name in `url` (`localhost` makes a second "host" on the same machine); tls: serve
 *   https with this PEM key and certificate; compress: answers compressed so (when the request
 *   accepts it); rewrite: changes a forwarded answer (a Byzantine endpoint: a well-formed lie built
 *   on the real answer).
 */
export async function startRpcProxy(options) {
  const seen = {
    compressed: 0,
    httpRequests: 0,
    connections: 0,
    paths: /** @type {string[]} */ ([]),
    methods: /** @type {string[]} */ ([]),
  }
  /** @param {Call} call @returns {Promise<Answer>} */
  const forward = async (call) => {
    if (!options.target) return { jsonrpc: '2.0', id: call.id, error: { code: -32601, message: 'no target' } }
    const reply = await fetch(options.target, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(call),
    })
    return /** @type {Answer} */ (await reply.json())
  }
  /** @type {Set<import('node:http').ServerResponse>} */
  const hanging = new Set()
  /** @type {import('node:http').RequestListener} */
  const listener = (request, response) => void handle(request, response)
  const server = options.tls ? createTlsServer(options.tls, listener) : createServer(listener)
  server.on('connection', () => seen.connections++)
  /** @param {import('node:http').IncomingMessage} request @param {import('node:http').ServerResponse} response */
  async function handle(request, response) {
    seen.httpRequests++
    seen.paths.push(request.url ?? '')
    let data = ''
    for await (const chunk of request) data += chunk
    if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs))
    const fault = options.fault?.({ number: seen.httpRequests, body: data })
    if (fault === 'drop') return void request.socket.destroy()
    if (fault === 'hang') return void hanging.add(response)
    if (fault === 'trickle') {
      hanging.add(response)
      response.writeHead(200, { 'content-type': 'application/json' })
      const drip = setInterval(() => (response.destroyed ? clearInterval(drip) : response.write(' ')), 50)
      return void response.on('close', () => clearInterval(drip))
    }
    if (fault) {
      response.writeHead(fault.status ?? 200, { 'content-type': 'application/json', ...fault.headers })
      return void response.end(fault.body)
    }
    const body = /** @type {Call | Call[]} */ (JSON.parse(data))
    const calls = Array.isArray(body) ? body : [body]
    seen.methods.push(...calls.map((c) => c.method))
    const answers = await Promise.all(
      calls.map(async (call) => {
        const answer = (await options.intercept?.(call)) ?? (await forward(call))
        return options.rewrite ? options.rewrite(call, answer) : answer
      }),
    )
    response.setHeader('content-type', 'application/json')
    const text = JSON.stringify(Array.isArray(body) ? answers : answers[0])
    if (!options.compress || !String(request.headers['accept-encoding']).includes(options.compress))
      return void response.end(text)
    seen.compressed++
    response.setHeader('content-encoding', options.compress)
    response.end(options.compress === 'gzip' ? gzipSync(text) : brotliCompressSync(text))
  }
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `${options.tls ? 'https' : 'http'}://${options.host ?? '127.0.0.1'}:${port}`,
    seen,
    stop: () =>
      new Promise((resolve) => {
        for (const response of hanging) response.destroy()
        server.closeAllConnections()
        server.close(() => resolve(undefined))
      }),
  }
}

/** @param {Call} call @returns {Answer} */
export const methodNotFound = (call) => ({
  jsonrpc: '2.0',
  id: call.id,
  error: { code: -32601, message: 'the method does not exist' },
})

/**
 * Every HTTP request answered with a redirect to `location` (301, 302, 307 or 308): an endpoint
 * that moved, or one trying to send the request (and the key in its URL) somewhere else.
 * @param {string} location @param {number} [status]
 * @returns {() => Fault}
 */
export const redirectTo =
  (location, status = 307) =>
  () => ({ status, headers: { location }, body: '' })

/**
 * An intercept answering every call with a JSON-RPC error on HTTP 200 — a public endpoint that now
 * wants a key — except the methods listed, which pass to the node.
 * @param {{ code: number, message?: string, except?: string[] }} error
 * @returns {(call: Call) => Answer | undefined}
 */
export const errorAnswers =
  ({ code, message = 'API key required', except = [] }) =>
  (call) =>
    except.includes(call.method) ? undefined : { jsonrpc: '2.0', id: call.id, error: { code, message } }
