// @ts-check
/**
 * `npm run bench`: how long a diagnosis takes and how many HTTP requests it costs, on a local
 * anvil node, against Foundry's `cast receipt` on the same transaction. Run by hand; the numbers
 * go into the README. Wall times include process start-up for both tools.
 */
import { spawn, spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { parseGwei } from 'viem'
import { devWallet, foundryBinary, startAnvil } from '../scripts/devnode.js'
import { startRpcProxy } from '../scripts/rpc-proxy.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 15)
const bin = fileURLToPath(new URL('../bin/support-doctor.js', import.meta.url))
const castBinary = foundryBinary('cast')

/** @param {string} command @param {string[]} args */
function time(command, args) {
  const start = process.hrtime.bigint()
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, CI: 'true', NO_COLOR: '1' } })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command} failed: ${result.stderr}`)
  return ms
}

/** @param {number[]} values */
const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (/** @type {number} */ q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
  return { median: at(0.5), p90: at(0.9) }
}

const node = await startAnvil({ mining: false })
const proxy = await startRpcProxy({ target: node.url })
try {
  const wallet = devWallet(node.url)
  const confirmed = await wallet.sendTransaction({ to: wallet.account.address, value: 1n, gas: 21_000n, chain: null })
  await node.request('evm_mine', [])
  const pending = await wallet.sendTransaction({
    to: wallet.account.address,
    value: 1n,
    gas: 21_000n,
    maxFeePerGas: parseGwei('3'),
    maxPriorityFeePerGas: parseGwei('1'),
    chain: null,
  })

  const doctor = (/** @type {string} */ hash, /** @type {string} */ url, extra = ['--chain', 'local']) => [
    bin,
    'tx',
    hash,
    '--rpc',
    url,
    '--no-public-rpc',
    '--json',
    '--no-cache',
    ...extra,
  ]

  /** @type {string[]} */
  const rows = []
  /** @param {string} name @param {string} command @param {string[]} args */
  const measure = (name, command, args) => {
    time(command, args) // warm the file cache
    const samples = Array.from({ length: RUNS }, () => time(command, args))
    const { median, p90 } = stats(samples)
    rows.push(`| ${name} | ${median.toFixed(0)} ms | ${p90.toFixed(0)} ms |`)
  }
  measure('`cast receipt` (confirmed)', castBinary, ['receipt', confirmed, '--rpc-url', node.url, '--json'])
  measure('`support-doctor tx --json` (confirmed)', process.execPath, doctor(confirmed, node.url))
  measure('`support-doctor tx --json` (pending)', process.execPath, doctor(pending, node.url))
  measure('`support-doctor --version` (start-up only)', process.execPath, [bin, '--version'])

  /**
   * HTTP requests and JSON-RPC calls of one run, counted by the proxy. Spawned asynchronously:
   * the proxy lives in this process and must keep answering while the tool runs.
   * @param {string[]} args
   */
  const count = async (args) => {
    const before = { http: proxy.seen.httpRequests, calls: proxy.seen.methods.length }
    await new Promise((resolve) =>
      spawn(process.execPath, args, { env: { ...process.env, CI: 'true' } }).on('close', resolve),
    )
    return `${proxy.seen.httpRequests - before.http} HTTP requests, ${proxy.seen.methods.length - before.calls} calls`
  }
  const counts = [
    `| confirmed, \`--chain\` given | ${await count(doctor(confirmed, proxy.url))} |`,
    `| pending, \`--chain\` given | ${await count(doctor(pending, proxy.url))} |`,
    `| confirmed, no \`--chain\` | ${await count(doctor(confirmed, proxy.url, []))} |`,
  ]
  console.log(`Runs: ${RUNS} each, Node ${process.version}, ${process.platform}/${process.arch}\n`)
  console.log('| command | median | p90 |\n| --- | --- | --- |')
  console.log(rows.join('\n'))
  console.log('\n| diagnosis | on the wire |\n| --- | --- |')
  console.log(counts.join('\n'))
} finally {
  await proxy.stop()
  await node.stop()
}
