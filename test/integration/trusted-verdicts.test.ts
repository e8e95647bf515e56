import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseEther, type Hash } from 'viem'
import { deploy, devWallet, startAnvil, uniswapArtifacts } from '../support/devnode.js'
import { startRpcProxy } from '../support/rpc-proxy.js'
import { freshCache, localOnly, runCli } from '../support/run-cli.js'

type Finding = { code: string; severity: string; data: Record<string, any> }
const codes = (report: { findings: Finding[] }) => report.findings.map((f) => f.code)
const findingOf = (report: { findings: Finding[] }, code: string) =>
  report.findings.find((f) => f.code === code) as Finding

/**
 * One world for the file: an honest node with a mined WETH deposit (it has logs); a second, real
 * node of the same chain id that is far behind (a stale endpoint: it has never seen the deposit,
 * the sender's nonce there is 0, and its head block is a day old); a third at block 0 whose head is
 * current by the clock (to the tool, exactly what an honest endpoint looks like beside a liar
 * claiming blocks far ahead); and proxies in front of the honest node that lie in well-formed ways
 * (a Byzantine endpoint).
 */
let honest: Awaited<ReturnType<typeof startAnvil>>
let behind: Awaited<ReturnType<typeof startAnvil>>
let current: Awaited<ReturnType<typeof startAnvil>>
let flipped: Awaited<ReturnType<typeof startRpcProxy>>
let noLogs: Awaited<ReturnType<typeof startRpcProxy>>
let honestProxy: Awaited<ReturnType<typeof startRpcProxy>>
let nonceLiar: Awaited<ReturnType<typeof startRpcProxy>>
let farAhead: Awaited<ReturnType<typeof startRpcProxy>>
let farAheadNonce: Awaited<ReturnType<typeof startRpcProxy>>
let farAheadMovedOn: Awaited<ReturnType<typeof startRpcProxy>>
let staleNoBlocks: Awaited<ReturnType<typeof startRpcProxy>>
let deposit: Hash
let sender: `0x${string}`
let senderNonce: number

type Answer = { jsonrpc: '2.0'; id: number | string; result?: any; error?: { code: number; message: string } }
const lyingAbout =
  (lie: (receipt: Record<string, any>) => Record<string, any>) =>
  (call: { method: string }, answer: Answer): Answer =>
    call.method === 'eth_getTransactionReceipt' && answer.result ? { ...answer, result: lie(answer.result) } : answer

