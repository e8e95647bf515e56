import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { erc20Abi, maxUint256, parseAbi, parseEther, type Address, type Hash, type Hex } from 'viem'
import { addLiquidityEth, deployToken } from '../support/contracts.js'
import { artifact, deployUniswap, devWallet, startAnvil, type DevWallet } from '../support/devnode.js'
import { methodNotFound, startRpcProxy } from '../support/rpc-proxy.js'
import {
  addLiquidityV3,
  Command,
  commandBytes,
  deployUniswapV3,
  FEE,
  input,
  MSG_SENDER,
  PERMIT2,
  permit2Abi,
  permitSingle,
  quoteWithSlippage,
  signPermit,
  v3Abis,
  v3Path,
  type UniswapV3,
} from '../support/uniswap-v3.js'
import { localOnly, runCli } from '../support/run-cli.js'

/**
 * Failed swaps on the routers people use today, on real Uniswap V3 core and periphery,
 * SwapRouter02, the Universal Router 2.0.0 and Permit2, with transactions built the way apps
 * build them: a QuoterV2 quote less 0.5%, EIP-712 Permit2 permits, command lists. Every failure
 * is diagnosed twice: with debug_traceTransaction, and through an endpoint that refuses it.
 */
type Finding = { code: string; severity: string; title: string; detail: string; data: Record<string, any> }
type Report = { status: string; findings: Finding[]; nextSteps: string[] }
const findingOf = (report: Report, code: string) => {
  const found = report.findings.find((f) => f.code === code)
  if (!found) throw new Error(`no ${code} in ${report.findings.map((f) => f.code).join(', ')}`)
  return found
}
const codes = (report: Report) => report.findings.map((f) => f.code)
const problems = (report: Report) => report.findings.filter((f) => f.severity !== 'info').map((f) => f.code)
const wethAbi = parseAbi(['function deposit() payable', 'function withdraw(uint256 wad)'])
const poolArtifact = () => artifact('@uniswap/v3-core/artifacts/contracts/UniswapV3Pool.sol/UniswapV3Pool.json')
const AMOUNT = parseEther('1000')
const DAY = 86_400

let node: Awaited<ReturnType<typeof startAnvil>>
let noTrace: Awaited<ReturnType<typeof startRpcProxy>>
let world: UniswapV3
let doc: Address
const tx: Record<string, Hash> = {}
const expected: Record<string, bigint> = {}

const wallet = (index: number) => devWallet(node.url, index)
const mined = async (hash: Hash) => {
  const receipt = await wallet(0).waitForTransactionReceipt({ hash, pollingInterval: 20 })
  return receipt.status
}
const now = async () => (await wallet(0).getBlock()).timestamp
/** A contract call with a fixed gas limit: a failing one must still be sent, as a wallet would when told to. */
const send = (w: DevWallet, request: Record<string, unknown>): Promise<Hash> =>
  w.writeContract({ chain: null, gas: 600_000n, ...request } as never)
/** Sends, lets `seconds` pass with the transaction waiting in the pool, then mines it. */
async function minedLate(seconds: number, sending: () => Promise<Hash>) {
  await node.request('evm_setAutomine', [false])
  const hash = await sending()
  await node.request('evm_increaseTime', [seconds])
  await node.request('evm_mine', [])
  await node.request('evm_setAutomine', [true])
  return hash
}

const approve = async (w: DevWallet, token: Address, spender: Address, amount = maxUint256) =>
  mined(await send(w, { address: token, abi: erc20Abi, functionName: 'approve', args: [spender, amount] }))
const permit2Approve = async (w: DevWallet, amount: bigint, expiration: number) =>
  send(w, {
    address: PERMIT2,
    abi: permit2Abi,
    functionName: 'approve',
    args: [doc, world.universalRouter, amount, expiration],
  })

