import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { erc20Abi, parseEther, parseGwei, type Hash } from 'viem'
import { deployToken } from '../support/contracts.js'
import { devWallet, startAnvil } from '../support/devnode.js'
import { startRpcProxy } from '../support/rpc-proxy.js'
import { freshCache, localOnly, runCli, type CliResult } from '../support/run-cli.js'

/**
 * `batch` over 200 real transactions on one node — confirmed, failed, pending and unknown, as bare
 * hashes and as NDJSON objects — with invalid lines, blank lines and comments among them.
 */
type Expected = { line: number; id: unknown; status?: string; hash?: string; error?: string }

let node: Awaited<ReturnType<typeof startAnvil>>
let file: string
const expected: Expected[] = []
let result: CliResult
let ndjson: Record<string, any>[]

beforeAll(async () => {
  node = await startAnvil()
  const wallets = [0, 1, 2, 3].map((i) => devWallet(node.url, i))
  const owner = wallets[0]!
  const token = await deployToken(owner, {
    name: 'Doctor Token',
    symbol: 'DOC',
    decimals: 18,
    supply: parseEther('1000'),
  })
  // From here blocks are mined by hand, so some transactions can be left waiting.
  await node.request('evm_setAutomine', [false])

  const sent: { hash: Hash; status: string }[] = []
  // Confirmed: plain transfers from four senders, mined in a few blocks.
  for (let round = 0; round < 40; round++) {
    for (const w of wallets)
      sent.push({
        hash: await w.sendTransaction({ to: owner.account.address, value: 1n, gas: 21_000n, chain: null }),
        status: 'confirmed',
      })
    if (round % 10 === 9) await node.request('evm_mine', [])
  }
  // Failed: token transfers of more than the sender holds, with gas given so they are mined anyway.
  for (let i = 0; i < 15; i++)
    sent.push({
      hash: await wallets[1]!.writeContract({
        address: token,
        abi: erc20Abi,
        functionName: 'transfer',
        args: [owner.account.address, parseEther('1')],
        gas: 100_000n,
        chain: null,
      }),
      status: 'failed',
    })
  await node.request('evm_mine', [])
  // Pending: left in the mempool, with a fee cap far above the base fee.
  for (let i = 0; i < 10; i++)
    sent.push({
      hash: await wallets[2]!.sendTransaction({
        to: owner.account.address,
        value: 1n,
        gas: 21_000n,
        maxFeePerGas: parseGwei('50'),
        maxPriorityFeePerGas: parseGwei('1'),
        chain: null,
      }),
      status: 'pending',
    })
  // Unknown to the node.
  for (let i = 0; i < 15; i++)
    sent.push({ hash: `0x${i.toString(16).padStart(4, '0').repeat(16)}`, status: 'not-found' })

  const lines: string[] = ['# tickets exported from the help desk', '']
  const push = (line: string, entry: Omit<Expected, 'line'>) => {
    lines.push(line)
    expected.push({ ...entry, line: lines.length })
  }
  sent.forEach(({ hash, status }, i) => {
    // Every third line an NDJSON object with an id and the chain by name or id; the rest bare hashes.
    if (i % 3 === 0) {
      const chain = i % 2 === 0 ? 'anvil' : 31337
      push(JSON.stringify({ hash, chain, id: `ticket-${i}` }), { id: `ticket-${i}`, status, hash })
    } else push(hash, { id: null, status, hash })
    if (i % 50 === 25) lines.push('')
  })
  push('0x1234', { id: null, error: 'input.hash' })
  push('{"hash": "0xnot-a-hash", "id": 7}', { id: 7, error: 'input.hash' })
  push('{"note": "no subject", "id": "t-x"}', { id: 't-x', error: 'input.line' })
  push('{this is not json', { id: null, error: 'input.line' })
  push(JSON.stringify({ hash: sent[0]!.hash, chain: 'atlantis', id: 'bad-chain' }), {
    id: 'bad-chain',
    error: 'input.chain',
  })
  push(JSON.stringify({ address: owner.account.address, id: 'addr-1' }), { id: 'addr-1' })

  file = join(mkdtempSync(join(tmpdir(), 'sd-batch-')), 'tickets.ndjson')
  writeFileSync(file, `${lines.join('\n')}\n`)
  result = await runCli(['batch', file, ...localOnly(node.url), '--summary'], { env: { XDG_CACHE_HOME: freshCache() } })
  ndjson = result.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
}, 240_000)

afterAll(() => node?.stop())

