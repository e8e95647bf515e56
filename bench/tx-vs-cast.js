// @ts-check
/**
 * `npm run bench`: a diagnosis against Foundry's `cast run` on the same transaction and node, in one
 * run and alternating (so both meet the same machine load): on loopback anvil, and through a proxy
 * that delays every answer by 50 ms (the distance of a public endpoint). Also start-up alone
 * (`--version`, `--help`) against a bare `node -e 0`, the HTTP requests each tool makes, and peak
 * memory. Run by hand; the table goes into the README ("Speed"). Wall times include process
 * start-up for every command. BENCH_RUNS sets the runs per command (default 15).
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseEther } from 'viem'
import { addLiquidityEth, deployDeflatingToken } from '../test/support/contracts.js'
import { deployUniswap, devWallet, foundryBinary, startAnvil } from '../test/support/devnode.js'
import { startRpcProxy } from '../test/support/rpc-proxy.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 15)
const DELAY_MS = 50
const bin = fileURLToPath(new URL('../bin/support-doctor.js', import.meta.url))
const cast = foundryBinary('cast')
const home = mkdtempSync(join(tmpdir(), 'sd-bench-'))
const env = { ...process.env, CI: 'true', NO_COLOR: '1', HOME: home, XDG_CACHE_HOME: join(home, '.cache') }
// Every command runs in an empty folder, as a user's would: inside this repository `cast run` takes the
// folder for a Foundry project and walks node_modules for Solidity remappings (~47,000 file system
// calls, ~50 ms), and support-doctor reads the repository's package.json looking for its config.
const cwd = home

/**
 * Runs a command to its end, asynchronously (the proxies live in this process and must keep
 * answering), and returns its wall time in ms.
 * @param {string[]} command
 */
function time(command) {
  const [file, ...args] = command
  const start = process.hrtime.bigint()
  return new Promise((resolve, reject) => {
    const child = spawn(/** @type {string} */ (file), args, { env, cwd, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => {
      // 1 is a diagnosed problem (a failed swap): a result, not a failure of the command.
      if (code !== 0 && code !== 1) reject(new Error(`${command.join(' ')} exited ${code}: ${stderr}`))
      else resolve(Number(process.hrtime.bigint() - start) / 1e6)
    })
  })
}

/**
 * Peak resident memory of one run, in MB: GNU time where installed, else the child's VmHWM from
 * /proc, read every few milliseconds while it runs (a small under-estimate at worst).
 * @param {string[]} command
 * @returns {Promise<number>}
 */
async function peakRssMb(command) {
  if (existsSync('/usr/bin/time')) {
    const out = join(home, 'rss')
    await time(['/usr/bin/time', '-f', '%M', '-o', out, ...command])
    return Number(readFileSync(out, 'utf8').trim().split('\n').at(-1)) / 1024
  }
  const [file, ...args] = command
  const child = spawn(/** @type {string} */ (file), args, { env, cwd, stdio: 'ignore' })
  let peakKb = 0
  const read = () => {
    try {
      const match = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))
      if (match) peakKb = Math.max(peakKb, Number(match[1]))
    } catch {
      // gone already
    }
  }
  const poll = setInterval(read, 2)
  await new Promise((resolve) => child.on('exit', resolve))
  clearInterval(poll)
  return peakKb / 1024
}

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/**
 * Times every command of a group in turn, RUNS times, alternating which goes first, after one
 * warm-up run each (file cache, anvil's own caches).
 * @param {Record<string, string[]>} group
 */
async function alternate(group) {
  const names = Object.keys(group)
  /** @type {Record<string, number[]>} */
  const samples = Object.fromEntries(names.map((n) => [n, []]))
  for (const name of names) await time(/** @type {string[]} */ (group[name]))
  for (let run = 0; run < RUNS; run++) {
    const order = run % 2 ? [...names].reverse() : names
    for (const name of order) samples[name]?.push(await time(/** @type {string[]} */ (group[name])))
  }
  return Object.fromEntries(names.map((n) => [n, median(samples[n] ?? [])]))
}