beforeAll(async () => {
  const aDayAgo = Math.floor(Date.now() / 1000) - 86_400
  ;[honest, behind, current] = await Promise.all([
    startAnvil(),
    startAnvil({ extraArgs: ['--timestamp', String(aDayAgo)] }),
    startAnvil(),
  ])
  // The deposit lands beyond block 2: more than ordinary propagation above the current node's head.
  await honest.request('anvil_mine', ['0x4'])
  const wallet = devWallet(honest.url, 2)
  sender = wallet.account.address
  const weth = await deploy(wallet, uniswapArtifacts.weth())
  const { abi } = uniswapArtifacts.weth()
  deposit = await wallet.writeContract({
    address: weth,
    abi,
    functionName: 'deposit',
    value: parseEther('1'),
    chain: null,
  })
  const receipt = await wallet.waitForTransactionReceipt({ hash: deposit, pollingInterval: 20 })
  expect(receipt.logs.length).toBeGreaterThan(0)
  senderNonce = (await wallet.getTransaction({ hash: deposit })).nonce
  await honest.request('anvil_mine', ['0x10']) // the stale node stays at block 0
  ;[flipped, noLogs, honestProxy] = await Promise.all([
    startRpcProxy({
      target: honest.url,
      rewrite: lyingAbout((r) => ({ ...r, status: r.status === '0x1' ? '0x0' : '0x1' })),
    }),
    startRpcProxy({ target: honest.url, rewrite: lyingAbout((r) => ({ ...r, logs: [] })) }),
    startRpcProxy({ target: honest.url }),
  ])
  // Says the sender's nonce has moved on (so "replaced") when it has not.
  nonceLiar = await startRpcProxy({
    target: honest.url,
    rewrite: (call, answer) =>
      call.method === 'eth_getTransactionCount' && typeof answer.result === 'string'
        ? { ...answer, result: `0x${(BigInt(answer.result) + 5n).toString(16)}` }
        : answer,
  })
  // A head 1,000 blocks beyond the real one, with one more lie: with the freshest head one
  // endpoint's word, every honest endpoint looked "behind" and was left out of the comparison.
  type Rewrite = NonNullable<Parameters<typeof startRpcProxy>[0]['rewrite']>
  const farAheadWith = (lie: Rewrite) =>
    startRpcProxy({
      target: honest.url,
      rewrite: (call, answer) => {
        const result = answer.result as any
        const ahead = (hex: string) => `0x${(BigInt(hex) + 1000n).toString(16)}`
        if (!result) return answer
        if (call.method === 'eth_blockNumber') return { ...answer, result: ahead(result) }
        if (call.method === 'eth_getBlockByNumber' && (call as { params?: unknown[] }).params?.[0] === 'latest')
          return { ...answer, result: { ...result, number: ahead(result.number) } }
        return lie(call, answer)
      },
    })
  // … that the deposit failed;
  farAhead = await farAheadWith(lyingAbout((r) => ({ ...r, status: '0x0' })))
  // … that the sender's nonce is as if the deposit had never used its own: alone, its word would be
  // "dropped, safe to send again".
  farAheadNonce = await farAheadWith((call, answer) =>
    call.method === 'eth_getTransactionCount' ? { ...answer, result: `0x${senderNonce.toString(16)}` } : answer,
  )
  // The stale node, refusing to give any block: how old its head is cannot be read.
  staleNoBlocks = await startRpcProxy({
    target: behind.url,
    rewrite: (call, answer) =>
      call.method === 'eth_getBlockByNumber'
        ? { jsonrpc: '2.0', id: answer.id, error: { code: -32601, message: 'the method is not available' } }
        : answer,
  })
  // … that the sender's nonce has moved on, in blocks no other endpoint has reached: alone, its word
  // would be "replaced" where the honest answer is "dropped".
  farAheadMovedOn = await farAheadWith((call, answer) =>
    call.method === 'eth_getTransactionCount' && typeof answer.result === 'string'
      ? { ...answer, result: `0x${(BigInt(answer.result) + 5n).toString(16)}` }
      : answer,
  )
}, 60_000)
afterAll(async () => {
  await Promise.all([
    flipped?.stop(),
    noLogs?.stop(),
    honestProxy?.stop(),
    nonceLiar?.stop(),
    farAhead?.stop(),
    farAheadNonce?.stop(),
    farAheadMovedOn?.stop(),
    staleNoBlocks?.stop(),
  ])
  await Promise.all([honest?.stop(), behind?.stop(), current?.stop()])
})