/** The Universal Router swap the Uniswap app sends: a signed permit (or none), then DOC → WETH on V3. */
async function urSwap(
  w: DevWallet,
  {
    permit = true,
    nonce = 0,
    sigDeadline,
    deadline,
    minimum,
    amount = AMOUNT,
  }: {
    permit?: boolean
    nonce?: number
    sigDeadline?: bigint
    deadline?: bigint
    minimum?: bigint
    amount?: bigint
  } = {},
) {
  const t = await now()
  const min =
    minimum ?? (await quoteWithSlippage(w, world, { tokenIn: doc, tokenOut: world.weth, amountIn: amount })).minimum
  const swap = input.v3ExactIn(MSG_SENDER, amount, min, v3Path([doc, world.weth]), true)
  const commands = permit ? [Command.PERMIT2_PERMIT, Command.V3_SWAP_EXACT_IN] : [Command.V3_SWAP_EXACT_IN]
  const inputs: Hex[] = [swap]
  if (permit) {
    const single = permitSingle({
      token: doc,
      amount: 2n ** 160n - 1n,
      expiration: Number(t) + 30 * DAY,
      nonce,
      spender: world.universalRouter,
      sigDeadline: sigDeadline ?? t + 1800n,
    })
    inputs.unshift(input.permit2Permit(single, await signPermit(w, node.chainId, single)))
  }
  return {
    min,
    send: () =>
      send(w, {
        address: world.universalRouter,
        abi: v3Abis.universalRouter,
        functionName: 'execute',
        args: [commandBytes(commands), inputs, deadline ?? t + 1800n],
      }),
  }
}

/** SwapRouter's exactInputSingle, DOC → WETH, as the app sends it after its quote. */
async function v3Swap(w: DevWallet, { deadline, minimum }: { deadline?: bigint; minimum?: bigint } = {}) {
  const t = await now()
  const min =
    minimum ?? (await quoteWithSlippage(w, world, { tokenIn: doc, tokenOut: world.weth, amountIn: AMOUNT })).minimum
  const params = {
    tokenIn: doc,
    tokenOut: world.weth,
    fee: FEE,
    recipient: w.account.address,
    deadline: deadline ?? t + 1800n,
    amountIn: AMOUNT,
    amountOutMinimum: min,
    sqrtPriceLimitX96: 0n,
  }
  return {
    min,
    send: () =>
      send(w, { address: world.swapRouter, abi: v3Abis.swapRouter, functionName: 'exactInputSingle', args: [params] }),
  }
}

/** SwapRouter02's multicall(deadline, [exactInputSingle]), ETH → DOC, as the Uniswap app sent it before the Universal Router. */
async function sr02Swap(w: DevWallet, { deadline, minimum }: { deadline?: bigint; minimum?: bigint } = {}) {
  const t = await now()
  const value = parseEther('1')
  const min =
    minimum ?? (await quoteWithSlippage(w, world, { tokenIn: world.weth, tokenOut: doc, amountIn: value })).minimum
  const { encodeFunctionData } = await import('viem')
  const swap = encodeFunctionData({
    abi: v3Abis.swapRouter02,
    functionName: 'exactInputSingle',
    args: [
      {
        tokenIn: world.weth,
        tokenOut: doc,
        fee: FEE,
        recipient: w.account.address,
        amountIn: value,
        amountOutMinimum: min,
        sqrtPriceLimitX96: 0n,
      },
    ],
  })
  return {
    min,
    send: () =>
      send(w, {
        address: world.swapRouter02,
        abi: v3Abis.swapRouter02,
        functionName: 'multicall',
        args: [deadline ?? t + 1800n, [swap]],
        value,
      }),
  }
}

/** Someone else's large swap lands between the user's quote and the user's swap: the price moves past 0.5%. */
async function frontRun(direction: 'sell-doc' | 'buy-doc') {
  const whale = wallet(0)
  const [tokenIn, tokenOut, amountIn] =
    direction === 'sell-doc' ? [doc, world.weth, parseEther('5000')] : [world.weth, doc, parseEther('5')]
  await mined(
    await send(whale, {
      address: world.swapRouter,
      abi: v3Abis.swapRouter,
      functionName: 'exactInputSingle',
      args: [
        {
          tokenIn,
          tokenOut,
          fee: FEE,
          recipient: whale.account.address,
          deadline: 2n ** 40n,
          amountIn,
          amountOutMinimum: 0n,
          sqrtPriceLimitX96: 0n,
        },
      ],
      value: direction === 'buy-doc' ? amountIn : 0n,
    }),
  )
}

