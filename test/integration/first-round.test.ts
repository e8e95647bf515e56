import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useConfirmedTransfer } from '../support/confirmed-transfer.js'
import { runCli } from '../support/run-cli.js'
import { sendFirstRound } from '../../src/commands/first-round.js'
import { transactionLookupCalls } from '../../src/evidence/transaction-lookup-calls.js'

// `tx` sends its first round as soon as its input is checked (src/commands/first-round.ts): to each
// `--rpc` URL with its chain-id question, and — without `--rpc` — to the configured and public
// endpoints the first round asks (every one of the chain asked for, two of every other chain). The
// transport then takes those answers instead of asking again: the requests each endpoint gets are
// the rounds the diagnosis needs, no more. Counted by proxies in front of a real anvil node.

const world = useConfirmedTransfer()
const dir = mkdtempSync(join(tmpdir(), 'sd-first-round-'))
const proxy = () => world.proxy()
const configWith = (name: string, urls: string[]) => {
  const file = join(dir, `${name}.json`)
  writeFileSync(file, JSON.stringify({ rpc: { local: urls } }))
  return file
}
const firstCalls = ['eth_chainId', 'eth_blockNumber', 'eth_getTransactionByHash', 'eth_getTransactionReceipt']

describe('the first round to configured endpoints, sent ahead', () => {
  it('leaves before anything else is asked for: every endpoint of the chain asked for, each in one batch', async () => {
    const [a, b] = [await proxy(), await proxy()]
    const settings = { config: { rpc: { local: [a.url, b.url] } }, requestTimeoutMs: 5_000 }
    const round = sendFirstRound(
      { chain: 31337, rpc: [], publicRpc: false },
      settings,
      transactionLookupCalls(world.hash),
    )
    await expect.poll(() => [a.seen.httpRequests, b.seen.httpRequests]).toEqual([1, 1])
    expect(a.seen.methods).toEqual(firstCalls)
    expect(b.seen.methods).toEqual(firstCalls)
    expect((await round.endpoints).get(31337)?.map((e) => e.url)).toEqual([a.url, b.url])
  })

  it('the chain asked for: each of its endpoints asked once for the lookup, the first also for the rest', async () => {
    const [a, b, c] = [await proxy(), await proxy(), await proxy()]
    const config = configWith('three', [a.url, b.url, c.url])
    const result = await runCli(['tx', world.hash, '--chain', 'local', '--config', config, '--no-public-rpc', '--json'])
    expect(result.code, result.stderr).toBe(0)
    expect(result.json().status).toBe('confirmed')
    for (const endpoint of [a, b, c]) expect(endpoint.seen.methods.slice(0, 4).sort()).toEqual([...firstCalls].sort())
    expect([a.seen.httpRequests, b.seen.httpRequests, c.seen.httpRequests]).toEqual([2, 1, 1])
  })

  it('no chain asked for: two endpoints of each chain asked for the lookup, the third not at all', async () => {
    const [a, b, c] = [await proxy(), await proxy(), await proxy()]
    const config = configWith('unasked', [a.url, b.url, c.url])
    const result = await runCli(['tx', world.hash, '--config', config, '--no-public-rpc', '--json'])
    expect(result.code, result.stderr).toBe(0)
    expect(result.json().status).toBe('confirmed')
    expect([a.seen.httpRequests, b.seen.httpRequests, c.seen.httpRequests]).toEqual([2, 1, 0])
  })
})
