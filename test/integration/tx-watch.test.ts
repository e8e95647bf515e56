import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseGwei, type Hash } from 'viem'
import { devWallet, startAnvil } from '../support/devnode.js'
import { startRpcProxy } from '../support/rpc-proxy.js'
import { BIN, runCli } from '../support/run-cli.js'

// `tx <hash> --watch` against an anvil node that does not mine: the test plays the user's wallet
// and the network (mines, replaces, drops) while the watch runs, and reads its NDJSON as an agent would.

let node: Awaited<ReturnType<typeof startAnvil>>
beforeAll(async () => {
  node = await startAnvil({ mining: false })
}, 60_000)
afterAll(async () => {
  await node?.stop()
})

/** A running `tx --watch --json`: its NDJSON lines as they come, and its end. */
function watch(hash: Hash, extra: string[] = [], home = mkdtempSync(join(tmpdir(), 'sd-watch-')), url = node.url) {
  const child = spawn(
    process.execPath,
    [BIN, 'tx', hash, '--rpc', url, '--no-public-rpc', '--watch', '--json', ...extra],
    { env: { PATH: process.env.PATH, HOME: home, XDG_CACHE_HOME: join(home, 'cache'), LANG: 'C', CI: 'true' } },
  )
  let stdout = ''
  let stderr = ''
  const waiters: (() => void)[] = []
  child.stdout.on('data', (d) => {
    stdout += d
    waiters.splice(0).forEach((w) => w())
  })
  child.stderr.on('data', (d) => (stderr += d))
  const lines = () =>
    stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>)
  const ended = new Promise<number | null>((resolve) => child.on('close', resolve))
  return {
    lines,
    stdout: () => stdout,
    stderr: () => stderr,
    ended,
    /** Until the first status event is out: the watch has looked once and is waiting. */
    async started() {
      while (!lines().some((l) => l.event === 'status')) await new Promise<void>((r) => waiters.push(r))
    },
  }
}

let nextAccount = 2
/** A transfer from a fresh dev account, waiting in the pool of a node that does not mine. */
async function pendingTransfer(fees = { maxFeePerGas: parseGwei('3'), maxPriorityFeePerGas: parseGwei('1') }) {
  const wallet = devWallet(node.url, nextAccount++)
  const hash = await wallet.sendTransaction({
    to: wallet.account.address,
    value: 1n,
    gas: 21_000n,
    chain: null,
    ...fees,
  })
  return { wallet, hash }
}

function checkEnd(w: ReturnType<typeof watch>, status: string) {
  const lines = w.lines()
  const report = lines.at(-1) as { status: string; schemaVersion: number; nextSteps: string[] }
  // Status events first (the first one says it is waiting), the report last: the object --json prints.
  expect(lines[0]).toMatchObject({ event: 'status', status: 'pending' })
  expect(lines.slice(0, -1).every((l) => l.event === 'status')).toBe(true)
  expect(report.schemaVersion).toBe(1)
  expect(report.status).toBe(status)
  expect(lines.at(-2)).toMatchObject({ event: 'status', status })
  // One line per change, not one per poll.
  const statuses = lines
    .slice(0, -1)
    .map((l) => JSON.stringify({ ...l, waitingSeconds: 0, block: null, baseFee: null }))
  expect(new Set(statuses).size).toBe(statuses.length)
}

