import { beforeAll, describe, expect, it } from 'vitest'
import { localOnly, runCli } from '../support/run-cli.js'
import { useAnvil } from '../support/anvil-fixture.js'
import { startAnvil } from '../support/devnode.js'

const node = useAnvil({ mining: false })
beforeAll(async () => {
  for (const fee of [1, 2, 3, 2, 4]) {
    await node.request('anvil_setNextBlockBaseFeePerGas', [`0x${(fee * 1e9).toString(16)}`])
    await node.request('evm_mine', [])
  }
})

describe('gas', () => {
  it('JSON: base fee now and next, suggestions from slow to fast, and the history', async () => {
    const result = await runCli(['gas', ...localOnly(node.url), '--json'])
    expect(result.code).toBe(0)
    const [chain] = result.json().chains
    expect(chain).toMatchObject({
      chainId: 31337,
      feeModel: 'eip1559',
      baseFee: String(4e9),
      baseFeeMaxRisePercent: 12.5,
    })
    const { slow, normal, fast } = chain.suggested
    expect(BigInt(slow.maxFeePerGas)).toBeLessThan(BigInt(normal.maxFeePerGas))
    expect(BigInt(normal.maxFeePerGas)).toBeLessThan(BigInt(fast.maxFeePerGas))
    expect(chain.baseFeeHistory.slice(-6, -1)).toEqual([
      '1000000000',
      '2000000000',
      '3000000000',
      '2000000000',
      '4000000000',
    ])
  })

  it('text: the figures and a chart of recent base fees', async () => {
    const result = await runCli(['gas', ...localOnly(node.url), '--chain', 'local'])
    expect(result.stdout).toMatch(/Fees on Local node \(31337\)/)
    expect(result.stdout).toMatch(/Base fee now\s+4 gwei/)
    // One value column, as wide as the widest label needs.
    expect(result.stdout).toMatch(/\nBase fee now {19}4 gwei\n[\s\S]*\nRecent tips \(p10 \/ p50 \/ p90\) {2}\S/)
    expect(result.stdout).toMatch(/fast\s+maxFeePerGas/)
    expect(result.stdout).toMatch(/[▁▂▃▄▅▆▇█]/)
    expect(result.stdout).toMatch(/at least 10%/)
  })

  it('an endpoint whose head the chain left behind long ago: the fees are said to be out of date', async () => {
    // A Base endpoint whose latest block is seven minutes old has missed some 200 blocks.
    const base = await startAnvil({
      chainId: 8453,
      extraArgs: ['--timestamp', String(Math.floor(Date.now() / 1000) - 420)],
    })
    try {
      const result = await runCli(['gas', ...localOnly(base.url), '--chain', 'base'])
      expect(result.stdout).toMatch(/The endpoint's latest block is 7 min old: these fees may be out of date/)
      // Two minutes on the fast chains, six on Ethereum: a local node's idle head says nothing.
      const local = await runCli(['gas', ...localOnly(node.url), '--chain', 'local'])
      expect(local.stdout).not.toMatch(/out of date/)
    } finally {
      await base.stop()
    }
  })

  it('a dead endpoint: exit 3', async () => {
    const result = await runCli(['gas', ...localOnly('http://127.0.0.1:9'), '--timeout', '1000'])
    expect(result.code).toBe(3)
  })
})

describe('chains', () => {
  it('lists every known chain with its public endpoints', async () => {
    const result = await runCli(['chains', '--json'])
    expect(result.code).toBe(0)
    const chains = result.json().chains as { id: number; endpoints: { url: string; origin: string }[] }[]
    expect(chains.find((c) => c.id === 8453)?.endpoints[0]).toEqual({
      url: 'https://mainnet.base.org',
      origin: 'public',
    })
  })

  it('shows configured endpoints by scheme and host only: a key in the URL is never printed', async () => {
    const result = await runCli(['chains', '--no-public-rpc'], {
      env: { SUPPORT_DOCTOR_RPC_1: 'https://mainnet.infura.io/v3/0123456789abcdef0123456789abcdef' },
    })
    expect(result.stdout).toMatch(/Ethereum\s+1\s+ethereum\s+eip1559\s+https:\/\/mainnet\.infura\.io\n/)
    expect(result.stdout).not.toContain('0123456789abcdef')
  })
})