beforeAll(async () => {
  node = await startAnvil()
  noTrace = await startRpcProxy({
    target: node.url,
    intercept: (call) => (call.method === 'debug_traceTransaction' ? methodNotFound(call) : undefined),
  })
  const owner = wallet(0)
  const v2 = await deployUniswap(owner)
  world = await deployUniswapV3(owner, node, v2)
  doc = await deployToken(owner, { name: 'Doctor Token', symbol: 'DOC', decimals: 18, supply: parseEther('10000000') })
  await mined(
    await send(owner, { address: world.weth, abi: wethAbi, functionName: 'deposit', value: parseEther('1000') }),
  )
  tx.mint = await addLiquidityV3(
    owner,
    world,
    { token: doc, amount: parseEther('1000000') },
    { token: world.weth, amount: parseEther('1000') },
  )
  await addLiquidityEth(owner, v2, doc, parseEther('100000'), parseEther('100'))
  await approve(owner, doc, world.swapRouter)
  await approve(owner, world.weth, world.swapRouter)
  // Traders: 1 alice (all approvals), 2 bob (never approved Permit2), 3 carol, 4 dave, 5 erin, 6 frank, 7 grace (no approvals).
  for (const i of [1, 2, 3, 4, 5, 6, 7]) {
    await mined(
      await send(owner, {
        address: doc,
        abi: erc20Abi,
        functionName: 'transfer',
        args: [wallet(i).account.address, parseEther('10000')],
      }),
    )
  }
  const alice = wallet(1)

  // Healthy: the approval to Permit2, a Universal Router swap with a permit, a SwapRouter swap, a SwapRouter02 swap.
  tx.approvePermit2 = await send(alice, {
    address: doc,
    abi: erc20Abi,
    functionName: 'approve',
    args: [PERMIT2, maxUint256],
  })
  await mined(tx.approvePermit2)
  tx.urSwap = await (await urSwap(alice)).send()
  await approve(alice, doc, world.swapRouter)
  tx.v3Swap = await (await v3Swap(alice)).send()
  tx.sr02Swap = await (await sr02Swap(alice)).send()

  // Slippage: each quote is overtaken by someone else's swap before the user's lands.
  const v3Late = await v3Swap(alice)
  await frontRun('sell-doc')
  tx.v3Slippage = await v3Late.send()
  expected.v3Slippage = v3Late.min
  const sr02Late = await sr02Swap(alice)
  await frontRun('buy-doc')
  tx.sr02Slippage = await sr02Late.send()
  expected.sr02Slippage = sr02Late.min
  const urLate = await urSwap(alice, { permit: false })
  await frontRun('sell-doc')
  tx.urSlippage = await urLate.send()
  expected.urSlippage = urLate.min
  tx.urV2Slippage = await send(alice, {
    address: world.universalRouter,
    abi: v3Abis.universalRouter,
    functionName: 'execute',
    args: [
      commandBytes([Command.V2_SWAP_EXACT_IN]),
      [input.v2ExactIn(MSG_SENDER, AMOUNT, parseEther('5'), [doc, world.weth], true)],
      (await now()) + 1800n,
    ],
  })

  // Deadlines: the transaction waits an hour in the pool with a 30-minute deadline.
  tx.v3Deadline = await minedLate(3600, (await v3Swap(alice, { minimum: 0n })).send)
  tx.sr02Deadline = await minedLate(3600, (await sr02Swap(alice, { minimum: 0n })).send)
  tx.urDeadline = await minedLate(3600, (await urSwap(alice, { permit: false, minimum: 0n })).send)

  // Permit2: never approved to Permit2; approved but no Permit2 allowance; an allowance that
  // expired; one too small; a signature that expired; a nonce already used.
  tx.notApprovedToPermit2 = await (await urSwap(wallet(2), { minimum: 0n })).send()
  await approve(wallet(3), doc, PERMIT2)
  tx.permit2Missing = await (await urSwap(wallet(3), { permit: false, minimum: 0n })).send()
  await approve(wallet(4), doc, PERMIT2)
  await mined(await permit2Approve(wallet(4), maxUint256 >> 96n, Number(await now()) + 600))
  await node.request('evm_increaseTime', [1200])
  tx.permit2Expired = await (await urSwap(wallet(4), { permit: false, minimum: 0n })).send()
  await approve(wallet(5), doc, PERMIT2)
  await mined(await permit2Approve(wallet(5), parseEther('10'), Number(await now()) + DAY))
  tx.permit2TooSmall = await (await urSwap(wallet(5), { permit: false, minimum: 0n })).send()
  await approve(wallet(6), doc, PERMIT2)
  const t = await now()
  tx.signatureExpired = await minedLate(
    3600,
    (await urSwap(wallet(6), { sigDeadline: t + 600n, deadline: t + 7200n, minimum: 0n })).send,
  )
  tx.nonceUsed = await (await urSwap(alice, { nonce: 0, minimum: 0n })).send()

  // A V3 swap by someone who never approved the router: "STF".
  tx.noApproval = await (await v3Swap(wallet(7), { minimum: 0n })).send()
  // Too little gas for the Universal Router's swap.
  const gasUsed = (await alice.getTransactionReceipt({ hash: tx.urSwap })).gasUsed
  tx.outOfGas = await send(alice, {
    address: world.universalRouter,
    abi: v3Abis.universalRouter,
    functionName: 'execute',
    args: [
      commandBytes([Command.V3_SWAP_EXACT_IN]),
      [input.v3ExactIn(MSG_SENDER, AMOUNT, 0n, v3Path([doc, world.weth]), true)],
      (await now()) + 1800n,
    ],
    gas: gasUsed / 2n,
  })

  // Tokens sent by hand to contracts: the Universal Router, V2's Router02, WETH, and QuoterV2 (a
  // contract of no kind the tool knows, as a smart-account wallet would be); a WETH unwrap; a
  // deployment whose constructor refuses (a V3 pool deployed without its factory).
  const transfer = (to: Address) =>
    send(alice, { address: doc, abi: erc20Abi, functionName: 'transfer', args: [to, parseEther('5')] })
  tx.toUniversalRouter = await transfer(world.universalRouter)
  tx.toV2Router = await transfer(v2.router)
  tx.toWeth = await transfer(world.weth)
  tx.toOtherContract = await transfer(world.quoterV2)
  await mined(await send(alice, { address: world.weth, abi: wethAbi, functionName: 'deposit', value: parseEther('2') }))
  tx.unwrap = await send(alice, {
    address: world.weth,
    abi: wethAbi,
    functionName: 'withdraw',
    args: [parseEther('1.5')],
  })
  tx.unknownCall = await alice.sendTransaction({
    to: world.universalRouter,
    data: '0xdeadbeef',
    gas: 100_000n,
    chain: null,
  })
  tx.failedDeployment = await alice.deployContract({ ...poolArtifact(), chain: null, gas: 6_000_000n })
  for (const hash of Object.values(tx)) await mined(hash)
}, 180_000)

