import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

type Call = { jsonrpc: '2.0'; id: number | string; method: string; params?: unknown[] }
type Answer = { jsonrpc: '2.0'; id: number | string; result?: unknown; error?: { code: number; message: string } }

export type ProxyOptions = {
  /** Where calls go when `intercept` leaves them alone; none makes every call go unanswered by a node. */
  target?: string
  /** Return an answer to replace the node's, or undefined to forward the call. */
  intercept?: (call: Call) => Answer | undefined
}

/**
 * A JSON-RPC proxy on a loopback port, in front of a real anvil node: it counts what the tool
 * sends and lets a test answer some calls itself (a method a provider does not serve, a lie).
 */
export async function startRpcProxy(options: ProxyOptions) {
  const seen = { httpRequests: 0, methods: [] as string[] }
  const server: Server = createServer(async (request, response) => {
    seen.httpRequests++
    const body = JSON.parse(await readBody(request)) as Call | Call[]
    const calls = Array.isArray(body) ? body : [body]
    seen.methods.push(...calls.map((c) => c.method))
    const answers = await Promise.all(calls.map((call) => options.intercept?.(call) ?? forward(call)))
    response.setHeader('content-type', 'application/json')
    response.end(JSON.stringify(Array.isArray(body) ? answers : answers[0]))
  })
  const forward = async (call: Call): Promise<Answer> => {
    if (!options.target) return { jsonrpc: '2.0', id: call.id, error: { code: -32601, message: 'no target' } }
    const reply = await fetch(options.target, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(call) })
    return (await reply.json()) as Answer
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = ''
    request.on('data', (chunk) => (data += chunk))
    request.on('end', () => resolve(data))
    request.on('error', reject)
  })
}

export const methodNotFound = (call: Call): Answer => ({ jsonrpc: '2.0', id: call.id, error: { code: -32601, message: 'the method does not exist' } })
