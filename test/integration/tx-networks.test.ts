import { createServer, type Server } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseEther, type Hash } from 'viem'
import { devWallet, freePort, startAnvil } from '../support/devnode.js'
import { localOnly, runCli } from '../support/run-cli.js'

// Two nodes that stand for two networks: a local chain (31337) and one that reports chain id 10 (OP Mainnet).
let local: Awaited<ReturnType<typeof startAnvil>>
let op: Awaited<ReturnType<typeof startAnvil>>
let onOp: Hash
let silent: Server
let silentUrl: string

beforeAll(async () => {
  ;[local, op] = await Promise.all([startAnvil(), startAnvil({ chainId: 10 })])
  const wallet = devWallet(op.url)
  onOp = await wallet.sendTransaction({
    to: devWallet(op.url, 1).account.address,
    value: parseEther('0.5'),
    chain: null,
  })
  await wallet.waitForTransactionReceipt({ hash: onOp, pollingInterval: 20 })
  // An endpoint that accepts connections and never answers.
  silent = createServer(() => {})
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
  silentUrl = `http://127.0.0.1:${(silent.address() as { port: number }).port}`
})
afterAll(async () => {
  silent?.close()
  await Promise.all([local?.stop(), op?.stop()])
})

describe('tx across networks', () => {
  it('finds a hash asked about on the wrong network, and says where it is', async () => {
    const result = await runCli(['tx', onOp, ...localOnly(local.url, op.url), '--chain', 'local', '--json'])
    expect(result.code).toBe(1)
    const report = result.json()
    expect(report.status).toBe('confirmed')
    expect(report.chain).toMatchObject({
      id: 10,
      name: 'OP Mainnet',
      explorerUrl: `https://optimistic.etherscan.io/tx/${onOp}`,
    })
    const wrong = report.findings.find((f: { code: string }) => f.code === 'tx.wrong-network')
    expect(wrong.data).toEqual({ requestedChainId: 31337, foundChainId: 10 })
    expect(report.nextSteps.join(' ')).toMatch(/Switch your wallet to OP Mainnet/)
  })

  it('--chain for a network with no endpoint still searches the others (the wrong-network case), and says so', async () => {
    const result = await runCli(['tx', onOp, ...localOnly(local.url, op.url), '--chain', 'ethereum', '--json'])
    const report = result.json()
    expect(report.status).toBe('confirmed')
    expect(report.findings.find((f: { code: string }) => f.code === 'tx.wrong-network').data).toEqual({
      requestedChainId: 1,
      foundChainId: 10,
    })
    const unknown = await runCli([
      'tx',
      `0x${'cd'.repeat(32)}`,
      ...localOnly(local.url),
      '--chain',
      'ethereum',
      '--json',
    ])
    // The network asked about could not be searched: no verdict (exit 3), and what to do about it.
    expect(unknown.code).toBe(3)
    expect(unknown.json().status).toBe('undetermined')
    expect(unknown.json().evidence.unreachableChainIds).toEqual([1])
    expect(unknown.json().findings.find((f: { code: string }) => f.code === 'tx.not-found')).toMatchObject({
      title: 'Could not search Ethereum, the network asked about',
      data: { requestedChainId: 1 },
    })
    expect(unknown.json().nextSteps[0]).toMatch(/^Give a working endpoint for Ethereum/)
    // Without --chain, the networks that could be searched answer: not found there, exit 1.
    const anywhere = await runCli(['tx', `0x${'cd'.repeat(32)}`, ...localOnly(local.url), '--json'])
    expect(anywhere.code).toBe(1)
    expect(anywhere.json().status).toBe('not-found')
    // `gas` is about that network alone: with no endpoint for it, an input error (2), not "network down".
    const gas = await runCli(['gas', ...localOnly(local.url), '--chain', 'ethereum'])
    expect(gas.code).toBe(2)
    expect(gas.stderr).toMatch(/No endpoint to ask/)
  })

  it('without --chain, searches every network at once and reports no wrong network', async () => {
    const result = await runCli(['tx', onOp, ...localOnly(local.url, op.url), '--json'])
    expect(result.code).toBe(0)
    const report = result.json()
    expect(report.chain.id).toBe(10)
    expect(report.evidence.searchedChainIds.sort()).toEqual([10, 31337])
  })

  it('ignores an endpoint that serves another chain than configured, and says so', async () => {
    const result = await runCli(['tx', onOp, '--no-public-rpc', '--json'], {
      env: { SUPPORT_DOCTOR_RPC_1: local.url, SUPPORT_DOCTOR_RPC_10: op.url },
    })
    const report = result.json()
    expect(report.chain.id).toBe(10)
    const mismatch = report.findings.find((f: { code: string }) => f.code === 'rpc.chain-mismatch')
    expect(mismatch.data).toMatchObject({ chainId: 1, reportedChainId: 31337, endpoint: local.url })
  })

  it('a dead endpoint: exit 3 with one clear line and no stack trace', async () => {
    const dead = `http://127.0.0.1:${await freePort()}`
    const result = await runCli(['tx', onOp, ...localOnly(dead)])
    expect(result.code).toBe(3)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^error: No endpoint answered correctly/)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('a hanging endpoint: exit 3 at the deadline, as JSON with --json', async () => {
    const result = await runCli(['tx', onOp, ...localOnly(silentUrl), '--chain', '10', '--timeout', '1500', '--json'])
    expect(result.code).toBe(3)
    const body = result.json()
    expect(body.schemaVersion).toBe(1)
    expect(body.error.code).toMatch(/^rpc\./)
  })

  it('a dead endpoint beside a healthy one changes nothing but an info finding', async () => {
    const dead = `http://127.0.0.1:${await freePort()}`
    const result = await runCli(['tx', onOp, '--chain', '10', '--no-public-rpc', '--json'], {
      env: { SUPPORT_DOCTOR_RPC_10: `${dead},${op.url}` },
    })
    expect(result.code).toBe(0)
    const report = result.json()
    expect(report.status).toBe('confirmed')
    expect(report.findings.find((f: { code: string }) => f.code === 'rpc.unreachable')).toMatchObject({
      severity: 'info',
    })
  })
})
