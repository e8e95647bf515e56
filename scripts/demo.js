// @ts-check
/**
 * `npm run demo`: the main job, offline. Starts two local nodes (a local chain and one that
 * reports OP Mainnet's id), creates the transactions support desks hear about every day — on
 * Uniswap V2, V3 and the Universal Router with Permit2 among them — and runs the real
 * `support-doctor` binary on each. `npm run demo -- --lang ja` for Japanese.
 * `npm run demo -- --talk` then opens the conversation (`support-doctor` with no command) on the
 * same nodes, with hashes and addresses to try, so a person can walk it without a real chain.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { erc20Abi, maxUint256, parseAbi, parseEther, parseGwei, parseUnits } from 'viem'
import { addLiquidityEth, deployDeflatingToken, deployToken } from '../test/support/contracts.js'
import { deployUniswap, devWallet, startAnvil } from '../test/support/devnode.js'
import { startRpcProxy } from '../test/support/rpc-proxy.js'
import {
  addLiquidityV3,
  Command,
  commandBytes,
  deployUniswapV3,
  FEE,
  input,
  MSG_SENDER,
  permitSingle,
  quoteWithSlippage,
  signPermit,
  v3Abis,
  v3Path,
} from '../test/support/uniswap-v3.js'

const talk = process.argv.includes('--talk')
const lang = process.argv.includes('--lang') ? process.argv[process.argv.indexOf('--lang') + 1] : undefined
const ja = lang === 'ja'
const bin = fileURLToPath(new URL('../bin/support-doctor.js', import.meta.url))
// The demo's own memory of transactions, so it never touches the user's cache.
const cache = mkdtempSync(join(tmpdir(), 'support-doctor-demo-'))

const local = await startAnvil({ mining: false })
const op = await startAnvil({ chainId: 10 })
const rpc = ['--rpc', local.url, '--rpc', op.url, '--no-public-rpc', ...(lang ? ['--lang', lang] : [])]

const childEnv = { ...process.env, XDG_CACHE_HOME: cache, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' }
/** @param {string} title @param {string[]} args */
const heading = (title, args) =>
  process.stdout.write(`\n\u001b[1m━━ ${title} ━━\u001b[0m\n$ support-doctor ${args.join(' ')}\n\n`)

/** @param {string} title @param {string[]} args */
function diagnose(title, args) {
  heading(title, args)
  const result = spawnSync(process.execPath, [bin, ...args, ...rpc], { stdio: 'inherit', env: childEnv })
  process.stdout.write(`\n(exit code ${result.status})\n`)
}

/**
 * The same, while this process keeps serving (an RPC proxy of its own answers the run), so the
 * child is waited for without blocking.
 * @param {string} title @param {string[]} args @param {string[]} endpoints
 */
async function diagnoseServing(title, args, endpoints) {
  heading(title, args)
  const child = spawn(process.execPath, [bin, ...args, ...endpoints], { stdio: 'inherit', env: childEnv })
  const status = await new Promise((resolve) => child.on('close', resolve))
  process.stdout.write(`\n(exit code ${status})\n`)
}

const mine = () => local.request('evm_mine', [])

