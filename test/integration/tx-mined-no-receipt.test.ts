import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Hash } from 'viem'
import { useAnvil } from '../support/anvil-fixture.js'
import { devWallet } from '../support/devnode.js'
import { startRpcProxy } from '../support/rpc-proxy.js'
import { localOnly, runCli } from '../support/run-cli.js'

type Finding = { code: string; data: Record<string, any> }

// A load-balanced endpoint behind by a block or two: it gives the transaction with its block, but
// the node that answers for receipts has not reached that block yet.
const node = useAnvil()
let lagging: Awaited<ReturnType<typeof startRpcProxy>>
let hash: Hash

beforeAll(async () => {
  lagging = await startRpcProxy({
    target: node.url,
    intercept: (call) =>
      call.method === 'eth_getTransactionReceipt' ? { jsonrpc: '2.0', id: call.id, result: null } : undefined,
  })
  const wallet = devWallet(node.url, 3)
  hash = await wallet.sendTransaction({ to: wallet.account.address, value: 1n, chain: null })
  await wallet.waitForTransactionReceipt({ hash, pollingInterval: 20 })
})
afterAll(() => lagging?.stop())

describe('a transaction given in a block, with no receipt', () => {
  it('is no verdict (exit 3): not "pending", no speed-up, no gap to fill', async () => {
    const result = await runCli(['tx', hash, ...localOnly(lagging.url), '--json', '--no-cache'])
    expect(result.code).toBe(3)
    const report = result.json()
    expect(report.status).toBe('undetermined')
    const codes = report.findings.map((f: Finding) => f.code)
    expect(codes).toContain('tx.mined-no-receipt')
    expect(codes).not.toContain('tx.pending')
    expect(codes).not.toContain('tx.nonce-gap')
    expect(report.nextSteps.join('\n')).toMatch(/Do not send it again or replace it/)
    expect(report.nextSteps.join('\n')).not.toMatch(/Speed up|Fill the gap/)
  })
})