afterAll(async () => {
  await noTrace?.stop()
  await node?.stop()
})

const diagnose = async (hash: Hash, url = node.url) => {
  const result = await runCli(['tx', hash, ...localOnly(url), '--chain', 'local', '--json'])
  return { code: result.code, report: result.json() as Report }
}
/** The same transaction through an endpoint with and without debug_traceTransaction. */
const both = async (hash: Hash) => ({
  traced: (await diagnose(hash)).report,
  replayed: (await diagnose(hash, noTrace.url)).report,
})

describe('healthy swaps, liquidity and approvals raise no problem', () => {
  it.each(['urSwap', 'v3Swap', 'sr02Swap', 'mint', 'approvePermit2'])('%s', async (name) => {
    expect(await mined(tx[name] as Hash)).toBe('success')
    const { code, report } = await diagnose(tx[name] as Hash)
    expect(problems(report)).toEqual([])
    expect(code).toBe(0)
  })
})

describe('slippage, with the pools’ quote at the parent block', () => {
  it.each([
    ['v3Slippage', 'Uniswap V3 SwapRouter', 'Too little received', 'DOC', 'WETH'],
    // Paid in ETH, which the router wraps: the person sent ETH, not WETH.
    ['sr02Slippage', 'Uniswap SwapRouter02', 'Too little received', 'ETH', 'DOC'],
    ['urSlippage', 'Uniswap Universal Router', 'V3TooLittleReceived()', 'DOC', 'WETH'],
  ])('%s: %s', async (name, routerName, reason, tokenIn, tokenOut) => {
    const { traced, replayed } = await both(tx[name] as Hash)
    for (const report of [traced, replayed]) {
      expect(findingOf(report, 'tx.reverted').data.reason).toBe(reason)
      const slippage = findingOf(report, 'swap.slippage')
      expect(slippage.data).toMatchObject({
        routerName,
        protocol: 'v3',
        mode: 'exact-in',
        tokenIn: { symbol: tokenIn, decimals: 18 },
        tokenOut: { symbol: tokenOut, decimals: 18 },
        amountOut: (expected[name] as bigint).toString(),
        quoteMethod: 'pool-probe',
      })
      const quote = BigInt(slippage.data.poolQuote)
      expect(quote).toBeLessThan(expected[name] as bigint)
      expect(quote).toBeGreaterThan(((expected[name] as bigint) * 9n) / 10n)
      expect(slippage.data.shortfallPercent).toBeGreaterThan(0)
      expect(slippage.data.slippageToPassPercent).toBeGreaterThan(0.5)
      expect(report.nextSteps.join(' ')).toMatch(/a tolerance of [\d.]+% would have passed/)
    }
    expect(findingOf(traced, 'swap.slippage').data.approximate).toBe(false)
    expect(findingOf(replayed, 'swap.slippage').data.approximate).toBe(true)
  })

  it('a V2 command in the Universal Router: V2TooLittleReceived, the V2 step named', async () => {
    const { traced, replayed } = await both(tx.urV2Slippage as Hash)
    for (const report of [traced, replayed]) {
      expect(findingOf(report, 'swap.slippage').data).toMatchObject({
        protocol: 'v2',
        amountIn: AMOUNT.toString(),
        amountOut: parseEther('5').toString(),
        tokenIn: { symbol: 'DOC' },
        tokenOut: { symbol: 'WETH' },
      })
    }
  })
})

