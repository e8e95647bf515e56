// @ts-check
/**
 * `npm run bench:batch`: 200 transactions diagnosed by one `support-doctor batch` against 200
 * sequential `support-doctor tx --json` processes (the shell loop a support team writes), on the
 * same anvil node in the same run. The two alternate, round by round, so a slow moment of the
 * machine hits both; the README shows the medians and their ratio. Run by hand.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseGwei } from 'viem'
import { devWallet, startAnvil } from '../test/support/devnode.js'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const COUNT = 200
const bin = fileURLToPath(new URL('../bin/support-doctor.js', import.meta.url))
const env = { ...process.env, CI: 'true', NO_COLOR: '1', XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'sd-bench-')) }

/**
 * One run of the binary. Spawned asynchronously: anvil's log pipe is read by this process, and a
 * blocked event loop (spawnSync) would let it fill and stall the node.
 * @param {string[]} args
 * @returns {Promise<{ ms: number, stdout: string }>}
 */
function run(args) {
  const start = process.hrtime.bigint()
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6
      if (code !== 0 && code !== 1) reject(new Error(`exit ${code}: ${stderr}`))
      else resolve({ ms, stdout })
    })
  })
}

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

const node = await startAnvil()
try {
  const wallets = [0, 1, 2, 3].map((i) => devWallet(node.url, i))
  const [first] = wallets
  if (!first) throw new Error('no wallet')
  await node.request('evm_setAutomine', [false])
  /** @type {string[]} */
  const hashes = []
  // Mostly confirmed transfers from four senders over several blocks, a tenth left pending.
  while (hashes.length < COUNT * 0.9) {
    for (const w of wallets)
      hashes.push(await w.sendTransaction({ to: w.account.address, value: 1n, gas: 21_000n, chain: null }))
    if (hashes.length % 40 === 0) await node.request('evm_mine', [])
  }
  await node.request('evm_mine', [])
  while (hashes.length < COUNT) {
    hashes.push(
      await (wallets[hashes.length % 4] ?? first).sendTransaction({
        to: first.account.address,
        value: 1n,
        gas: 21_000n,
        maxFeePerGas: parseGwei('50'),
        maxPriorityFeePerGas: parseGwei('1'),
        chain: null,
      }),
    )
  }
  const file = join(mkdtempSync(join(tmpdir(), 'sd-bench-')), 'hashes.txt')
  writeFileSync(file, `${hashes.join('\n')}\n`)
  const network = ['--rpc', node.url, '--no-public-rpc', '--no-cache']

  await run(['batch', file, ...network]) // warm the file cache
  /** @type {number[]} */
  const batchTimes = []
  /** @type {number[]} */
  const loopTimes = []
  for (let round = 0; round < ROUNDS; round++) {
    const batch = await run(['batch', file, ...network])
    if (batch.stdout.trim().split('\n').length !== COUNT) throw new Error('batch did not answer every line')
    batchTimes.push(batch.ms)
    let loop = 0
    for (const hash of hashes) loop += (await run(['tx', hash, ...network, '--json'])).ms
    loopTimes.push(loop)
    console.error(`round ${round + 1}: batch ${batch.ms.toFixed(0)} ms, loop ${loop.toFixed(0)} ms`)
  }
  const b = median(batchTimes)
  const l = median(loopTimes)
  console.log(
    `Rounds: ${ROUNDS}, ${COUNT} transactions, Node ${process.version}, ${process.platform}/${process.arch}\n`,
  )
  console.log('| how | median wall time | per transaction |\n| --- | --- | --- |')
  console.log(`| ${COUNT} × \`support-doctor tx --json\` | ${(l / 1000).toFixed(1)} s | ${(l / COUNT).toFixed(0)} ms |`)
  console.log(
    `| \`support-doctor batch\` (concurrency 8) | ${(b / 1000).toFixed(1)} s | ${(b / COUNT).toFixed(1)} ms |`,
  )
  console.log(`\n**batch is ${(l / b).toFixed(0)}× faster** (ratio of medians)`)
} finally {
  await node.stop()
}