describe('support-doctor batch', () => {
  it('writes one line per input line, in input order, each right', () => {
    expect(sentCount()).toBeGreaterThanOrEqual(200)
    expect(ndjson.map((o) => o.input)).toEqual(expected.map(({ line, id }) => ({ line, id })))
    ndjson.forEach((out, i) => {
      const want = expected[i]!
      if (want.error) {
        expect(out.error?.code, `line ${want.line}`).toBe(want.error)
        expect(out.error.message).toBeTruthy()
      } else if (want.hash) {
        expect(out.subject, `line ${want.line}`).toEqual({ kind: 'tx', hash: want.hash })
        expect(out.status, `line ${want.line}`).toBe(want.status)
      } else expect(out.subject.kind).toBe('address')
    })
  })

  it('every report line is the tx --json object plus input', () => {
    const validate = new Ajv2020({ strict: false }).compile(
      JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')),
    )
    for (const out of ndjson.filter((o) => !o.error)) {
      const { input: _input, ...report } = out
      expect(validate(report), JSON.stringify(validate.errors)).toBe(true)
    }
  })

  it('every line, report or error, validates against the shipped batch-line schema, input included', () => {
    const validate = new Ajv2020({ strict: false }).compile(
      JSON.parse(readFileSync(new URL('../../schema/batch-line.schema.json', import.meta.url), 'utf8')),
    )
    expect(ndjson.some((o) => o.error)).toBe(true)
    for (const out of ndjson) expect(validate(out), JSON.stringify(validate.errors)).toBe(true)
    const { input: _input, ...withoutInput } = ndjson[0]!
    expect(validate(withoutInput)).toBe(false)
  })

  it('exits 2 because some lines were invalid, and summarises by status on stderr', () => {
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/lines: .*confirmed 1\d\d.*failed 15.*invalid 5.*not-found 15.*pending 10/)
  })

  it('reads stdin when no file is given; exit 1 when a problem was diagnosed and every line was valid', async () => {
    const failed = expected.find((e) => e.status === 'failed')!.hash!
    const confirmed = expected.find((e) => e.status === 'confirmed')!.hash!
    const piped = await runCli(['batch', '--rpc', node.url, '--no-public-rpc', '--concurrency', '2', '--summary'], {
      input: `${confirmed}\n\n# comment\n${failed}\n`,
    })
    expect(piped.code).toBe(1)
    expect(piped.stderr).toMatch(/2 lines: confirmed 1, failed 1/)
    expect(
      piped.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).input.line),
    ).toEqual([1, 4])
  })

  it('the summary is in Japanese with --lang ja, with the JSON status words beside', async () => {
    const failed = expected.find((e) => e.status === 'failed')!.hash!
    const piped = await runCli(['batch', '--rpc', node.url, '--no-public-rpc', '--summary', '--lang', 'ja'], {
      input: `${failed}\nnot-a-hash\n`,
    })
    expect(piped.stderr).toMatch(/失敗\(failed\) 1/)
    expect(piped.stderr).toMatch(/入力が不正\(invalid\) 1/)
    expect(piped.stderr).not.toMatch(/lines/)
  })

  it('exit 3 when a line could not be looked at (no endpoint answers)', async () => {
    const dead = await runCli(['--rpc', 'http://127.0.0.1:9', 'batch', '--no-public-rpc', '--timeout', '2000'], {
      input: `${expected[0]!.hash}\n`,
    })
    expect(dead.code).toBe(3)
    expect(JSON.parse(dead.stdout).error.code).toMatch(/^rpc\./)
  })
})

describe('what the lines of a batch share', () => {
  it('reads the head and fee history once per chain and block, not once per line, with the same results as tx', async () => {
    // A dozen lines on one chain (confirmed, failed, pending) through a proxy that counts the calls.
    const picked = ['confirmed', 'failed', 'pending'].flatMap((status) =>
      expected.filter((e) => e.status === status && e.id === null).slice(0, 4),
    )
    let headReads = 0
    let feeHistories = 0
    const proxy = await startRpcProxy({
      target: node.url,
      intercept: (call) => {
        if (call.method === 'eth_feeHistory') feeHistories++
        if (call.method === 'eth_getBlockByNumber' && call.params?.[0] === 'latest') headReads++
        return undefined
      },
    })
    const cache = freshCache()
    try {
      const batch = await runCli(['batch', ...localOnly(proxy.url), '--concurrency', '4'], {
        input: `${picked.map((e) => e.hash).join('\n')}\n`,
        env: { XDG_CACHE_HOME: cache },
      })
      const lines = batch.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
      expect(lines.map((l) => l.status)).toEqual(picked.map((e) => e.status))
      // No block is mined meanwhile: one head and one fee history for the whole batch.
      expect(picked.length).toBe(12)
      expect(feeHistories).toBe(1)
      expect(headReads).toBe(1)
      // Each line is what tx --json says of the hash on its own (apart from times and request counts).
      const strip = (o: Record<string, unknown>) => {
        const { input: _i, checkedAt: _c, environment: _e, tool: _t, ...rest } = o
        return JSON.parse(
          JSON.stringify(rest, (k, v) => (['gatheredAt', 'ageSeconds', 'rpc'].includes(k) ? undefined : v)),
        )
      }
      for (const [i, want] of picked.entries()) {
        if (i % 4 !== 0) continue // one of each status is enough to compare: each tx is a process
        const single = await runCli(['tx', want.hash!, ...localOnly(node.url), '--json', '--no-cache'])
        expect(strip(lines[i]), want.hash).toEqual(strip(single.json()))
      }
      // The memory was written once, with every line that has a sender in it.
      const memory = JSON.parse(readFileSync(join(cache, 'support-doctor', 'seen-transactions.json'), 'utf8'))
      expect(Object.keys(memory.transactions).sort()).toEqual(picked.map((e) => e.hash!.toLowerCase()).sort())
    } finally {
      await proxy.stop()
    }
  }, 120_000)
})

const sentCount = () => expected.filter((e) => e.hash).length