describe('an expired deadline, with the times from the calldata', () => {
  it.each([
    ['v3Deadline', 'Transaction too old'],
    ['sr02Deadline', 'Transaction too old'],
    ['urDeadline', 'TransactionDeadlinePassed()'],
  ])('%s', async (name, reason) => {
    const { traced, replayed } = await both(tx[name] as Hash)
    expect(findingOf(traced, 'tx.reverted').data.reason).toBe(reason)
    for (const report of [traced, replayed]) {
      const deadline = findingOf(report, 'swap.deadline-expired')
      expect(Number(deadline.data.deadline)).toBeGreaterThan(0)
      expect(deadline.data.lateBySeconds).toBeGreaterThanOrEqual(1700)
      expect(BigInt(deadline.data.blockTimestamp) - BigInt(deadline.data.deadline)).toBe(
        BigInt(deadline.data.lateBySeconds),
      )
      expect(codes(report)).not.toContain('swap.slippage')
    }
  })
})

describe('Permit2: the real token and spender, and which approval failed', () => {
  it('the token was never approved to Permit2', async () => {
    const { traced, replayed } = await both(tx.notApprovedToPermit2 as Hash)
    expect(findingOf(traced, 'tx.reverted').data).toMatchObject({
      reason: 'TRANSFER_FROM_FAILED',
      failingContract: PERMIT2.toLowerCase(),
    })
    for (const report of [traced, replayed]) {
      expect(findingOf(report, 'permit2.token-not-approved').data).toMatchObject({
        token: { address: doc.toLowerCase(), symbol: 'DOC', decimals: 18 },
        permit2: PERMIT2.toLowerCase(),
        router: world.universalRouter.toLowerCase(),
        allowance: '0',
        needed: AMOUNT.toString(),
      })
      expect(codes(report)).not.toContain('token.insufficient-allowance')
    }
  })

  it.each([
    ['permit2Missing', 'missing'],
    ['permit2Expired', 'expired'],
    ['permit2TooSmall', 'too-small'],
  ])('%s: Permit2’s allowance to the router is %s', async (name, problem) => {
    const { traced, replayed } = await both(tx[name] as Hash)
    for (const report of [traced, replayed]) {
      const finding = findingOf(report, 'permit2.allowance-insufficient')
      expect(finding.data).toMatchObject({
        problem,
        token: { symbol: 'DOC' },
        spender: world.universalRouter.toLowerCase(),
        needed: AMOUNT.toString(),
      })
      expect(codes(report)).not.toContain('token.insufficient-allowance')
    }
    const detail = findingOf(traced, 'permit2.allowance-insufficient').detail
    if (problem === 'too-small') expect(detail).toMatch(/was 10 DOC, and 1000 DOC was needed/)
  })

  it('a permit signature that expired while the transaction waited', async () => {
    const { traced, replayed } = await both(tx.signatureExpired as Hash)
    expect(findingOf(traced, 'tx.reverted').data.reason).toMatch(
      /^ExecutionFailed\(commandIndex: 0\) → SignatureExpired/,
    )
    for (const report of [traced, replayed]) {
      const finding = findingOf(report, 'permit2.permit-invalid')
      expect(finding.data).toMatchObject({
        problem: 'signature-expired',
        token: { symbol: 'DOC' },
        spender: world.universalRouter.toLowerCase(),
      })
      expect(BigInt(finding.data.blockTimestamp)).toBeGreaterThan(BigInt(finding.data.sigDeadline))
    }
  })

  it('a permit whose nonce was used by an earlier swap', async () => {
    const { traced, replayed } = await both(tx.nonceUsed as Hash)
    for (const report of [traced, replayed]) {
      expect(findingOf(report, 'permit2.permit-invalid').data).toMatchObject({
        problem: 'nonce-used',
        nonce: 0,
        expectedNonce: 1,
      })
    }
  })
})

