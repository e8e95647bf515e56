import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort, startAnvil } from '../support/devnode.js'
import { startRpcProxy } from '../support/rpc-proxy.js'
import { runCli } from '../support/run-cli.js'

let node: Awaited<ReturnType<typeof startAnvil>>
let liar: Awaited<ReturnType<typeof startRpcProxy>>
let dead: string
beforeAll(async () => {
  node = await startAnvil()
  await node.request('anvil_mine', ['0x5'])
  liar = await startRpcProxy({
    target: node.url,
    intercept: (call) => (call.method === 'eth_chainId' ? { jsonrpc: '2.0', id: call.id, result: '0x1' } : undefined),
  })
  dead = `http://127.0.0.1:${await freePort()}`
})
afterAll(async () => {
  await liar?.stop()
  await node?.stop()
})

describe('support-doctor rpc', () => {
  it('per endpoint: reachable, chain id, head, latency, trace and history support', async () => {
    const result = await runCli([
      'rpc',
      '--chain',
      'local',
      '--rpc',
      node.url,
      '--rpc',
      dead,
      '--no-public-rpc',
      '--json',
    ])
    expect(result.code).toBe(1) // one healthy, one not
    const { endpoints } = result.json()
    const healthy = endpoints.find((e: { endpoint: string }) => e.endpoint === node.url)
    expect(healthy).toMatchObject({
      reachable: true,
      reportedChainId: 31337,
      head: '5',
      servesTrace: true,
      servesHistory: true,
      healthy: true,
      stale: false,
    })
    expect(healthy.latencyMs).toBeGreaterThanOrEqual(0)
    expect(endpoints.find((e: { endpoint: string }) => e.endpoint === dead)).toMatchObject({
      reachable: false,
      problem: 'connection failed',
      healthy: false,
    })
  })

  it('an endpoint that reports another chain is named as such', async () => {
    const result = await runCli([
      'rpc',
      '--chain',
      '1',
      '--rpc',
      liar.url,
      '--rpc',
      node.url,
      '--no-public-rpc',
      '--json',
    ])
    const { endpoints } = result.json()
    expect(endpoints.find((e: { endpoint: string }) => e.endpoint === node.url)).toMatchObject({
      problem: 'wrong chain id',
      reportedChainId: 31337,
      healthy: false,
    })
  })

  it('without --chain, a --rpc URL that does not answer is still listed, under no network (exit 1, or 3 alone)', async () => {
    const both = await runCli(['rpc', '--rpc', node.url, '--rpc', dead, '--no-public-rpc', '--json'])
    expect(both.code).toBe(1)
    const endpoints = both.json().endpoints as { endpoint: string; configuredChainId: number | null }[]
    expect(endpoints.find((e) => e.endpoint === dead)).toMatchObject({
      configuredChainId: null,
      reachable: false,
      healthy: false,
    })
    const alone = await runCli(['rpc', '--rpc', dead, '--no-public-rpc'])
    expect(alone.code).toBe(3)
    expect(alone.stdout).toMatch(/Network not known/)
    expect(alone.stdout).toContain(dead)
    // The same URL beside a lookup: named as unreachable, under no made-up chain.
    const tx = await runCli([
      'tx',
      `0x${'ab'.repeat(32)}`,
      '--rpc',
      dead,
      '--rpc',
      node.url,
      '--no-public-rpc',
      '--json',
    ])
    const unreachable = (tx.json().findings as { code: string; data: { chainId: unknown } }[]).find(
      (f) => f.code === 'rpc.unreachable',
    )
    expect(unreachable?.data.chainId).toBeNull()
  })

  it('text, and exit 3 when nothing answers', async () => {
    const text = await runCli(['rpc', '--chain', 'local', '--rpc', node.url, '--no-public-rpc'])
    expect(text.code).toBe(0)
    expect(text.stdout).toMatch(
      /Local node \(31337\)\n {2}http:\/\/127\.0\.0\.1:\d+ +✓ ok +block 5 .* trace: yes · history: yes/,
    )
    const none = await runCli(['rpc', '--chain', 'local', '--rpc', dead, '--no-public-rpc', '--timeout', '2000'])
    expect(none.code).toBe(3)
  })

  it('in Japanese, each fault is said in Japanese (the JSON keeps the English words as data)', async () => {
    const text = await runCli([
      'rpc',
      '--chain',
      '1',
      '--rpc',
      node.url,
      '--rpc',
      dead,
      '--no-public-rpc',
      '--lang',
      'ja',
    ])
    expect(text.stdout).toContain('✖ 接続できません')
    expect(text.stdout).toContain('✖ チェーン ID が違います (31337)')
    expect(text.stdout).not.toMatch(/connection failed|wrong chain id/)
  })
})
