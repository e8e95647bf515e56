import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { erc20Abi, parseEther, parseUnits, type Address, type Hash } from 'viem'
import { addLiquidityEth, deployDeflatingToken, deployToken } from '../support/contracts.js'
import { deployUniswap, devWallet, startAnvil } from '../support/devnode.js'
import { methodNotFound, startRpcProxy } from '../support/rpc-proxy.js'
import { localOnly, runCli } from '../support/run-cli.js'

type Finding = { code: string; severity: string; title: string; detail: string; data: Record<string, any> }
type Report = { status: string; findings: Finding[]; nextSteps: string[] }
const findingOf = (report: Report, code: string) => report.findings.find((f) => f.code === code) as Finding
const codes = (report: Report) => report.findings.map((f) => f.code)
const FAR = 2n ** 40n

let node: Awaited<ReturnType<typeof startAnvil>>
let noTrace: Awaited<ReturnType<typeof startRpcProxy>>
let uniswap: Awaited<ReturnType<typeof deployUniswap>>
let token: Address
let usdc: Address
let deflating: Address
const tx: Record<string, Hash> = {}

const owner = () => devWallet(node.url, 0)
const wait = async (hash: Hash) => (await owner().waitForTransactionReceipt({ hash, pollingInterval: 20 })).status

beforeAll(async () => {
  node = await startAnvil()
  noTrace = await startRpcProxy({
    target: node.url,
    intercept: (call) => (call.method === 'debug_traceTransaction' ? methodNotFound(call) : undefined),
  })
  const w = owner()
  uniswap = await deployUniswap(w)
  token = await deployToken(w, { name: 'Doctor Token', symbol: 'DOC', decimals: 18, supply: parseEther('1000000') })
  usdc = await deployToken(w, { name: 'Test USD', symbol: 'TUSD', decimals: 6, supply: parseUnits('1000000', 6) })
  deflating = await deployDeflatingToken(w, parseEther('1000000'))
  await addLiquidityEth(w, uniswap, token, parseEther('10000'), parseEther('10'))
  await addLiquidityEth(w, uniswap, deflating, parseEther('10000'), parseEther('10'))
  const swapEth = (args: readonly unknown[], value: bigint, gas = 300_000n) =>
    w.writeContract({
      address: uniswap.router,
      abi: uniswap.routerAbi,
      functionName: 'swapExactETHForTokens',
      args,
      value,
      gas,
      chain: null,
    })

  tx.success = await swapEth([0n, [uniswap.weth, token], w.account.address, FAR], parseEther('0.1'))
  tx.slippage = await swapEth([parseEther('5000'), [uniswap.weth, token], w.account.address, FAR], parseEther('0.1'))
  tx.deadline = await swapEth([0n, [uniswap.weth, token], w.account.address, 1n], parseEther('0.1'))

  // Someone who holds the token but never approved the router.
  const user = devWallet(node.url, 1)
  await wait(
    await w.writeContract({
      address: token,
      abi: erc20Abi,
      functionName: 'transfer',
      args: [user.account.address, parseEther('50')],
      chain: null,
    }),
  )
  tx.noApproval = await user.writeContract({
    address: uniswap.router,
    abi: uniswap.routerAbi,
    functionName: 'swapExactTokensForETH',
    args: [parseEther('10'), 0n, [token, uniswap.weth], user.account.address, FAR],
    gas: 300_000n,
    chain: null,
  })

  tx.feeOnTransfer = await w.writeContract({
    address: uniswap.router,
    abi: uniswap.routerAbi,
    functionName: 'swapExactTokensForETH',
    args: [parseEther('100'), 0n, [deflating, uniswap.weth], w.account.address, FAR],
    gas: 500_000n,
    chain: null,
  })
  tx.overBalance = await user.writeContract({
    address: token,
    abi: erc20Abi,
    functionName: 'transfer',
    args: [w.account.address, parseEther('51')],
    gas: 100_000n,
    chain: null,
  })
  tx.sixDecimals = await w.writeContract({
    address: usdc,
    abi: erc20Abi,
    functionName: 'transfer',
    args: [user.account.address, 1_500_000n],
    chain: null,
  })
  tx.toTokenItself = await w.writeContract({
    address: token,
    abi: erc20Abi,
    functionName: 'transfer',
    args: [token, parseEther('5')],
    chain: null,
  })
  for (const hash of Object.values(tx)) await wait(hash)

  // Out of gas inside the swap, gas used under the limit: lower the limit until an inner call runs out.
  const needed = (await owner().getTransactionReceipt({ hash: tx.success })).gasUsed
  for (let limit = needed - 2_000n; limit > needed / 2n; limit -= 2_000n) {
    const hash = await swapEth([0n, [uniswap.weth, token], w.account.address, FAR], parseEther('0.1'), limit)
    const receipt = await owner().waitForTransactionReceipt({ hash, pollingInterval: 20 })
    if (receipt.status === 'reverted' && receipt.gasUsed < limit) {
      tx.outOfGas = hash
      break
    }
  }
}, 120_000)
afterAll(async () => {
  await noTrace?.stop()
  await node?.stop()
})