// Other work on the machine slows Node's start-up far more than cast's: say how busy it was.
const loadAtStart = loadavg()[0] ?? 0
const node = await startAnvil()
const loopback = await startRpcProxy({ target: node.url })
const distant = await startRpcProxy({ target: node.url, delayMs: DELAY_MS })
try {
  // A failed swap on a real Uniswap V2 pool: the price moved beyond the slippage limit.
  const wallet = devWallet(node.url)
  const uniswap = await deployUniswap(wallet)
  const token = await deployDeflatingToken(wallet, parseEther('1000000'))
  await addLiquidityEth(wallet, uniswap, token, parseEther('10000'), parseEther('10'))
  const failedSwap = await wallet.writeContract({
    address: uniswap.router,
    abi: uniswap.routerAbi,
    functionName: 'swapExactETHForTokens',
    args: [parseEther('5000'), [uniswap.weth, token], wallet.account.address, 2n ** 40n],
    value: parseEther('0.1'),
    gas: 300_000n,
    chain: null,
  })
  const transfer = await wallet.sendTransaction({ to: devWallet(node.url, 1).account.address, value: 1n, chain: null })
  for (const hash of [failedSwap, transfer]) await wallet.waitForTransactionReceipt({ hash, pollingInterval: 20 })

  const doctor = (/** @type {string} */ hash, /** @type {string} */ url) => [
    process.execPath,
    bin,
    'tx',
    hash,
    '--rpc',
    url,
    '--chain',
    'local',
    '--no-public-rpc',
    '--json',
  ]
  const castRun = (/** @type {string} */ hash, /** @type {string} */ url) => [cast, 'run', hash, '--rpc-url', url]

  /** @type {{ what: string, doctor: number, cast: number }[]} */
  const diagnoses = []
  for (const [what, hash] of /** @type {const} */ ([
    ['failed swap', failedSwap],
    ['confirmed transfer', transfer],
  ])) {
    for (const [where, url] of /** @type {const} */ ([
      ['loopback', node.url],
      [`${DELAY_MS} ms per answer`, distant.url],
    ])) {
      const medians = await alternate({ doctor: doctor(hash, url), cast: castRun(hash, url) })
      diagnoses.push({ what: `${what}, ${where}`, doctor: medians.doctor ?? 0, cast: medians.cast ?? 0 })
    }
  }

  const startup = await alternate({
    node: [process.execPath, '-e', '0'],
    version: [process.execPath, bin, '--version'],
    help: [process.execPath, bin, '--help'],
  })

  /** HTTP requests and JSON-RPC calls of one run, counted by the loopback proxy. @param {string[]} command */
  const onTheWire = async (command) => {
    const before = { http: loopback.seen.httpRequests, calls: loopback.seen.methods.length }
    await time(command)
    return `${loopback.seen.httpRequests - before.http} HTTP requests, ${loopback.seen.methods.length - before.calls} calls`
  }
  const wire = {
    doctorSwap: await onTheWire(doctor(failedSwap, loopback.url)),
    castSwap: await onTheWire(castRun(failedSwap, loopback.url)),
    doctorTransfer: await onTheWire(doctor(transfer, loopback.url)),
    castTransfer: await onTheWire(castRun(transfer, loopback.url)),
  }

  /** Median of three peak-memory readings. @param {string[]} command */
  const rss = async (command) => median([await peakRssMb(command), await peakRssMb(command), await peakRssMb(command)])
  const memory = {
    doctor: await rss(doctor(failedSwap, node.url)),
    cast: await rss(castRun(failedSwap, node.url)),
    version: await rss([process.execPath, bin, '--version']),
    node: await rss([process.execPath, '-e', '0']),
  }

  const ms = (/** @type {number} */ v) => `${v.toFixed(0)} ms`
  const ratio = (/** @type {number} */ a, /** @type {number} */ b) => `${(a / b).toFixed(2)}×`
  const load = `load average ${loadAtStart.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end`
  console.log(
    `Runs: ${RUNS} of each, alternating; Node ${process.version}, ${process.platform}/${process.arch}; ${load}\n`,
  )
  console.log('| diagnosis | `support-doctor tx --json` | `cast run` | ratio |\n| --- | --- | --- | --- |')
  for (const d of diagnoses) console.log(`| ${d.what} | ${ms(d.doctor)} | ${ms(d.cast)} | ${ratio(d.doctor, d.cast)} |`)
  console.log('\n| start-up | median | against `node -e 0` |\n| --- | --- | --- |')
  console.log(`| \`node -e 0\` | ${ms(startup.node ?? 0)} | 1.00× |`)
  console.log(
    `| \`support-doctor --version\` | ${ms(startup.version ?? 0)} | ${ratio(startup.version ?? 0, startup.node ?? 1)} |`,
  )
  console.log(
    `| \`support-doctor --help\` | ${ms(startup.help ?? 0)} | ${ratio(startup.help ?? 0, startup.node ?? 1)} |`,
  )
  console.log('\n| on the wire | `support-doctor tx --json` | `cast run` |\n| --- | --- | --- |')
  console.log(`| failed swap | ${wire.doctorSwap} | ${wire.castSwap} |`)
  console.log(`| confirmed transfer | ${wire.doctorTransfer} | ${wire.castTransfer} |`)
  console.log('\n| peak RSS (median of 3) | MB |\n| --- | --- |')
  console.log(`| \`support-doctor tx --json\` (failed swap) | ${memory.doctor.toFixed(0)} |`)
  console.log(`| \`cast run\` (failed swap) | ${memory.cast.toFixed(0)} |`)
  console.log(`| \`support-doctor --version\` | ${memory.version.toFixed(0)} |`)
  console.log(`| \`node -e 0\` | ${memory.node.toFixed(0)} |`)
} finally {
  await Promise.all([loopback.stop(), distant.stop()])
  await node.stop()
  rmSync(home, { recursive: true, force: true })
}
