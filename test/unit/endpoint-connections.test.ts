import { describe, expect, it } from 'vitest'
import { localhost } from 'viem/chains'
import { chainForId } from '../../src/chains/registry.js'
import { connectChain } from '../../src/rpc/chain-connection.js'
import type { Endpoint } from '../../src/rpc/endpoint.js'
import { connectEachEndpoint, connectPreferring, verified } from '../../src/rpc/endpoint-connections.js'
import { newRpcStats } from '../../src/rpc/endpoint.js'
import { resolveEndpoints } from '../../src/rpc/resolve-endpoints.js'

// Which endpoints a chain's connection holds after a cross-check (src/rpc/endpoint-connections.ts):
// pure bookkeeping, no request is sent.

const endpoint = (url: string): Endpoint => ({ url, chainId: 31337, origin: 'flag' })
const urls = ['http://127.0.0.1:1', 'http://127.0.0.1:2', 'http://127.0.0.1:3']
const [a, b, c] = urls.map(endpoint) as [Endpoint, Endpoint, Endpoint]
const context = { requestTimeoutMs: 1000, problems: [], stats: newRpcStats() }
const connection = connectChain(chainForId(31337), localhost, [a, b, c], context)

describe('the connection preferring the endpoint a cross-check chose', () => {
  it('asks it first and every other endpoint once, however often the list names it', () => {
    const preferred = connectPreferring(connection, verified(b), [verified(b), verified(a), a, c], context)
    expect(preferred.endpoints.map((e) => e.url)).toEqual([b.url, a.url, c.url])
    expect(preferred.endpoints[0]?.verifiedChainId).toBe(31337)
    // Of two copies, the one whose chain id was checked stays: no second eth_chainId for it.
    const kept = connectPreferring(connection, verified(b), [a, verified(a), c], context)
    expect(kept.endpoints.map((e) => [e.url, e.verifiedChainId])).toEqual([
      [b.url, 31337],
      [a.url, 31337],
      [c.url, undefined],
    ])
  })

  it('gives each endpoint its own connection for side-by-side reads, once each', () => {
    const preferred = connectPreferring(connection, verified(c), [a, b], context)
    expect(connectEachEndpoint(preferred, context).map((single) => single.endpoints.map((e) => e.url))).toEqual([
      [c.url],
      [a.url],
      [b.url],
    ])
  })
})

describe('endpoints from every source', () => {
  it('lists a URL given twice once: a copy must not be asked twice, nor make a majority', async () => {
    const byChain = await resolveEndpoints(
      {
        flagUrls: [],
        configured: { local: [urls[0]!, urls[1]!, urls[0]!], 31337: [urls[1]!] },
        publicRpc: false,
        requestedChainId: undefined,
      },
      { requestTimeoutMs: 1000, problems: [], stats: newRpcStats() },
    )
    // (A chain id key comes before a name key in a JS object: the order is the config's as read.)
    expect(
      byChain
        .get(31337)
        ?.map((e) => e.url)
        .sort(),
    ).toEqual([urls[0], urls[1]])
  })
})
