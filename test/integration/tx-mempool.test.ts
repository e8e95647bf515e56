import { describe, expect, it } from 'vitest'
import { parseGwei, type Hash } from 'viem'
import { devWallet } from '../support/devnode.js'
import { localOnly, runCli } from '../support/run-cli.js'
import { useAnvil } from '../support/anvil-fixture.js'

type Finding = { code: string; severity: string; data: Record<string, any> }
const codes = (report: { findings: Finding[] }) => report.findings.map((f) => f.code)
const findingOf = (report: { findings: Finding[] }, code: string) =>
  report.findings.find((f) => f.code === code) as Finding

// A node that mines only when told to: transactions stay in its pool like a stuck one on mainnet.
const node = useAnvil({ mining: false })

async function send(
  index: number,
  fields: { nonce?: number; maxFeePerGas?: bigint; maxPriorityFeePerGas?: bigint } = {},
): Promise<Hash> {
  const wallet = devWallet(node.url, index)
  return wallet.sendTransaction({ to: wallet.account.address, value: 0n, gas: 21_000n, chain: null, ...fields })
}

/** `tx --json` on a transaction in the pool: a problem found (exit 1), and the report. */
async function diagnose(hash: Hash) {
  const result = await runCli(['tx', hash, ...localOnly(node.url), '--json'])
  expect(result.code).toBe(1)
  return result.json()
}

describe('tx on transactions that are not mined', () => {
  it('pending: says so, and gives a replacement that beats the old fees by 10% or more', async () => {
    const maxFeePerGas = parseGwei('3')
    const maxPriorityFeePerGas = parseGwei('1')
    const hash = await send(0, { maxFeePerGas, maxPriorityFeePerGas })
    const report = await diagnose(hash)
    expect(report.status).toBe('pending')
    const pending = findingOf(report, 'tx.pending')
    const { nonce, fees } = pending.data.replacement
    expect(nonce).toBe(pending.data.nonce)
    expect(BigInt(fees.maxFeePerGas)).toBeGreaterThanOrEqual((maxFeePerGas * 110n) / 100n)
    expect(BigInt(fees.maxPriorityFeePerGas)).toBeGreaterThanOrEqual((maxPriorityFeePerGas * 110n) / 100n)
    expect(report.nextSteps.join('\n')).toMatch(/Speed up/)
    expect(codes(report)).not.toContain('tx.nonce-gap')
  })

  it('the suggested replacement is accepted by the node and replaces the stuck transaction', async () => {
    const hash = await send(2, { maxFeePerGas: parseGwei('2'), maxPriorityFeePerGas: parseGwei('1') })
    const report = (await runCli(['tx', hash, ...localOnly(node.url), '--json'])).json()
    const { nonce, fees } = findingOf(report, 'tx.pending').data.replacement
    const replacement = await send(2, {
      nonce,
      maxFeePerGas: BigInt(fees.maxFeePerGas),
      maxPriorityFeePerGas: BigInt(fees.maxPriorityFeePerGas),
    })
    expect(replacement).not.toBe(hash)
    expect(await node.request('eth_getTransactionByHash', [hash])).toBeNull()
  })

  it('queued behind a nonce gap: names the missing nonces and which to fill first', async () => {
    const wallet = devWallet(node.url, 1)
    const next = await wallet.getTransactionCount({ address: wallet.account.address, blockTag: 'pending' })
    const hash = await send(1, { nonce: next + 2 })
    const report = await diagnose(hash)
    expect(report.status).toBe('queued')
    const gap = findingOf(report, 'tx.nonce-gap')
    expect(gap.severity).toBe('critical')
    expect(gap.data.missingNonces).toEqual([next, next + 1])
    expect(report.nextSteps.join('\n')).toContain(`nonce ${next}`)
    // No fee gets it mined while the gap is open: no speed-up advice.
    expect(findingOf(report, 'tx.pending').data.replacement).toBeNull()
    expect(report.nextSteps.join('\n')).not.toMatch(/Speed up/)
  })

  it('waiting behind an earlier pending transaction: points at the earliest nonce, not a speed-up of this one', async () => {
    const wallet = devWallet(node.url, 4)
    const first = await wallet.getTransactionCount({ address: wallet.account.address, blockTag: 'pending' })
    // The earlier one pays a low tip, as a stuck one does; the later one pays well and still waits.
    const front = await send(4, { nonce: first, maxFeePerGas: parseGwei('2'), maxPriorityFeePerGas: 1n })
    await send(4, { nonce: first + 1, maxFeePerGas: parseGwei('50'), maxPriorityFeePerGas: parseGwei('5') })
    const hash = await send(4, {
      nonce: first + 2,
      maxFeePerGas: parseGwei('50'),
      maxPriorityFeePerGas: parseGwei('5'),
    })
    const report = await diagnose(hash)
    expect(report.status).toBe('pending')
    const behind = findingOf(report, 'tx.waiting-behind-earlier')
    expect(behind.severity).toBe('critical')
    expect(behind.data).toMatchObject({ nonce: first + 2, earliestNonce: first, waitingCount: 2 })
    expect(findingOf(report, 'tx.pending').data.replacement).toBeNull()
    expect(report.nextSteps[0]).toContain(`nonce ${first} first`)
    expect(report.nextSteps.join('\n')).not.toMatch(/replacement with the same nonce/)

    // The one at the front gets the speed-up advice, and no finding about earlier ones.
    const frontReport = (await runCli(['tx', front, ...localOnly(node.url), '--json'])).json()
    expect(codes(frontReport)).not.toContain('tx.waiting-behind-earlier')
    expect(findingOf(frontReport, 'tx.pending').data.replacement.nonce).toBe(first)
  })

  it('text output draws the base fee chart with the fee cap across it', async () => {
    const hash = await send(3, { maxFeePerGas: parseGwei('5'), maxPriorityFeePerGas: parseGwei('1') })
    const result = await runCli(['tx', hash, ...localOnly(node.url)])
    expect(result.stdout).toMatch(/Base fee, last \d+ blocks/)
    expect(result.stdout).toMatch(/← your fee cap 5 gwei/)
    expect(result.stdout).toMatch(/[▁▂▃▄▅▆▇█]/)
  })
})
