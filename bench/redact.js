// @ts-check
/**
 * `npm run bench:redact`: redaction throughput on a 10 MB wallet log (by hand; the README states
 * the figure). The log mixes what support staff really receive: timestamps, JSON-RPC traffic,
 * addresses, hashes, amounts, prose, and now and then a secret.
 */
import { Buffer } from 'node:buffer'
import { performance } from 'node:perf_hooks'

const { redactText } = await import(new URL('../dist/redact.js', import.meta.url).href)

const SIZE = 10 * 1024 * 1024
const lines = [
  '2026-11-22T03:14:15.926Z INFO  [provider] eth_getTransactionReceipt 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060 -> null',
  '2026-11-22T03:14:16.101Z WARN  [tx] nonce 42 from 0x70997970C51812dc3A010C79C8b1f2Ec15Fc7DAb still pending after 180s, maxFeePerGas 24.5 gwei',
  '{"jsonrpc":"2.0","id":7,"method":"eth_call","params":[{"to":"0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48","data":"0x70a08231000000000000000000000000f39fd6e51aad88f6f4ce6ab8827279cfffb92266"},"latest"]}',
  '2026-11-22T03:14:17.555Z ERROR [rpc] request to https://mainnet.infura.io/v3/9aa3d95b3bc440fa88ea12eaa4456161 failed: 429 Too Many Requests',
  'User wrote: I sent 1.5 USDC from MetaMask 12.9.0 on Chrome 131 but it never arrived on Binance, please help me find it',
  '2026-11-22T03:14:18.000Z DEBUG [ui] rendering /Users/alice/Library/Application Support/wallet/state.json (38 KB)',
]
const secret = 'recovered with: legal winner thank year wave sausage worth useful legal winner thank yellow'
let text = ''
for (let i = 0; text.length < SIZE; i++) text += `${i % 997 === 0 ? secret : lines[i % lines.length]}\n`
const megabytes = Buffer.byteLength(text) / 1024 / 1024

redactText(text.slice(0, 100_000)) // warm up the JIT
const runs = []
let removed = {}
for (let i = 0; i < 5; i++) {
  const start = performance.now()
  removed = redactText(text).removed
  runs.push(performance.now() - start)
}
runs.sort((a, b) => a - b)
const median = runs[2] ?? 0
console.log(
  `${megabytes.toFixed(1)} MB log, Node ${process.version}: median ${median.toFixed(0)} ms over 5 runs = ${(megabytes / (median / 1000)).toFixed(1)} MB/s`,
)
console.log('removed:', JSON.stringify(removed))