const diagnose = async (hash: Hash, ...extra: string[]) => {
  const result = await runCli(['tx', hash, ...localOnly(node.url), '--chain', 'local', '--json', ...extra])
  return { code: result.code, report: result.json() as Report }
}

describe('why a swap or token transaction failed', () => {
  it('slippage: decoded reason, what the pool would have given, and the shortfall', async () => {
    const { code, report } = await diagnose(tx.slippage as Hash)
    expect(code).toBe(1)
    expect(findingOf(report, 'tx.reverted').data).toMatchObject({
      reason: 'UniswapV2Router: INSUFFICIENT_OUTPUT_AMOUNT',
      category: 'slippage',
      decodedFrom: 'trace',
      approximate: false,
    })
    const slippage = findingOf(report, 'swap.slippage')
    expect(slippage.data).toMatchObject({
      functionName: 'swapExactETHForTokens',
      amountOut: parseEther('5000').toString(),
      tokenOut: { symbol: 'DOC', decimals: 18 },
    })
    expect(BigInt(slippage.data.poolQuote)).toBeLessThan(parseEther('5000'))
    expect(slippage.data.shortfallPercent).toBeGreaterThan(0)
    expect(slippage.detail).toMatch(
      /asked for at least 5000 DOC; at the block before, the pool would have given [\d.]+ DOC/,
    )
  })

  it('an expired deadline, against the block’s timestamp', async () => {
    const { report } = await diagnose(tx.deadline as Hash)
    expect(findingOf(report, 'tx.reverted').data.reason).toBe('UniswapV2Router: EXPIRED')
    const deadline = findingOf(report, 'swap.deadline-expired')
    expect(deadline.data.deadline).toBe('1')
    expect(deadline.data.lateBySeconds).toBeGreaterThan(0)
  })

  it('a swap without approval: token, spender, current allowance and the amount needed', async () => {
    const { report } = await diagnose(tx.noApproval as Hash)
    expect(findingOf(report, 'tx.reverted').data.reason).toBe('TransferHelper: TRANSFER_FROM_FAILED')
    expect(findingOf(report, 'token.insufficient-allowance').data).toMatchObject({
      token: { address: token.toLowerCase(), symbol: 'DOC' },
      spender: uniswap.router.toLowerCase(),
      allowance: '0',
      needed: parseEther('10').toString(),
    })
    expect(codes(report)).not.toContain('token.insufficient-balance')
  })

  it('a fee-on-transfer token through the plain swap function: what was sent against what arrived', async () => {
    const { report } = await diagnose(tx.feeOnTransfer as Hash)
    expect(findingOf(report, 'tx.reverted').data.reason).toBe('UniswapV2: K')
    const fee = findingOf(report, 'token.fee-on-transfer')
    expect(fee.data).toMatchObject({
      asked: parseEther('100').toString(),
      received: parseEther('99').toString(),
      feePercent: 1,
      supportingFunction: 'swapExactTokensForETHSupportingFeeOnTransferTokens',
    })
  })

  it('out of gas inside the swap, with gas used below the limit', async () => {
    expect(tx.outOfGas, 'the setup found a gas limit that runs out inside the swap').toBeDefined()
    const { report } = await diagnose(tx.outOfGas as Hash)
    const oog = findingOf(report, 'tx.out-of-gas')
    expect(oog.data.certain).toBe(true)
    expect(BigInt(oog.data.gasUsed)).toBeLessThan(BigInt(oog.data.gasLimit))
    expect(BigInt(oog.data.suggestedGasLimit)).toBeGreaterThan(BigInt(oog.data.gasLimit))
    // One story: it ran out of gas, and more gas is the fix — not "do not send it again".
    expect(findingOf(report, 'tx.reverted').data.outOfGas).toBe(true)
    expect(report.nextSteps.join('\n')).not.toMatch(/Do not simply send the same transaction again|the reason above/)
    expect(report.nextSteps[0]).toMatch(/^Send it again with a higher gas limit/)
  })

  it('a transfer beyond the balance: the OpenZeppelin v5 custom error, with balance and amount', async () => {
    const { report } = await diagnose(tx.overBalance as Hash)
    expect(findingOf(report, 'tx.reverted').data).toMatchObject({
      errorName: 'ERC20InsufficientBalance',
      errorSource: 'OpenZeppelin ERC-20',
    })
    // The unapproved swap above reverted, so the user still holds all 50.
    expect(findingOf(report, 'token.insufficient-balance').data).toMatchObject({
      balance: parseEther('50').toString(),
      needed: parseEther('51').toString(),
      token: { symbol: 'DOC' },
    })
  })

  it('without debug_traceTransaction the reason comes from a replay, marked as approximate', async () => {
    const result = await runCli(['tx', tx.slippage as Hash, ...localOnly(noTrace.url), '--chain', 'local', '--json'])
    const report = result.json() as Report
    expect(findingOf(report, 'tx.reverted').data).toMatchObject({
      reason: 'UniswapV2Router: INSUFFICIENT_OUTPUT_AMOUNT',
      decodedFrom: 'replay',
      approximate: true,
    })
    expect(codes(report)).toContain('swap.slippage')
  })
})