describe('tx --watch, on a node that mines only when told', () => {
  it('counts the wait from when this computer first saw it waiting, not from the start of the watch', async () => {
    const { hash } = await pendingTransfer()
    const home = mkdtempSync(join(tmpdir(), 'sd-watch-'))
    const first = await runCli(['tx', hash, '--rpc', node.url, '--no-public-rpc', '--json'], {
      env: { HOME: home, XDG_CACHE_HOME: join(home, 'cache') },
    })
    expect(first.json().status).toBe('pending')
    // That first look was an hour ago.
    const file = join(home, 'cache', 'support-doctor', 'seen-transactions.json')
    const memory = JSON.parse(readFileSync(file, 'utf8')) as { transactions: Record<string, { firstSeenAt: string }> }
    const entry = memory.transactions[hash.toLowerCase()]!
    entry.firstSeenAt = new Date(Date.now() - 3600_000).toISOString()
    writeFileSync(file, JSON.stringify(memory))
    const w = watch(hash, [], home)
    await w.started()
    expect(w.lines()[0]!.waitingSeconds).toBeGreaterThanOrEqual(3600)
    await node.request('evm_mine')
    expect(await w.ended).toBe(0)
  }, 60_000)

  it('given in a block with no receipt yet (an endpoint catching up): keeps watching until the receipt comes', async () => {
    const { hash } = await pendingTransfer()
    await node.request('evm_mine')
    let hidden = 0
    const catchingUp = await startRpcProxy({
      target: node.url,
      intercept: (call) =>
        call.method === 'eth_getTransactionReceipt' && hidden++ < 3
          ? { jsonrpc: '2.0', id: call.id, result: null }
          : undefined,
    })
    try {
      const w = watch(hash, [], undefined, catchingUp.url)
      expect(await w.ended).toBe(0)
      expect(w.lines()[0]).toMatchObject({ event: 'status', status: 'undetermined' })
      expect(w.lines().at(-1)).toMatchObject({ status: 'confirmed' })
    } finally {
      await catchingUp.stop()
    }
  }, 60_000)

  it('follows a waiting transaction until it is mined: confirmed, exit 0', async () => {
    const { hash } = await pendingTransfer()
    const w = watch(hash)
    await w.started()
    await node.request('evm_mine')
    expect(await w.ended).toBe(0)
    checkEnd(w, 'confirmed')
  }, 60_000)

  it('a replacement with the same nonce is mined: replaced, exit 1', async () => {
    const { wallet, hash } = await pendingTransfer()
    const w = watch(hash)
    await w.started()
    const nonce = await wallet.getTransactionCount({ address: wallet.account.address, blockTag: 'latest' })
    await wallet.sendTransaction({
      to: wallet.account.address,
      value: 0n,
      gas: 21_000n,
      nonce,
      maxFeePerGas: parseGwei('10'),
      maxPriorityFeePerGas: parseGwei('5'),
      chain: null,
    })
    await node.request('evm_mine')
    expect(await w.ended).toBe(1)
    checkEnd(w, 'replaced')
  }, 60_000)

  it('dropped from the pool with its nonce unused: dropped, exit 1', async () => {
    const { hash } = await pendingTransfer()
    const w = watch(hash)
    await w.started()
    await node.request('anvil_dropTransaction', [hash])
    expect(await w.ended).toBe(1)
    checkEnd(w, 'dropped')
  }, 60_000)

  it('still waiting when the watch time is up: the report says pending, exit 1', async () => {
    const { hash } = await pendingTransfer()
    const w = watch(hash, ['--watch-timeout', '2s'])
    expect(await w.ended).toBe(1)
    expect(w.lines().at(-1)).toMatchObject({ status: 'pending' })
    expect(w.stderr()).toMatch(/Stopped watching after \d+ s; it is still waiting\./)
  }, 60_000)

  it('a watch time that is not one is bad input (exit 2)', async () => {
    const w = watch(`0x${'ab'.repeat(32)}`, ['--watch-timeout', 'soon'])
    expect(await w.ended).toBe(2)
    // Errors are the same JSON object as for `tx` (handle-error.ts).
    expect(JSON.parse(w.stdout())).toMatchObject({
      error: { message: expect.stringMatching(/"soon" is not a watch time/) },
    })
  })
})

describe('tx --watch on a flaky network', () => {
  it('a stretch with no answer from the endpoint: said once on stderr, the watch goes on to the end', async () => {
    const { hash } = await pendingTransfer()
    let down = false
    const flaky = await startRpcProxy({
      target: node.url,
      fault: () => (down ? { status: 503, body: 'busy' } : undefined),
    })
    try {
      const w = watch(hash, [], undefined, flaky.url)
      await w.started()
      down = true
      // Long enough for a look and its retries to fail (looks come at most 12 s apart, the first 1 s).
      await new Promise((resolve) => setTimeout(resolve, 4000))
      await node.request('evm_mine')
      down = false
      expect(await w.ended).toBe(0)
      expect(w.lines().at(-1)).toMatchObject({ status: 'confirmed' })
      expect(w.stderr()).toContain('The endpoints did not answer this look: still watching')
      expect(w.lines().filter((l) => l.event !== 'status' && l.schemaVersion === undefined)).toEqual([])
    } finally {
      await flaky.stop()
    }
  }, 60_000)
})
