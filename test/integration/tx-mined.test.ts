import { beforeAll, describe, expect, it } from 'vitest'
import { parseEther, type Hash } from 'viem'
import { deployUniswap, devWallet } from '../support/devnode.js'
import { localOnly, runCli } from '../support/run-cli.js'
import { useAnvil } from '../support/anvil-fixture.js'

const node = useAnvil()
let success: Hash
let reverted: Hash

beforeAll(async () => {
  const wallet = devWallet(node.url)
  success = await wallet.sendTransaction({
    to: devWallet(node.url, 1).account.address,
    value: parseEther('1'),
    chain: null,
  })
  await wallet.waitForTransactionReceipt({ hash: success, pollingInterval: 20 })
  // A real failure from a real contract: Router02 refuses a swap whose deadline has passed.
  const uniswap = await deployUniswap(wallet)
  reverted = await wallet.writeContract({
    address: uniswap.router,
    abi: uniswap.routerAbi,
    functionName: 'swapExactETHForTokens',
    args: [0n, [uniswap.weth, uniswap.weth], wallet.account.address, 1n],
    value: parseEther('0.1'),
    gas: 200_000n,
    chain: null,
  })
  await wallet.waitForTransactionReceipt({ hash: reverted, pollingInterval: 20 })
})

describe('tx on mined transactions', () => {
  it('reports a successful transaction as confirmed, exit 0', async () => {
    const result = await runCli(['tx', success, ...localOnly(node.url), '--json'])
    expect(result.code).toBe(0)
    const report = result.json()
    expect(report.status).toBe('confirmed')
    expect(report.chain).toMatchObject({ id: 31337 })
    const confirmed = report.findings.find((f: { code: string }) => f.code === 'tx.confirmed')
    expect(confirmed.data.confirmations).toBeGreaterThanOrEqual(1)
    expect(report.findings.filter((f: { severity: string }) => f.severity !== 'info')).toEqual([])
    expect(result.stderr).toBe('')
    // A coin transfer moved no token: no advice to add one to the wallet.
    expect(confirmed.data.movedTokens).toBe(false)
    expect(report.nextSteps.join(' ')).not.toMatch(/add \(import\) the token/)
  })

  it('an explorer link works as the hash, and names the network to look at first', async () => {
    const result = await runCli(['tx', `https://etherscan.io/tx/${success}`, ...localOnly(node.url), '--json'])
    const report = result.json()
    expect(report.subject.hash).toBe(success)
    expect(report.status).toBe('confirmed')
    // Ethereum has no endpoint here: it was looked for on the others, and found on the local node.
    expect(report.findings.find((f: { code: string }) => f.code === 'tx.wrong-network').data).toEqual({
      requestedChainId: 1,
      foundChainId: 31337,
    })
  })

  it('counts confirmations from the head', async () => {
    await node.request('anvil_mine', ['0x4'])
    const report = (await runCli(['tx', success, ...localOnly(node.url), '--json'])).json()
    const confirmed = report.findings.find((f: { code: string }) => f.code === 'tx.confirmed')
    const head = Number(await node.request('eth_blockNumber'))
    const receipt = await node.request('eth_getTransactionReceipt', [success])
    expect(confirmed.data.confirmations).toBe(head - Number(receipt.blockNumber) + 1)
  })

  it('reports a reverted transaction as failed, exit 1', async () => {
    const result = await runCli(['tx', reverted, ...localOnly(node.url), '--json'])
    expect(result.code).toBe(1)
    const report = result.json()
    expect(report.status).toBe('failed')
    expect(report.findings.map((f: { code: string }) => f.code)).toContain('tx.reverted')
  })

  it('prints a readable text report with the status and next steps', async () => {
    const result = await runCli(['tx', success, ...localOnly(node.url)])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Confirmed')
    expect(result.stdout).toContain(success)
    expect(result.stdout).toMatch(/What to do next/)
    expect(result.stdout.includes('\u001b[')).toBe(false) // no colour codes when stdout is not a terminal
  })

  it('speaks Japanese with --lang ja and with LANG=ja_JP.UTF-8', async () => {
    const flag = await runCli(['tx', success, ...localOnly(node.url), '--lang', 'ja'])
    expect(flag.stdout).toContain('承認済み')
    const env = await runCli(['tx', success, ...localOnly(node.url)], { env: { LANG: 'ja_JP.UTF-8' } })
    expect(env.stdout).toContain('承認済み')
  })

  it('--redact-addresses shortens the sender everywhere in the report', async () => {
    const sender = devWallet(node.url).account.address.toLowerCase()
    const result = await runCli(['tx', success, ...localOnly(node.url), '--json', '--redact-addresses'])
    expect(result.stdout.toLowerCase()).not.toContain(sender)
    expect(result.json().evidence.transaction.from).toBe(`${sender.slice(0, 6)}…${sender.slice(-4)}`)
  })

  it('renders markdown for pasting into a support form', async () => {
    const result = await runCli(['tx', reverted, ...localOnly(node.url), '--format', 'markdown'])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^## support-doctor report/)
    expect(result.stdout).toContain(`\`${reverted}\``)
    expect(result.stdout).toContain('`tx.reverted`')
  })
})