describe('where the tokens went', () => {
  it('a successful swap: no failure finding, exit 0, and the token movements', async () => {
    const { code, report } = await diagnose(tx.success as Hash)
    expect(code).toBe(0)
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([])
    const moved = report.findings.filter((f) => f.code === 'token.transfer-found').map((f) => f.data.token.symbol)
    expect(moved).toContain('DOC')
    expect(moved).toContain('WETH')
  })

  it('a 6-decimals token: amount formatted with its decimals, and how to import it', async () => {
    const { code, report } = await diagnose(tx.sixDecimals as Hash)
    expect(code).toBe(0)
    const moved = findingOf(report, 'token.transfer-found')
    expect(moved.data).toMatchObject({
      formattedAmount: '1.5',
      amount: '1500000',
      token: { symbol: 'TUSD', decimals: 6 },
    })
    expect(moved.title).toBe('Token moved: 1.5 TUSD')
    expect(report.nextSteps.join(' ')).toMatch(/Import tokens.*decimals 6/)
  })

  it('tokens sent to the token’s own address: critical, with what can and cannot be done', async () => {
    const { code, report } = await diagnose(tx.toTokenItself as Hash)
    expect(code).toBe(1)
    expect(findingOf(report, 'token.sent-to-contract').data).toMatchObject({
      recipient: 'token-itself',
      formattedAmount: '5',
      to: token.toLowerCase(),
    })
    expect(report.nextSteps.join(' ')).toMatch(/recovery phrase is a scammer/)
    // The tokens are in no one's wallet: no "it worked", no "add the token to your wallet".
    expect(report.nextSteps.join(' ')).not.toMatch(/The transaction worked|Import tokens|add \(import\) the token/)
    expect(findingOf(report, 'tx.confirmed')).toBeDefined()
  })
})

describe('in Japanese, and as markdown and text', () => {
  it('explains a slippage failure in Japanese', async () => {
    const result = await runCli(['tx', tx.slippage as Hash, ...localOnly(node.url), '--chain', 'local', '--lang', 'ja'])
    expect(result.stdout).toMatch(/スワップ拒否: 価格がスリッページ許容範囲を超えて動きました/)
    expect(result.stdout).toMatch(/最低 5000 DOC/)
  })

  it('markdown and text carry the decoded reason', async () => {
    const markdown = await runCli([
      'tx',
      tx.feeOnTransfer as Hash,
      ...localOnly(node.url),
      '--chain',
      'local',
      '--format',
      'markdown',
    ])
    expect(markdown.stdout).toContain('"UniswapV2: K"')
    expect(markdown.stdout).toContain('`token.fee-on-transfer`')
    const text = await runCli(['tx', tx.noApproval as Hash, ...localOnly(node.url), '--chain', 'local'])
    expect(text.stdout).toMatch(/Not approved: the contract may not move your tokens/)
  })
})