describe('a stale endpoint listed first is not believed', () => {
  it('a plain lookup of a mined hash: confirmed from the fresh endpoint, never not-found; the stale one is named', async () => {
    const result = await runCli(['tx', deposit, ...localOnly(behind.url, honest.url), '--json', '--no-cache'])
    const report = result.json()
    expect(report.status).toBe('confirmed')
    expect(result.code).toBe(0)
    expect(codes(report)).not.toContain('tx.not-found')
    const stale = findingOf(report, 'rpc.stale')
    expect(stale.data).toMatchObject({ endpoint: behind.url, headBlock: '0' })
    expect(stale.data.ageSeconds).toBeGreaterThan(86_000)
    expect(Number(stale.data.freshestBlock)).toBeGreaterThan(10)
  })

  it('beside an endpoint behind whose head time cannot be read, a receipt beyond its head is no verdict (exit 3)', async () => {
    const result = await runCli(['tx', deposit, ...localOnly(staleNoBlocks.url, honest.url), '--json', '--no-cache'])
    const report = result.json()
    expect(result.code).toBe(3)
    expect(report.status).toBe('undetermined')
    const disagreement = findingOf(report, 'rpc.disagreement')
    expect(disagreement.data.fact).toBe('head')
    const stale = disagreement.data.answers.find((a: { endpoint: string }) => a.endpoint === staleNoBlocks.url)
    expect(stale.reading).toMatchObject({ headBlock: '0', ageSeconds: null })
  })

  it('beside an endpoint whose head is current by the clock, a receipt only in blocks it has not reached is no verdict (exit 3), both orders', async () => {
    for (const order of [
      [current.url, honest.url],
      [honest.url, current.url],
    ]) {
      const result = await runCli(['tx', deposit, ...localOnly(...order), '--json', '--no-cache'])
      const report = result.json()
      expect(result.code).toBe(3)
      expect(report.status).toBe('undetermined')
      expect(codes(report)).not.toContain('tx.confirmed')
      expect(codes(report)).not.toContain('rpc.stale')
      const disagreement = findingOf(report, 'rpc.disagreement')
      expect(disagreement).toMatchObject({ severity: 'critical', data: { fact: 'head', majority: false } })
      const byEndpoint = Object.fromEntries(
        disagreement.data.answers.map((a: { endpoint: string; reading: object }) => [a.endpoint, a.reading]),
      )
      expect(byEndpoint[current.url]).toMatchObject({ kind: 'head', headBlock: '0', receiptBlock: null })
      expect(byEndpoint[current.url].ageSeconds).toBeLessThan(600)
      expect(Number(byEndpoint[honest.url].receiptBlock)).toBeGreaterThan(2)
    }
  })

  it('--from/--nonce of a mined transaction: never "dropped, safe to send again"', async () => {
    const args = ['--chain', '31337', '--from', sender, '--nonce', String(senderNonce), '--json', '--no-cache']
    const result = await runCli(['tx', deposit, ...localOnly(behind.url, honest.url), ...args])
    const report = result.json()
    expect(report.status).toBe('confirmed')
    expect(codes(report)).not.toContain('tx.dropped')
  })

  it('a hash nobody knows is not-found only after the fresh endpoint was asked too', async () => {
    const unknown = `0x${'cd'.repeat(32)}`
    const result = await runCli(['tx', unknown, ...localOnly(behind.url, honest.url), '--json', '--no-cache'])
    expect(result.json().status).toBe('not-found')
    expect(codes(result.json())).toContain('rpc.stale')
  })

  it('the memory of a transaction seen mined overrides "no endpoint knows it" (exit 3, no verdict)', async () => {
    const cache = freshCache()
    const first = await runCli(['tx', deposit, ...localOnly(honest.url), '--json'], { env: { XDG_CACHE_HOME: cache } })
    expect(first.json().status).toBe('confirmed')
    // Later only the stale endpoint is at hand: it does not know the hash, and the nonce there is 0.
    const later = await runCli(['tx', deposit, ...localOnly(behind.url), '--json'], { env: { XDG_CACHE_HOME: cache } })
    const report = later.json()
    expect(later.code).toBe(3)
    expect(report.status).toBe('undetermined')
    expect(codes(report)).not.toContain('tx.dropped')
    expect(codes(report)).not.toContain('tx.not-found')
    expect(findingOf(report, 'tx.seen-mined').data).toMatchObject({ chainId: 31337, lastStatus: 'confirmed' })
  })
})