try {
  const alice = devWallet(local.url, 0)
  const bob = devWallet(local.url, 1)

  // Set-up with automatic mining; the stuck transactions below come once it is off.
  await local.request('evm_setAutomine', [true])
  const uniswap = await deployUniswap(alice)
  const doc = await deployToken(alice, {
    name: 'Doctor Token',
    symbol: 'DOC',
    decimals: 18,
    supply: parseEther('1000000'),
  })
  const usd = await deployToken(alice, {
    name: 'Test USD',
    symbol: 'TUSD',
    decimals: 6,
    supply: parseUnits('1000000', 6),
  })
  const deflating = await deployDeflatingToken(alice, parseEther('1000000'))
  await addLiquidityEth(alice, uniswap, doc, parseEther('10000'), parseEther('10'))
  await addLiquidityEth(alice, uniswap, deflating, parseEther('10000'), parseEther('10'))
  /** @param {string} functionName @param {readonly unknown[]} args @param {bigint} [value] */
  const router = (functionName, args, value = 0n) =>
    alice.writeContract({
      address: uniswap.router,
      abi: uniswap.routerAbi,
      functionName,
      args,
      value,
      gas: 500_000n,
      chain: null,
    })
  const far = 2n ** 40n

  const confirmed = await alice.sendTransaction({ to: bob.account.address, value: parseEther('1'), chain: null })
  // As a wallet sets it: twenty minutes after it was signed — and mined only after those had passed.
  const twentyMinutesAgo = BigInt(Math.floor(Date.now() / 1000) - 20 * 60)
  const expired = await router(
    'swapExactETHForTokens',
    [0n, [uniswap.weth, doc], alice.account.address, twentyMinutesAgo],
    parseEther('0.1'),
  )
  // Quoted at 100 DOC with the usual 0.5% slippage; the pool gives ~98.7 by the time it is mined.
  const slipped = await router(
    'swapExactETHForTokens',
    [parseEther('99.5'), [uniswap.weth, doc], alice.account.address, far],
    parseEther('0.1'),
  )
  const taxed = await router('swapExactTokensForETH', [
    parseEther('100'),
    0n,
    [deflating, uniswap.weth],
    alice.account.address,
    far,
  ])
  const sixDecimals = await alice.writeContract({
    address: usd,
    abi: erc20Abi,
    functionName: 'transfer',
    args: [bob.account.address, 1_500_000n],
    chain: null,
  })
  const lost = await alice.writeContract({
    address: doc,
    abi: erc20Abi,
    functionName: 'transfer',
    args: [doc, parseEther('5')],
    chain: null,
  })

  // The routers most swaps go through today: Uniswap V3's SwapRouter and the Universal Router with Permit2.
  const v3 = await deployUniswapV3(alice, local, uniswap)
  /** @param {import('../test/support/devnode.js').DevWallet} w @param {Record<string, unknown>} request */
  const call = async (w, request) => {
    const hash = await w.writeContract(/** @type {any} */ ({ chain: null, gas: 600_000n, ...request }))
    await w.waitForTransactionReceipt({ hash, pollingInterval: 20 })
    return hash
  }
  await call(alice, {
    address: uniswap.weth,
    abi: parseAbi(['function deposit() payable']),
    functionName: 'deposit',
    value: parseEther('100'),
  })
  await addLiquidityV3(
    alice,
    v3,
    { token: doc, amount: parseEther('100000') },
    { token: uniswap.weth, amount: parseEther('100') },
  )
  await call(alice, { address: doc, abi: erc20Abi, functionName: 'approve', args: [v3.swapRouter, maxUint256] })
  const sell = parseEther('1000')
  /** @param {bigint} amountIn @param {bigint} amountOutMinimum */
  const v3Sell = (amountIn, amountOutMinimum) =>
    call(alice, {
      address: v3.swapRouter,
      abi: v3Abis.swapRouter,
      functionName: 'exactInputSingle',
      args: [
        {
          tokenIn: doc,
          tokenOut: uniswap.weth,
          fee: FEE,
          recipient: alice.account.address,
          deadline: far,
          amountIn,
          amountOutMinimum,
          sqrtPriceLimitX96: 0n,
        },
      ],
    })
  // The app quotes and allows 0.5%; a larger sale lands first.
  const { minimum } = await quoteWithSlippage(alice, v3, { tokenIn: doc, tokenOut: uniswap.weth, amountIn: sell })
  await v3Sell(parseEther('5000'), 0n)
  const v3Slipped = await v3Sell(sell, minimum)
  // Bob swaps through the Universal Router with a signed Permit2 permit, but never approved DOC to Permit2.
  await call(alice, { address: doc, abi: erc20Abi, functionName: 'transfer', args: [bob.account.address, sell] })
  const now = (await alice.getBlock()).timestamp
  const permit = permitSingle({
    token: doc,
    amount: sell,
    expiration: Number(now) + 30 * 86_400,
    nonce: 0,
    spender: v3.universalRouter,
    sigDeadline: now + 1800n,
  })
  const notApproved = await call(bob, {
    address: v3.universalRouter,
    abi: v3Abis.universalRouter,
    functionName: 'execute',
    args: [
      commandBytes([Command.PERMIT2_PERMIT, Command.V3_SWAP_EXACT_IN]),
      [
        input.permit2Permit(permit, await signPermit(bob, local.chainId, permit)),
        input.v3ExactIn(MSG_SENDER, sell, 0n, v3Path([doc, uniswap.weth]), true),
      ],
      now + 1800n,
    ],
  })
  await local.request('evm_setAutomine', [false])

  const stuck = await bob.sendTransaction({
    to: alice.account.address,
    value: parseEther('0.2'),
    gas: 21_000n,
    maxFeePerGas: parseGwei('1.2'),
    maxPriorityFeePerGas: 1n,
    chain: null,
  })
  const bobNext = await bob.getTransactionCount({ address: bob.account.address, blockTag: 'pending' })
  const gapped = await bob.sendTransaction({
    to: alice.account.address,
    value: parseEther('0.3'),
    gas: 21_000n,
    nonce: bobNext + 2,
    chain: null,
  })
  const carol = devWallet(local.url, 2)
  const dropped = await carol.sendTransaction({ to: alice.account.address, value: 1n, gas: 21_000n, chain: null })
  const dave = devWallet(local.url, 3)
  const original = await dave.sendTransaction({
    to: alice.account.address,
    value: 1n,
    gas: 21_000n,
    maxFeePerGas: parseGwei('2'),
    maxPriorityFeePerGas: parseGwei('1'),
    chain: null,
  })
  const elsewhere = await devWallet(op.url, 0).sendTransaction({
    to: bob.account.address,
    value: parseEther('0.5'),
    chain: null,
  })

  diagnose(ja ? '成功した送金' : 'A transfer that worked', ['tx', confirmed])
  diagnose(ja ? '失敗したスワップ(期限切れ)' : 'A swap that failed: deadline passed', ['tx', expired])
  diagnose(ja ? '失敗したスワップ(スリッページ)' : 'A swap that failed: slippage', ['tx', slipped])
  // The same swap through two endpoints, one of which lies: it says the swap succeeded. No verdict
  // is given on one endpoint's word; the report says who said what.
  const liar = await startRpcProxy({
    target: local.url,
    rewrite: (call, answer) =>
      call.method === 'eth_getTransactionReceipt' && answer.result
        ? { ...answer, result: { ...answer.result, status: '0x1' } }
        : answer,
  })
  await diagnoseServing(
    ja ? '同じスワップ、うそをつくエンドポイントと一緒に' : 'The same swap, with an endpoint that lies about it',
    ['tx', slipped, '--chain', 'local'],
    ['--rpc', liar.url, '--rpc', local.url, '--no-public-rpc', ...(lang ? ['--lang', lang] : [])],
  )
  await liar.stop()
  diagnose(ja ? '失敗したスワップ(送金手数料付きトークン)' : 'A swap that failed: fee-on-transfer token', ['tx', taxed])
  diagnose(ja ? 'Uniswap V3 で失敗したスワップ(スリッページ)' : 'A Uniswap V3 swap that failed: slippage', [
    'tx',
    v3Slipped,
  ])
  diagnose(
    ja
      ? 'Universal Router で失敗したスワップ(Permit2 未承認)'
      : 'A Universal Router swap that failed: not approved to Permit2',
    ['tx', notApproved],
  )
  diagnose(ja ? '小数点以下6桁のトークンの送金' : 'A 6-decimals token transfer (how to import it)', ['tx', sixDecimals])
  diagnose(ja ? 'トークン自身のアドレスへの送金' : "Tokens sent to the token's own address", ['tx', lost])
  diagnose(ja ? 'チップが低く保留中' : 'Stuck: a tip of 1 wei', ['tx', stuck])
  diagnose(ja ? 'ノンスの欠番で待機中' : 'Queued behind a missing nonce', ['tx', gapped])

  // Checked while pending, so support-doctor remembers sender and nonce …
  diagnose(ja ? '保留中(後で破棄されます)' : 'Pending (the node will drop it)', ['tx', dropped, '--json'])
  diagnose(ja ? '保留中(後で置き換えられます)' : 'Pending (about to be sped up)', [
    'tx',
    original,
    '--format',
    'markdown',
  ])
  // … then the node drops one, and the other is replaced by a speed-up that gets mined.
  await local.request('anvil_dropTransaction', [dropped])
  await dave.sendTransaction({
    to: alice.account.address,
    value: 1n,
    gas: 21_000n,
    nonce: 0,
    maxFeePerGas: parseGwei('3'),
    maxPriorityFeePerGas: parseGwei('2'),
    chain: null,
  })
  await local.request('anvil_dropTransaction', [stuck]).catch(() => {})
  await local.request('anvil_dropTransaction', [gapped]).catch(() => {})
  await mine()
  diagnose(ja ? '破棄されたトランザクション' : 'Dropped: no node knows it any more', ['tx', dropped])
  diagnose(ja ? '置き換えられたトランザクション' : 'Replaced by a speed-up', ['tx', original])

  diagnose(ja ? '別のネットワークで検索' : 'Looked up on the wrong network', ['tx', elsewhere, '--chain', 'local'])
  diagnose(ja ? '手数料の状況' : 'Fees right now', ['gas', '--chain', 'local'])

  if (talk) {
    const eve = devWallet(local.url, 4)
    const waiting = await eve.sendTransaction({
      to: alice.account.address,
      value: 1n,
      gas: 21_000n,
      maxFeePerGas: parseGwei('1.2'),
      maxPriorityFeePerGas: 1n,
      chain: null,
    })
    const tryThese = [
      [ja ? '失敗したスワップ' : 'A swap failed', slipped],
      [ja ? '保留中のトランザクション' : 'A transaction is stuck', waiting],
      [ja ? 'トークンが見当たらない(アドレス)' : 'Tokens missing (address)', bob.account.address],
      [ja ? 'トークンが見当たらない(トークン)' : 'Tokens missing (token)', usd],
    ]
    process.stdout.write(
      `\n\u001b[1m━━ ${ja ? '対話モード: 次の値で試せます' : 'The conversation: try it with these'} ━━\u001b[0m\n`,
    )
    for (const [label, value] of tryThese) process.stdout.write(`  ${label}: ${value}\n`)
    process.stdout.write(`$ support-doctor ${rpc.join(' ')}\n\n`)
    // A person answers here: CI (if set in this shell) would rightly turn the prompts off.
    const { CI: _ci, ...env } = process.env
    const result = spawnSync(process.execPath, [bin, ...rpc], {
      stdio: 'inherit',
      env: { ...env, XDG_CACHE_HOME: cache },
    })
    process.stdout.write(`\n(exit code ${result.status})\n`)
  }
} finally {
  await Promise.all([local.stop(), op.stop()])
}
