import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseGwei, type Hash } from 'viem'
import { devWallet, startAnvil } from '../support/devnode.js'
import { freshCache, localOnly, runCli } from '../support/run-cli.js'
import { methodNotFound, startRpcProxy } from '../support/rpc-proxy.js'

// Most providers do not serve eth_getTransactionBySenderAndNonce: then the block where the nonce
// was used is found by searching historical nonces, and the replacement read from that block.
let node: Awaited<ReturnType<typeof startAnvil>>
let proxy: Awaited<ReturnType<typeof startRpcProxy>>
let original: Hash
let replacement: Hash
let replacementBlock: bigint
const wallet = () => devWallet(node.url, 7)

beforeAll(async () => {
  node = await startAnvil({ mining: false })
  proxy = await startRpcProxy({
    target: node.url,
    intercept: (call) => (call.method === 'eth_getTransactionBySenderAndNonce' ? methodNotFound(call) : undefined),
  })
  const w = wallet()
  const send = (nonce: number, tip: string, cap = '10') =>
    w.sendTransaction({
      to: w.account.address,
      value: 0n,
      gas: 21_000n,
      nonce,
      maxFeePerGas: parseGwei(cap),
      maxPriorityFeePerGas: parseGwei(tip),
      chain: null,
    })
  // Some history first, so the search has blocks to go through.
  for (let nonce = 0; nonce < 3; nonce++) {
    await send(nonce, '1')
    await node.request('anvil_mine', ['0x5'])
  }
  original = await send(3, '1')
  replacement = await send(3, '3', '12')
  await node.request('evm_mine', [])
  replacementBlock = BigInt((await node.request('eth_getTransactionByHash', [replacement])).blockNumber)
  await node.request('anvil_mine', ['0x7'])
})
afterAll(async () => {
  await proxy?.stop()
  await node?.stop()
})

describe('finding the replacement without eth_getTransactionBySenderAndNonce', () => {
  it('searches historical nonces and names the replacement and its block', async () => {
    const result = await runCli(
      [
        'tx',
        original,
        ...localOnly(proxy.url),
        '--chain',
        '31337',
        '--from',
        wallet().account.address,
        '--nonce',
        '3',
        '--json',
      ],
      {
        env: { XDG_CACHE_HOME: freshCache() },
      },
    )
    const report = result.json()
    expect(report.status).toBe('replaced')
    const replaced = report.findings.find((f: { code: string }) => f.code === 'tx.replaced')
    expect(replaced.data).toMatchObject({
      replacementHash: replacement,
      replacementBlock: String(replacementBlock),
      foundBy: 'nonce-bisection',
    })
    expect(proxy.seen.methods).toContain('eth_getTransactionBySenderAndNonce')
  })
})