describe('a lying endpoint beside an honest one is caught by the cross-check', () => {
  for (const [name, liar] of [
    ['receipt status flipped', () => flipped],
    ['logs removed', () => noLogs],
  ] as const) {
    it(`${name}: rpc.disagreement naming both, no verdict, exit 3 — whichever is listed first`, async () => {
      for (const order of [
        [liar().url, honest.url],
        [honest.url, liar().url],
      ]) {
        const result = await runCli(['tx', deposit, ...localOnly(...order), '--json', '--no-cache'])
        const report = result.json()
        expect(result.code).toBe(3)
        expect(report.status).toBe('undetermined')
        expect(codes(report)).not.toContain('tx.confirmed')
        expect(codes(report)).not.toContain('tx.reverted')
        const disagreement = findingOf(report, 'rpc.disagreement')
        expect(disagreement.severity).toBe('critical')
        expect(disagreement.data.fact).toBe('receipt')
        expect(disagreement.data.majority).toBe(false)
        expect(disagreement.data.answers.map((a: { endpoint: string }) => a.endpoint).sort()).toEqual(
          [liar().url, honest.url].sort(),
        )
      }
    })
  }

  it('a liar claiming a head far ahead cannot leave the honest endpoint out: no "failed", exit 3, both orders', async () => {
    for (const order of [
      [farAhead.url, honest.url],
      [honest.url, farAhead.url],
    ]) {
      const result = await runCli(['tx', deposit, ...localOnly(...order), '--json', '--no-cache'])
      const report = result.json()
      expect(result.code).toBe(3)
      expect(report.status).toBe('undetermined')
      expect(codes(report)).not.toContain('tx.reverted')
      expect(codes(report)).not.toContain('tx.confirmed')
      expect(findingOf(report, 'rpc.disagreement').data).toMatchObject({ fact: 'receipt', majority: false })
      // The honest endpoint is not "behind": the far-off head is the liar's word alone.
      expect(codes(report)).not.toContain('rpc.stale')
    }
  })

  it('a liar claiming a head far ahead and a nonce that moved on there: never "replaced", exit 3, both orders', async () => {
    // A hash nobody knows, with a sender and a nonce never used: the honest answer is "dropped".
    const unknown = `0x${'a7'.repeat(32)}`
    const args = ['--chain', '31337', '--from', sender, '--nonce', String(senderNonce + 1), '--json', '--no-cache']
    for (const order of [
      [farAheadMovedOn.url, honest.url],
      [honest.url, farAheadMovedOn.url],
    ]) {
      const result = await runCli(['tx', unknown, ...localOnly(...order), ...args])
      const report = result.json()
      expect(result.code).toBe(3)
      expect(report.status).toBe('undetermined')
      expect(codes(report)).not.toContain('tx.replaced')
      expect(codes(report)).not.toContain('tx.dropped')
      expect(findingOf(report, 'rpc.disagreement').data).toMatchObject({ fact: 'head', majority: false })
    }
  })

  it('a liar claiming a head far ahead and an unused nonce: never "dropped", exit 3, both orders', async () => {
    // A hash nobody knows, for the deposit's sender and nonce: honestly "replaced" (the nonce was used).
    const unknown = `0x${'ab'.repeat(32)}`
    const args = ['--chain', '31337', '--from', sender, '--nonce', String(senderNonce), '--json', '--no-cache']
    expect((await runCli(['tx', unknown, ...localOnly(honest.url), ...args])).json().status).toBe('replaced')
    for (const order of [
      [farAheadNonce.url, honest.url],
      [honest.url, farAheadNonce.url],
    ]) {
      const result = await runCli(['tx', unknown, ...localOnly(...order), ...args])
      const report = result.json()
      expect(result.code).toBe(3)
      expect(report.status).toBe('undetermined')
      expect(codes(report)).not.toContain('tx.dropped')
      expect(findingOf(report, 'rpc.disagreement').data).toMatchObject({ fact: 'nonce', majority: false })
    }
  })

  it('with a majority (two honest, one liar) the majority answer stands and the disagreement is reported', async () => {
    const result = await runCli([
      'tx',
      deposit,
      ...localOnly(flipped.url, honest.url, honestProxy.url),
      '--json',
      '--no-cache',
    ])
    const report = result.json()
    expect(report.status).toBe('confirmed')
    const disagreement = findingOf(report, 'rpc.disagreement')
    expect(disagreement).toMatchObject({ severity: 'warning', data: { majority: true } })
    // The verdict stands, so no step tells the person to hold off acting on it.
    expect(report.nextSteps.join('\n')).not.toMatch(/until the answers agree/)
    expect(report.nextSteps.join('\n')).toMatch(/The answer above is that of most endpoints/)
  })

  it('a nonce that two endpoints report differently: neither "dropped" nor "replaced", exit 3', async () => {
    // A hash nobody knows, with a sender and a nonce never used: the honest answer would be "dropped".
    const unknown = `0x${'ef'.repeat(32)}`
    const unused = String(senderNonce + 1)
    const args = ['--chain', '31337', '--from', sender, '--nonce', unused, '--json', '--no-cache']
    const alone = await runCli(['tx', unknown, ...localOnly(honest.url), ...args])
    expect(alone.json().status).toBe('dropped')
    const result = await runCli(['tx', unknown, ...localOnly(honest.url, nonceLiar.url), ...args])
    const report = result.json()
    expect(result.code).toBe(3)
    expect(report.status).toBe('undetermined')
    expect(codes(report)).not.toContain('tx.dropped')
    expect(codes(report)).not.toContain('tx.replaced')
    expect(findingOf(report, 'rpc.disagreement').data).toMatchObject({ fact: 'nonce', majority: false })
  })
})
