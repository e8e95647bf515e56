import { describe, expect, it } from 'vitest'
import { parseGwei } from 'viem'
import { devWallet } from '../support/devnode.js'
import { freshCache, localOnly, runCli } from '../support/run-cli.js'
import { useAnvil } from '../support/anvil-fixture.js'
import { startRpcProxy } from '../support/rpc-proxy.js'

type Finding = { code: string; severity: string; title: string; detail: string; data: Record<string, any> }
const findingOf = (report: { findings: Finding[] }, code: string) =>
  report.findings.find((f) => f.code === code) as Finding

const node = useAnvil({ mining: false })

const stuck = (index: number, fees = { maxFeePerGas: parseGwei('2'), maxPriorityFeePerGas: parseGwei('1') }) => {
  const wallet = devWallet(node.url, index)
  return {
    wallet,
    send: (extra: { nonce?: number; maxFeePerGas?: bigint; maxPriorityFeePerGas?: bigint } = {}) =>
      wallet.sendTransaction({
        to: wallet.account.address,
        value: 0n,
        gas: 21_000n,
        chain: null,
        ...fees,
        ...extra,
      }),
  }
}

describe('tx on hashes that no node knows any more', () => {
  it('dropped: remembered from an earlier check, the nonce was never used — safe to send again', async () => {
    const cache = freshCache()
    const { send, wallet } = stuck(4)
    const hash = await send()
    const before = await runCli(['tx', hash, ...localOnly(node.url), '--json'], { env: { XDG_CACHE_HOME: cache } })
    expect(before.json().status).toBe('pending')

    await node.request('anvil_dropTransaction', [hash])
    const after = await runCli(['tx', hash, ...localOnly(node.url), '--json'], { env: { XDG_CACHE_HOME: cache } })
    expect(after.code).toBe(1)
    const report = after.json()
    expect(report.status).toBe('dropped')
    const dropped = findingOf(report, 'tx.dropped')
    expect(dropped.data).toMatchObject({ from: wallet.account.address.toLowerCase(), nonce: 0, source: 'memory' })
    expect(dropped.data.resend.nonce).toBe(0)
    expect(report.chain.id).toBe(31337)
  })

  it('dropped: from --from and --nonce when there is no memory', async () => {
    const { send, wallet } = stuck(5)
    const hash = await send()
    await node.request('anvil_dropTransaction', [hash])
    const result = await runCli([
      'tx',
      hash,
      ...localOnly(node.url),
      '--chain',
      '31337',
      '--from',
      wallet.account.address,
      '--nonce',
      '0',
      '--json',
      '--no-cache',
    ])
    expect(result.json().status).toBe('dropped')
    expect(findingOf(result.json(), 'tx.dropped').data.source).toBe('flags')
  })

  it('dropped on one endpoint\'s word: "safe to send again" only once checked elsewhere; two endpoints agreeing: safe', async () => {
    const { send, wallet } = stuck(7)
    const hash = await send()
    await node.request('anvil_dropTransaction', [hash])
    const args = ['--chain', '31337', '--from', wallet.account.address, '--nonce', '0', '--json', '--no-cache']
    const alone = (await runCli(['tx', hash, ...localOnly(node.url), ...args])).json()
    expect(findingOf(alone, 'tx.dropped').data.nonceConfirmedBy).toBe(1)
    expect(alone.nextSteps[0]).toMatch(/^Only one endpoint said nonce 0 is unused/)
    expect(alone.nextSteps[0]).toMatch(/block explorer/)
    // Neither the title nor the detail states it as fact.
    expect(findingOf(alone, 'tx.dropped').title).toMatch(/on one endpoint's word/)
    expect(findingOf(alone, 'tx.dropped').detail).toMatch(/the one endpoint that could say reports/)
    const second = await startRpcProxy({ target: node.url })
    try {
      const both = (await runCli(['tx', hash, ...localOnly(node.url, second.url), ...args])).json()
      expect(both.status).toBe('dropped')
      expect(findingOf(both, 'tx.dropped').data.nonceConfirmedBy).toBe(2)
      expect(both.nextSteps[0]).toMatch(/^It is safe to send again, with nonce 0/)
      expect(findingOf(both, 'tx.dropped').title).toBe('Dropped: no node has it any more')
    } finally {
      await second.stop()
    }
  })

  it('not found: an unknown hash with no sender to go on, exit 1', async () => {
    const unknown = `0x${'ab'.repeat(32)}`
    const result = await runCli(['tx', unknown, ...localOnly(node.url), '--json'])
    expect(result.code).toBe(1)
    const report = result.json()
    expect(report.status).toBe('not-found')
    expect(findingOf(report, 'tx.not-found').data.searchedChainIds).toEqual([31337])
  })

  it('replaced: a speed-up took its nonce, and the replacement hash is named', async () => {
    const cache = freshCache()
    const { send } = stuck(6)
    const original = await send()
    expect(
      (await runCli(['tx', original, ...localOnly(node.url), '--json'], { env: { XDG_CACHE_HOME: cache } })).json()
        .status,
    ).toBe('pending')

    const replacement = await send({ nonce: 0, maxFeePerGas: parseGwei('4'), maxPriorityFeePerGas: parseGwei('2') })
    await node.request('evm_mine', [])
    await node.request('evm_mine', [])

    const result = await runCli(['tx', original, ...localOnly(node.url), '--json'], { env: { XDG_CACHE_HOME: cache } })
    expect(result.code).toBe(1)
    const report = result.json()
    expect(report.status).toBe('replaced')
    const replaced = findingOf(report, 'tx.replaced')
    expect(replaced.data.replacementHash).toBe(replacement)
    expect(replaced.data.foundBy).toBe('sender-and-nonce')
    // The replacement hash is one the tool resolved on chain: redaction must keep it.
    expect(report.findings.find((f: Finding) => f.code === 'tx.replaced').detail).toContain(replacement)
  })
})