describe('approval, gas: as on V2, now on V3 and the Universal Router', () => {
  it('a V3 swap without approval ("STF"): the token with its symbol, the router as spender', async () => {
    const { traced, replayed } = await both(tx.noApproval as Hash)
    expect(findingOf(traced, 'tx.reverted').data).toMatchObject({
      reason: 'STF',
      failingContract: world.swapRouter.toLowerCase(),
    })
    for (const report of [traced, replayed]) {
      expect(findingOf(report, 'token.insufficient-allowance').data).toMatchObject({
        token: { address: doc.toLowerCase(), symbol: 'DOC', decimals: 18 },
        spender: world.swapRouter.toLowerCase(),
        allowance: '0',
        needed: AMOUNT.toString(),
      })
    }
  })

  it('out of gas in a Universal Router swap', async () => {
    const { traced, replayed } = await both(tx.outOfGas as Hash)
    expect(findingOf(traced, 'tx.out-of-gas').data.certain).toBe(true)
    expect(codes(replayed)).toContain('tx.out-of-gas')
  })
})

describe('a router call that cannot be read', () => {
  it('still says which router it was, from its code, and gives the revert as it is', async () => {
    const { traced, replayed } = await both(tx.unknownCall as Hash)
    for (const report of [traced, replayed]) {
      expect(findingOf(report, 'tx.reverted').data).toMatchObject({ calledContract: 'Uniswap Universal Router' })
      expect(findingOf(report, 'tx.reverted').detail).toMatch(/calling the Uniswap Universal Router/)
      expect(codes(report)).not.toContain('swap.slippage')
    }
  })
})

