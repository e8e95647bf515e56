// @ts-check
/**
 * `npm run bench:redact` (by hand; the README states the figures). On one generated wallet log —
 * what support staff really receive: timestamps, JSON-RPC traffic and receipts, addresses,
 * hashes, amounts, URLs, prose, and now and then a secret pasted the way people paste them — it
 * measures in one run:
 *   1. the engine in-process (redactText on the whole log), median of 5;
 *   2. `support-doctor redact <log>` against secretlint's CLI (recommended preset, its
 *      mask-result output: the same job, a redacted copy) on the same file, alternating, median
 *      of RUNS each, and the ratio — wall time, and CPU time (user + system, read by each child
 *      as it exits), which moves far less when other work shares the machine;
 *   3. start-up: `support-doctor redact` with empty input against `node -e 0`, alternating,
 *      median wall and CPU time and peak RSS;
 *   4. with `--memory`: the CLI's peak RSS on 64 MB, 256 MB and 1 GB logs (streamed from disk).
 * The load average is printed at the start and the end: figures from a loaded machine are not
 * comparable with a quiet one's, only with each other.
 * Usage: node bench/redact.js [--size-mb 20] [--runs 5] [--memory]
 */
import { Buffer } from 'node:buffer'
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { english, generateMnemonic, generatePrivateKey } from 'viem/accounts'

const { redactText } = await import(new URL('../dist/redact.js', import.meta.url).href)
const BIN = fileURLToPath(new URL('../bin/support-doctor.js', import.meta.url))
const SECRETLINT = fileURLToPath(new URL('../node_modules/secretlint/bin/secretlint.js', import.meta.url))

/** @param {string} name @param {number} fallback */
const arg = (name, fallback) => {
  const at = process.argv.indexOf(name)
  return at > 0 ? Number(process.argv[at + 1]) : fallback
}
const SIZE_MB = arg('--size-mb', 20)
const RUNS = arg('--runs', 5)
/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0
/** @param {number} bytes */
const hex = (bytes) => randomBytes(bytes).toString('hex')

/** One block of log lines; secrets appear in about one block in fifty. @param {number} i */
function block(i) {
  const lines = [
    `2026-11-22T03:14:${String(i % 60).padStart(2, '0')}.926Z INFO  [provider] eth_getTransactionReceipt 0x${hex(32)} -> null`,
    `2026-11-22T03:14:16.101Z WARN  [tx] nonce ${i % 300} from 0x70997970C51812dc3A010C79C8b1f2Ec15Fc7DAb still pending after 180s, maxFeePerGas 24.5 gwei`,
    `{"jsonrpc":"2.0","id":${i},"method":"eth_call","params":[{"to":"0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48","data":"0x70a08231000000000000000000000000f39fd6e51aad88f6f4ce6ab8827279cfffb92266"},"latest"]}`,
    `{"jsonrpc":"2.0","id":${i},"result":{"blockHash":"0x${hex(32)}","transactionHash":"0x${hex(32)}","logs":[{"topics":["0x${hex(32)}","0x000000000000000000000000${hex(20)}"],"data":"0x${hex(32)}"}],"status":"0x1"}}`,
    `2026-11-22T03:14:17.555Z ERROR [rpc] request to https://mainnet.infura.io/v3/${hex(16)} failed: 429 Too Many Requests`,
    'User wrote: I sent 1.5 USDC from MetaMask 12.9.0 on Chrome 131 but it never arrived on Binance, please help me find it',
    `2026-11-22T03:14:18.000Z DEBUG [ui] rendering /Users/alice/Library/Application Support/wallet/state.json (38 KB) from 192.168.1.${i % 250}`,
    `see https://etherscan.io/tx/0x${hex(32)} and https://support.metamask.io/hc/en-us/articles/360015489251-How-to-speed-up`,
  ]
  if (i % 50 === 0) {
    const words = generateMnemonic(english).split(' ')
    const secrets = [
      `my words:\n${words.map((w, k) => `| ${k + 1} | ${w} |`).join('\n')}`,
      `{"note":"${words.join('\\n')}"}`,
      `PRIVATE_KEY=${generatePrivateKey()}`,
      `curl -H "Authorization: Bearer ${hex(20)}" -H "X-API-Key: ${hex(16)}" https://api.example.com/v1/x`,
      `password: hunter-${hex(4)}`,
      `ETHERSCAN_API_KEY=${hex(17)}`,
      `mail me at user${i}@example.com from 8.8.${i % 250}.4`,
    ]
    lines.push(secrets[(i / 50) % secrets.length] ?? '')
  }
  return `${lines.join('\n')}\n`
}

/** @param {string} path @param {number} megabytes */
function writeLog(path, megabytes) {
  const target = megabytes * 1024 * 1024
  let written = 0
  /** @type {string[]} */
  const parts = []
  for (let i = 0; written < target; i++) {
    const text = block(i)
    parts.push(text)
    written += Buffer.byteLength(text)
  }
  writeFileSync(path, parts.join(''))
}

/**
 * Writes a large log by repeating a generated 8 MB piece (generating 1 GB of fresh hashes takes minutes).
 * @param {string} path @param {number} megabytes
 */
async function writeBigLog(path, megabytes) {
  const piece = Array.from({ length: 20_000 }, (_, i) => block(i)).join('')
  const out = createWriteStream(path)
  for (let written = 0; written < megabytes * 1024 * 1024; written += Buffer.byteLength(piece)) {
    if (!out.write(piece)) await new Promise((resolve) => out.once('drain', () => resolve(undefined)))
  }
  await new Promise((resolve) => out.end(() => resolve(undefined)))
}

/** @typedef {{ wall: number, cpu: number, rss: number }} Timing */

