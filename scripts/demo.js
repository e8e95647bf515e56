// @ts-check
/**
 * `npm run demo`: the main job, offline. Starts two local nodes (a local chain and one that
 * reports OP Mainnet's id), creates the transactions support desks hear about every day, and
 * runs the real `support-doctor` binary on each. `npm run demo -- --lang ja` for Japanese.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseEther, parseGwei } from 'viem'
import { deployUniswap, devWallet, startAnvil } from './devnode.js'

const lang = process.argv.includes('--lang') ? process.argv[process.argv.indexOf('--lang') + 1] : undefined
const ja = lang === 'ja'
const bin = fileURLToPath(new URL('../bin/support-doctor.js', import.meta.url))
// The demo's own memory of transactions, so it never touches the user's cache.
const cache = mkdtempSync(join(tmpdir(), 'support-doctor-demo-'))

const local = await startAnvil({ mining: false })
const op = await startAnvil({ chainId: 10 })
const rpc = ['--rpc', local.url, '--rpc', op.url, '--no-public-rpc', ...(lang ? ['--lang', lang] : [])]

/** @param {string} title @param {string[]} args */
function diagnose(title, args) {
  process.stdout.write(`\n\u001b[1m━━ ${title} ━━\u001b[0m\n$ support-doctor ${args.join(' ')}\n\n`)
  const result = spawnSync(process.execPath, [bin, ...args, ...rpc], {
    stdio: 'inherit',
    env: { ...process.env, XDG_CACHE_HOME: cache, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' },
  })
  process.stdout.write(`\n(exit code ${result.status})\n`)
}

const mine = () => local.request('evm_mine', [])

try {
  const alice = devWallet(local.url, 0)
  const bob = devWallet(local.url, 1)

  const uniswapDeploy = deployUniswap(alice)
  await mine()
  // deployUniswap waits for receipts: keep mining while it runs.
  const miner = setInterval(() => void mine().catch(() => {}), 50)
  const uniswap = await uniswapDeploy
  clearInterval(miner)

  const confirmed = await alice.sendTransaction({ to: bob.account.address, value: parseEther('1'), chain: null })
  await mine()

  const failedSwap = await alice.writeContract({
    address: uniswap.router,
    abi: uniswap.routerAbi,
    functionName: 'swapExactETHForTokens',
    args: [0n, [uniswap.weth, uniswap.weth], alice.account.address, 1n],
    value: parseEther('0.1'),
    gas: 200_000n,
    chain: null,
  })
  await mine()

  const stuck = await bob.sendTransaction({ to: alice.account.address, value: parseEther('0.2'), gas: 21_000n, maxFeePerGas: parseGwei('1.2'), maxPriorityFeePerGas: 1n, chain: null })
  const bobNext = await bob.getTransactionCount({ address: bob.account.address, blockTag: 'pending' })
  const gapped = await bob.sendTransaction({ to: alice.account.address, value: parseEther('0.3'), gas: 21_000n, nonce: bobNext + 2, chain: null })

  const carol = devWallet(local.url, 2)
  const dropped = await carol.sendTransaction({ to: alice.account.address, value: 1n, gas: 21_000n, chain: null })
  const dave = devWallet(local.url, 3)
  const original = await dave.sendTransaction({ to: alice.account.address, value: 1n, gas: 21_000n, maxFeePerGas: parseGwei('2'), maxPriorityFeePerGas: parseGwei('1'), chain: null })

  const elsewhere = await devWallet(op.url, 0).sendTransaction({ to: bob.account.address, value: parseEther('0.5'), chain: null })

  diagnose(ja ? '成功した送金' : 'A transfer that worked', ['tx', confirmed])
  diagnose(ja ? '失敗したスワップ(期限切れ)' : 'A swap that failed (Uniswap V2, deadline passed)', ['tx', failedSwap])
  diagnose(ja ? 'チップが低く保留中' : 'Stuck: a tip of 1 wei', ['tx', stuck])
  diagnose(ja ? 'ノンスの欠番で待機中' : 'Queued behind a missing nonce', ['tx', gapped])

  // Checked while pending, so support-doctor remembers sender and nonce …
  diagnose(ja ? '保留中(後で破棄されます)' : 'Pending (the node will drop it)', ['tx', dropped, '--json'])
  diagnose(ja ? '保留中(後で置き換えられます)' : 'Pending (about to be sped up)', ['tx', original, '--format', 'markdown'])
  // … then the node drops one, and the other is replaced by a speed-up that gets mined.
  await local.request('anvil_dropTransaction', [dropped])
  await dave.sendTransaction({ to: alice.account.address, value: 1n, gas: 21_000n, nonce: 0, maxFeePerGas: parseGwei('3'), maxPriorityFeePerGas: parseGwei('2'), chain: null })
  await local.request('anvil_dropTransaction', [stuck]).catch(() => {})
  await local.request('anvil_dropTransaction', [gapped]).catch(() => {})
  await mine()
  diagnose(ja ? '破棄されたトランザクション' : 'Dropped: no node knows it any more', ['tx', dropped])
  diagnose(ja ? '置き換えられたトランザクション' : 'Replaced by a speed-up', ['tx', original])

  diagnose(ja ? '別のネットワークで検索' : 'Looked up on the wrong network', ['tx', elsewhere, '--chain', 'local'])
  diagnose(ja ? '手数料の状況' : 'Fees right now', ['gas', '--chain', 'local'])
} finally {
  await Promise.all([local.stop(), op.stop()])
}