describe('where tokens went: contracts that cannot give them back, NFTs, wrapped ETH', () => {
  it.each([
    ['toUniversalRouter', 'router', 'Uniswap Universal Router', true, /bots watch for such balances/],
    ['toV2Router', 'router', 'Uniswap V2 Router02 (or a fork of it)', false, /no way to send them back/],
    ['toWeth', 'weth', 'WETH (wrapped ETH)', false, /no way to send them back/],
  ])(
    '%s: critical, naming the contract and the evidence in its code',
    async (name, recipient, contractName, anyone, said) => {
      const { code, report } = await diagnose(tx[name] as Hash)
      expect(code).toBe(1)
      const sent = findingOf(report, 'token.sent-to-contract')
      expect(sent).toMatchObject({
        severity: 'critical',
        data: { recipient, contractName, anyoneCanTake: anyone, formattedAmount: '5', token: { symbol: 'DOC' } },
      })
      expect(sent.data.evidence).toMatch(/\(/)
      expect(sent.detail).toMatch(said)
    },
  )

  it('a contract of no known kind (a smart account, an exchange) is worth a look, not an alarm', async () => {
    const { code, report } = await diagnose(tx.toOtherContract as Hash)
    expect(findingOf(report, 'token.sent-to-contract')).toMatchObject({
      severity: 'info',
      data: { recipient: 'contract' },
    })
    expect(code).toBe(0)
  })

  it('the position NFT of a liquidity add: how to import it, with contract and token id', async () => {
    const { report } = await diagnose(tx.mint as Hash)
    const nft = report.findings.find(
      (f) => f.code === 'token.transfer-found' && f.data.standard === 'erc721',
    ) as Finding
    expect(nft.data).toMatchObject({ token: { address: world.positionManager.toLowerCase() }, tokenId: '1' })
    expect(nft.title).toBe(`NFT moved: #1 ${nft.data.token.symbol}`)
    expect(report.nextSteps.join(' ')).toMatch(
      new RegExp(`Import NFT.*with contract address ${world.positionManager.toLowerCase()} and token ID 1`),
    )
  })

  it('a WETH withdrawal is explained as unwrapping, the ETH going back to the sender', async () => {
    const { code, report } = await diagnose(tx.unwrap as Hash)
    expect(code).toBe(0)
    const unwrap = findingOf(report, 'token.transfer-found')
    expect(unwrap.title).toBe('Unwrapped 1.5 WETH into ETH')
    expect(unwrap.detail).toContain(`sent to ${wallet(1).account.address.toLowerCase()}`)
  })

  it('a failed deployment has its own finding and guide, not the failed-swaps one', async () => {
    const { traced, replayed } = await both(tx.failedDeployment as Hash)
    for (const report of [traced, replayed]) {
      expect(codes(report)).toContain('tx.deployment-failed')
      expect(codes(report)).not.toContain('tx.reverted')
      expect(findingOf(report, 'tx.deployment-failed').title).toBe('Contract deployment failed')
    }
  })
})

describe('the evidence of a router failure is saved and replayed whole', () => {
  it.each(['urSlippage', 'permit2TooSmall'])(
    '%s: --evidence-out, then --from-evidence, the same diagnosis',
    async (name) => {
      const file = join(mkdtempSync(join(tmpdir(), 'sd-evidence-')), 'evidence.json')
      const live = await runCli(['tx', tx[name] as Hash, ...localOnly(node.url), '--json', '--evidence-out', file])
      const replay = await runCli(['tx', '--from-evidence', file, '--json', '--no-public-rpc'])
      expect(replay.code).toBe(live.code)
      const strip = (r: Record<string, unknown>) => ({ ...r, checkedAt: undefined })
      expect(strip(replay.json())).toEqual(strip(live.json()))
      const saved = JSON.parse(readFileSync(file, 'utf8')).context.swapState
      expect(saved.spender).toBe(PERMIT2.toLowerCase())
      expect(saved.permit2Allowance).toMatchObject({ nonce: expect.any(Number), expiration: expect.any(Number) })
      if (name === 'urSlippage') expect(saved.quotes[0]).toMatchObject({ step: 0, method: 'pool-probe' })
    },
  )
})
