import { describe, expect, it } from 'vitest'
import { localhost } from 'viem/chains'
import { chainForId } from '../../src/chains/registry.js'
import { connectChain } from '../../src/rpc/chain-connection.js'
import { newRpcStats, type Endpoint, type EndpointProblem } from '../../src/rpc/endpoint.js'
import { readSideBySide } from '../../src/evidence/read-side-by-side.js'

// One read asked of each endpoint on its own (src/evidence/read-side-by-side.ts). The reads here are
// the test's own functions of the endpoint, so no request leaves: what is checked is the bookkeeping.

const endpoint = (url: string): Endpoint => ({ url, chainId: 31337, origin: 'flag' })
const urls = ['http://127.0.0.1:1', 'http://127.0.0.1:2', 'http://127.0.0.1:3']

function setUp() {
  const problems: EndpointProblem[] = []
  const context = { requestTimeoutMs: 1000, problems, stats: newRpcStats() }
  const connection = connectChain(chainForId(31337), localhost, urls.map(endpoint), context)
  return { problems, connection, ask: readSideBySide(context, 20) }
}

describe('a read asked of each endpoint on its own', () => {
  it('gives what each said, in the connection order, by endpoint', async () => {
    const { connection, ask } = setUp()
    const readings = await ask(connection, (single) => Promise.resolve(single.endpoints[0]!.url.slice(-1)))
    expect(readings).toEqual(urls.map((url) => ({ endpoint: url, value: url.slice(-1) })))
  })

  it('leaves out one that fails (even before its first await) and one still out after the grace, naming the slow one', async () => {
    const { connection, ask, problems } = setUp()
    const readings = await ask(connection, (single) => {
      const url = single.endpoints[0]!.url
      if (url === urls[1]) throw new Error('refused at once')
      if (url === urls[2]) return new Promise<string>(() => undefined)
      return Promise.resolve('answered')
    })
    expect(readings).toEqual([{ endpoint: urls[0], value: 'answered' }])
    expect(problems).toEqual([
      { kind: 'unreachable', chainId: 31337, endpoint: urls[2], reason: 'too slow: left out of the comparison' },
    ])
  })
})
