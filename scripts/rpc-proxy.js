// @ts-check
import { createServer } from 'node:http'

/** @typedef {{ jsonrpc: '2.0', id: number | string, method: string, params?: unknown[] }} Call */
/** @typedef {{ jsonrpc: '2.0', id: number | string, result?: unknown, error?: { code: number, message: string } }} Answer */

/**
 * What a faulty endpoint does with one HTTP request (its number counts from 1): drop the
 * connection, hang, answer with a status and body of its choosing, or pass (undefined).
 * @typedef {'drop' | 'hang' | { status?: number, headers?: Record<string, string>, body: string } | undefined} Fault
 */

/**
 * A JSON-RPC proxy on a loopback port, in front of a real anvil node: it counts what the tool
 * sends, lets a test answer some calls itself (a method a provider does not serve, a lie), or
 * injects faults into whole HTTP exchanges. Used by the tests and by bench/.
 *
 * @param {{ target?: string, intercept?: (call: Call) => Answer | Promise<Answer> | undefined, fault?: (request: { number: number, body: string }) => Fault, rewrite?: (call: Call, answer: Answer) => Answer }} options
 *   target: where calls go when `intercept` returns undefined.
 *   rewrite: changes a forwarded answer (a Byzantine endpoint: a well-formed lie built on the real answer).
 */
export async function startRpcProxy(options) {
  const seen = { httpRequests: 0, methods: /** @type {string[]} */ ([]) }
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
  const server = createServer((request, response) => void handle(request, response))
  /** @param {import('node:http').IncomingMessage} request @param {import('node:http').ServerResponse} response */
  async function handle(request, response) {
    seen.httpRequests++
    let data = ''
    for await (const chunk of request) data += chunk
    const fault = options.fault?.({ number: seen.httpRequests, body: data })
    if (fault === 'drop') return void request.socket.destroy()
    if (fault === 'hang') return void hanging.add(response)
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
    response.end(JSON.stringify(Array.isArray(body) ? answers : answers[0]))
  }
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
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