/**
 * Runs `node <args>` with a preloaded probe that reports, as the child exits, its CPU time and peak
 * RSS on stderr. @param {string} probe @param {string[]} args @param {string} [cwd] @returns {Timing}
 */
function timeNode(probe, args, cwd = process.cwd()) {
  const start = performance.now()
  const result = spawnSync(process.execPath, ['--require', probe, ...args], {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  })
  const wall = performance.now() - start
  const stderr = result.stderr.toString()
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')}: ${stderr}`)
  const probed = /PROBE cpu (\d+) rss (\d+)/.exec(stderr)
  if (!probed) throw new Error(`${args.join(' ')}: no probe line in ${stderr.slice(-500)}`)
  return { wall, cpu: Number(probed[1]), rss: Number(probed[2]) }
}

/** @param {Timing[]} runs @param {keyof Timing} key */
const medianOf = (runs, key) => median(runs.map((run) => run[key]))
const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')

const dir = mkdtempSync(join(tmpdir(), 'sd-bench-redact-'))
try {
  const log = join(dir, 'wallet.log')
  writeLog(log, SIZE_MB)
  const megabytes = statSync(log).size / 1024 / 1024
  const text = readFileSync(log, 'utf8')
  console.log(`${megabytes.toFixed(1)} MB log, Node ${process.version}, ${RUNS} runs each, load average ${load()}`)
  const probe = join(dir, 'probe.cjs')
  writeFileSync(
    probe,
    // eslint-disable-next-line no-template-curly-in-string -- the probe's own source, run by the child
    "process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write(`\\nPROBE cpu ${Math.round((u.user + u.system) / 1000)} rss ${Math.round(process.resourceUsage().maxRSS / 1024)}\\n`) })",
  )

  redactText(text.slice(0, 1_000_000)) // warm up the JIT
  /** @type {number[]} */
  const inProcess = []
  let removed = {}
  for (let i = 0; i < 5; i++) {
    const start = performance.now()
    removed = redactText(text).removed
    inProcess.push(performance.now() - start)
  }
  const engine = megabytes / (median(inProcess) / 1000)
  console.log(`engine in-process: median ${median(inProcess).toFixed(0)} ms = ${engine.toFixed(0)} MB/s`)
  console.log('removed:', JSON.stringify(removed))

  const rc = join(dir, '.secretlintrc.json')
  writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }))
  /** @type {Timing[]} */
  const ours = []
  /** @type {Timing[]} */
  const theirs = []
  for (let i = 0; i < RUNS; i++) {
    ours.push(timeNode(probe, [BIN, 'redact', log, '--out', join(dir, 'ours.log')]))
    theirs.push(
      timeNode(probe, [
        SECRETLINT,
        log,
        '--secretlintrc',
        rc,
        '--format=mask-result',
        `--output=${join(dir, 'theirs.log')}`,
        '--no-color',
      ]),
    )
  }
  /** @param {string} name @param {Timing[]} runs */
  const report = (name, runs) => {
    const wall = medianOf(runs, 'wall')
    const cpu = medianOf(runs, 'cpu')
    console.log(
      `${name}: median ${wall.toFixed(0)} ms = ${(megabytes / (wall / 1000)).toFixed(0)} MB/s wall; ` +
        `CPU ${cpu.toFixed(0)} ms = ${(megabytes / (cpu / 1000)).toFixed(0)} MB/s; peak RSS ${medianOf(runs, 'rss')} MB`,
    )
    return { wall, cpu }
  }
  const cli = report('support-doctor redact (CLI)', ours)
  const peer = report('secretlint (CLI, recommended preset, mask-result)', theirs)
  console.log(
    `ratio: support-doctor is ${(peer.wall / cli.wall).toFixed(2)}× secretlint's throughput in wall time, ` +
      `${(peer.cpu / cli.cpu).toFixed(2)}× in CPU time`,
  )

  // Start-up: the command on empty input (the engine's first call included) against a bare node.
  const empty = join(dir, 'empty.log')
  writeFileSync(empty, '')
  /** @type {Timing[]} */
  const emptyRuns = []
  /** @type {Timing[]} */
  const bare = []
  for (let i = 0; i < Math.max(RUNS, 7); i++) {
    emptyRuns.push(timeNode(probe, [BIN, 'redact', empty]))
    bare.push(timeNode(probe, ['-e', '0']))
  }
  /** @param {string} name @param {Timing[]} runs */
  const startup = (name, runs) =>
    console.log(
      `${name}: median ${medianOf(runs, 'wall').toFixed(0)} ms wall, CPU ${medianOf(runs, 'cpu').toFixed(0)} ms, ` +
        `peak RSS ${medianOf(runs, 'rss')} MB`,
    )
  startup('support-doctor redact, empty input', emptyRuns)
  startup('node -e 0', bare)
  console.log(`load average at the end: ${load()}`)

  if (process.argv.includes('--memory')) {
    // Peak RSS of the CLI, read by the child itself when it exits (the preloaded probe).
    for (const size of [64, 256, 1024]) {
      const big = join(dir, `big-${size}.log`)
      await writeBigLog(big, size)
      const start = performance.now()
      const result = spawnSync(
        process.execPath,
        ['--require', probe, BIN, 'redact', big, '--out', join(dir, 'big-out.log')],
        {
          encoding: 'utf8',
        },
      )
      const seconds = (performance.now() - start) / 1000
      const rss = /PROBE cpu \d+ rss (\d+)/.exec(result.stderr)?.[1]
      const mb = statSync(big).size / 1024 / 1024
      console.log(
        `${mb.toFixed(0)} MB log through the CLI: ${seconds.toFixed(1)} s (${(mb / seconds).toFixed(0)} MB/s), peak RSS ${rss} MB`,
      )
      rmSync(big)
    }
  }
} finally {
  if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true })
  else console.log(dir)
}
