import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { encodeAbiParameters, erc20Abi, parseUnits, toFunctionSelector, type Address } from 'viem'
import { deployToken } from '../support/contracts.js'
import { devWallet, startAnvil } from '../support/devnode.js'
import { lieAboutCall, useLiarBeside } from '../support/lies.js'
import { startRpcProxy } from '../support/rpc-proxy.js'
import { localOnly, runCli } from '../support/run-cli.js'

type Finding = { code: string; severity: string; title: string; detail: string; data: Record<string, any> }
const findingOf = (report: { findings: Finding[] }, code: string) =>
  report.findings.find((f) => f.code === code) as Finding

// "local" (31337) never mines on its own; "op" reports OP Mainnet's chain id and holds the token.
let local: Awaited<ReturnType<typeof startAnvil>>
let op: Awaited<ReturnType<typeof startAnvil>>
let narrowLogs: Awaited<ReturnType<typeof startRpcProxy>>
let token: Address
const user = () => devWallet(op.url, 1).account.address
const spender = () => devWallet(op.url, 2)

beforeAll(async () => {
  ;[local, op] = await Promise.all([startAnvil({ mining: false }), startAnvil({ chainId: 10 })])
  const owner = devWallet(op.url)
  token = await deployToken(owner, { name: 'Test USD', symbol: 'TUSD', decimals: 6, supply: parseUnits('1000000', 6) })
  const send = async (from: ReturnType<typeof devWallet>, to: Address, amount: bigint) =>
    owner.waitForTransactionReceipt({
      hash: await from.writeContract({
        address: token,
        abi: erc20Abi,
        functionName: 'transfer',
        args: [to, amount],
        chain: null,
      }),
      pollingInterval: 20,
    })
  await send(owner, user(), parseUnits('250.5', 6))
  // Someone who received some and sent it all on.
  await send(owner, spender().account.address, parseUnits('10', 6))
  await send(spender(), owner.account.address, parseUnits('10', 6))
  // A provider that refuses log queries over more than 1,000 blocks, as public ones do.
  narrowLogs = await startRpcProxy({
    target: op.url,
    intercept: (call) => {
      if (call.method !== 'eth_getLogs') return undefined
      const { fromBlock, toBlock } = (call.params?.[0] ?? {}) as { fromBlock: string; toBlock: string }
      return BigInt(toBlock) - BigInt(fromBlock) > 1000n
        ? { jsonrpc: '2.0', id: call.id, error: { code: -32005, message: 'query exceeds max block range 1000' } }
        : undefined
    },
  })
  await op.request('anvil_mine', ['0x7d0']) // 2,000 blocks: the first, wide query is refused
}, 120_000)
afterAll(async () => {
  await narrowLogs?.stop()
  await Promise.all([local?.stop(), op?.stop()])
})

const address = (...args: string[]) => runCli(['address', ...args])

describe('where are my tokens', () => {
  it('asked on the wrong network: names the network that has them, with symbol and formatted balance', async () => {
    const result = await address(
      user(),
      '--token',
      token,
      '--chain',
      'local',
      ...localOnly(local.url, op.url),
      '--json',
    )
    expect(result.code).toBe(1)
    const report = result.json()
    expect(report.status).toBe('wrong-network')
    expect(findingOf(report, 'token.wrong-network').data).toMatchObject({
      requestedChainId: 31337,
      heldOnChainIds: [10],
    })
    expect(findingOf(report, 'token.held').data).toMatchObject({
      chainId: 10,
      formattedBalance: '250.5',
      token: { symbol: 'TUSD', decimals: 6 },
    })
    expect(report.nextSteps.join(' ')).toMatch(/Switch your wallet to OP Mainnet/)
    expect(report.nextSteps.join(' ')).toMatch(/Import tokens.*decimals 6/)
    // The holding and the transfer that brought it are one "add it by hand" step, not two.
    expect(report.nextSteps.filter((s: string) => s.includes('Import tokens'))).toHaveLength(1)
  })

  it('as text: the explorer link, which goes where the tokens are, names that network', async () => {
    const args = [user(), '--token', token, '--chain', 'local', ...localOnly(local.url, op.url), '--width', '200']
    const text = await address(...args)
    expect(text.stdout).toMatch(
      /Network {7}Local node \(31337\)\nExplorer {6}https:\/\/optimistic\.etherscan\.io\/address\/0x\S+ \(OP Mainnet\)/,
    )
    const markdown = await address(...args, '--format', 'markdown')
    expect(markdown.stdout).toMatch(
      /\*\*Explorer:\*\* https:\/\/optimistic\.etherscan\.io\/address\/0x\S+ \(OP Mainnet\)/,
    )
  })

  it('without --chain: the token is found where it is, with its recent transfers and hashes, exit 0', async () => {
    const result = await address(user(), '--token', token, ...localOnly(local.url, op.url), '--json')
    expect(result.code).toBe(0)
    const report = result.json()
    expect(report.status).toBe('held')
    expect(report.chain).toMatchObject({ id: 10, explorerUrl: `https://optimistic.etherscan.io/address/${user()}` })
    const transfer = findingOf(report, 'token.transfer-found')
    expect(transfer.data).toMatchObject({ chainId: 10, formattedAmount: '250.5', to: user().toLowerCase() })
    expect(transfer.data.transactionHash).toMatch(/^0x[0-9a-f]{64}$/)
    expect(transfer.detail).toContain('250.5 TUSD')
  })

  it('a provider that refuses wide log ranges: the range shrinks and a recent transfer is still found', async () => {
    const recipient = devWallet(op.url, 3).account.address
    const owner = devWallet(op.url)
    await owner.waitForTransactionReceipt({
      hash: await owner.writeContract({
        address: token,
        abi: erc20Abi,
        functionName: 'transfer',
        args: [recipient, parseUnits('7', 6)],
        chain: null,
      }),
      pollingInterval: 20,
    })
    const result = await address(recipient, '--token', token, '--chain', '10', ...localOnly(narrowLogs.url), '--json')
    const report = result.json()
    expect(report.evidence.chains[0].transfers).toMatchObject({ narrowed: true, count: 1 })
    expect(findingOf(report, 'token.transfer-found').data.formattedAmount).toBe('7')
    expect(narrowLogs.seen.methods.filter((m) => m === 'eth_getLogs').length).toBeGreaterThan(2) // refused, then narrowed
  })

  it("logs an endpoint slips into its answers are not the token's transfers: another contract's, outside the range, another shape", async () => {
    const holder = spender().account.address
    const thief = '0x00000000000000000000000000000000000bad01'
    const topic = (a: string) => `0x${a.slice(2).toLowerCase().padStart(64, '0')}`
    const forged = (changes: Record<string, unknown>) => ({
      address: token.toLowerCase(),
      topics: ['0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef', topic(holder), topic(thief)],
      data: `0x${(999n * 10n ** 6n).toString(16).padStart(64, '0')}`,
      blockHash: `0x${'11'.repeat(32)}`,
      blockNumber: '0x2',
      transactionHash: `0x${'ee'.repeat(32)}`,
      transactionIndex: '0x0',
      logIndex: '0x63',
      removed: false,
      ...changes,
    })
    const forger = await startRpcProxy({
      target: op.url,
      rewrite: (call, answer) =>
        call.method === 'eth_getLogs' && Array.isArray(answer.result)
          ? {
              ...answer,
              result: [
                ...answer.result,
                forged({ address: '0x000000000000000000000000000000000000c0de' }),
                forged({ blockNumber: '0xffffff' }),
                forged({ topics: [...forged({}).topics, topic(thief)] }),
              ],
            }
          : answer,
    })
    try {
      const report = (await address(holder, '--token', token, ...localOnly(forger.url), '--json')).json()
      expect(report.status).toBe('no-balance')
      expect(findingOf(report, 'token.no-balance').data.lastOut).toMatchObject({
        amount: parseUnits('10', 6).toString(),
      })
      expect(JSON.stringify(report)).not.toContain(thief.slice(2))
    } finally {
      await forger.stop()
    }
  })

  it('a token the address no longer holds: no balance, and the latest transfer out', async () => {
    const result = await address(spender().account.address, '--token', token, ...localOnly(op.url), '--json')
    const report = result.json()
    expect(report.status).toBe('no-balance')
    expect(findingOf(report, 'token.no-balance').data.lastOut).toMatchObject({
      chainId: 10,
      amount: parseUnits('10', 6).toString(),
    })
  })

  it('an address that is not a token on any network', async () => {
    const result = await address(user(), '--token', user(), ...localOnly(local.url, op.url), '--json')
    expect(result.code).toBe(1)
    expect(findingOf(result.json(), 'token.not-a-token').data.searchedChainIds.sort()).toEqual([10, 31337])
  })

  it('nothing found, and a --rpc URL that never said its network: no verdict (exit 3), the endpoint named', async () => {
    const broken = await startRpcProxy({ target: op.url, fault: () => ({ status: 500, body: 'internal error' }) })
    try {
      const unused = '0x00000000000000000000000000000000000d0e5d'
      const result = await address(unused, ...localOnly(broken.url, local.url), '--json')
      expect(result.code, result.stderr).toBe(3)
      const report = result.json()
      expect(report.status).toBe('undetermined')
      expect(findingOf(report, 'address.unused')).toBeDefined()
      expect(findingOf(report, 'rpc.unreachable')).toMatchObject({ severity: 'warning', data: { chainId: null } })
      // Something found elsewhere stands: the user's tokens are where they are.
      const held = await address(user(), '--token', token, ...localOnly(broken.url, op.url), '--json')
      expect(held.code, held.stderr).toBe(0)
      expect(held.json().status).toBe('held')
    } finally {
      await broken.stop()
    }
  })

  it('an account with transactions waiting on a node without mining', async () => {
    const wallet = devWallet(local.url, 4)
    await wallet.sendTransaction({ to: wallet.account.address, value: 1n, gas: 21_000n, chain: null })
    await wallet.sendTransaction({ to: wallet.account.address, value: 1n, gas: 21_000n, chain: null })
    const result = await address(wallet.account.address, ...localOnly(local.url), '--json')
    expect(result.code).toBe(1)
    const report = result.json()
    expect(report.status).toBe('pending-transactions')
    expect(findingOf(report, 'address.pending-transactions').data).toMatchObject({
      chainId: 31337,
      latest: 0,
      pending: 2,
      nonces: [0, 1],
    })
  })

  it('text in Japanese', async () => {
    const result = await address(
      user(),
      '--token',
      token,
      '--chain',
      'local',
      ...localOnly(local.url, op.url),
      '--lang',
      'ja',
    )
    expect(result.stdout).toMatch(/トークンは別のネットワークにあります/)
    expect(result.stdout).toMatch(/OP Mainnet で保有: 250.5 TUSD/)
  })

  it('an invalid address: exit 2 before any network call', async () => {
    const before = narrowLogs.seen.httpRequests
    const result = await address('0x1234', ...localOnly(narrowLogs.url))
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/"0x1234" is not an address/)
    const badToken = await address(user(), '--token', 'USDC', ...localOnly(narrowLogs.url))
    expect(badToken.code).toBe(2)
    expect(narrowLogs.seen.httpRequests).toBe(before)
  })
})

describe("where tokens are is not said on one endpoint's word", () => {
  // A lying endpoint in front of the same node: every answer passed on, except the token's
  // balanceOf, which it says is zero — "you have none left" for a wallet that holds 250.5 TUSD.
  const lieAboutZero = lieAboutCall(
    toFunctionSelector('function balanceOf(address)'),
    encodeAbiParameters([{ type: 'uint256' }], [0n]),
  )
  const { liar, honest } = useLiarBeside(() => op.url, lieAboutZero)

  it('two honest endpoints, each asked at the same block: they agree, and the token is held', async () => {
    const result = await address(user(), '--token', token, ...localOnly(op.url, honest().url), '--json')
    expect(result.code).toBe(0)
    const report = result.json()
    expect(report.status).toBe('held')
    expect(report.findings.map((f: Finding) => f.code)).not.toContain('rpc.disagreement')
  })

  it('one that fails the read at that block (no state kept there): left out of the comparison, not counted as saying something else', async () => {
    const balanceOf = toFunctionSelector('function balanceOf(address)')
    const pruned = await startRpcProxy({
      target: op.url,
      intercept: (call) => {
        const [request, block] = (call.params ?? []) as [{ data?: string; input?: string }?, string?]
        const data = request?.data ?? request?.input ?? ''
        return call.method === 'eth_call' && data.startsWith(balanceOf) && block !== 'latest'
          ? { jsonrpc: '2.0', id: call.id, error: { code: -32000, message: 'missing trie node' } }
          : undefined
      },
    })
    try {
      const result = await address(user(), '--token', token, ...localOnly(op.url, pruned.url), '--json')
      expect(result.code).toBe(0)
      const report = result.json()
      expect(report.status).toBe('held')
      expect(report.findings.map((f: Finding) => f.code)).not.toContain('rpc.disagreement')
    } finally {
      await pruned.stop()
    }
  })

  it('one too slow to compare: left out, and said (rpc.unreachable), the verdict from the others', async () => {
    // Only its reads at the compared block are slow: it answers everything else at once.
    const slow = await startRpcProxy({
      target: op.url,
      intercept: async (call) => {
        const [, block] = (call.params ?? []) as [unknown, string?]
        if (call.method === 'eth_getBalance' && block !== 'latest') await new Promise((r) => setTimeout(r, 1500))
        return undefined
      },
    })
    try {
      const result = await address(
        user(),
        '--token',
        token,
        ...localOnly(op.url, slow.url),
        '--timeout',
        '6000',
        '--json',
      )
      const report = result.json()
      expect(report.status).toBe('held')
      expect(report.findings).toContainEqual(
        expect.objectContaining({
          code: 'rpc.unreachable',
          data: { chainId: 10, endpoint: slow.url, reason: 'too slow: left out of the comparison' },
        }),
      )
    } finally {
      await slow.stop()
    }
  })

  it('one says zero: no verdict (undetermined, exit 3), neither held nor no-balance, both answers shown — in either order', async () => {
    for (const order of [
      [op.url, liar().url],
      [liar().url, op.url],
    ]) {
      const result = await address(user(), '--token', token, ...localOnly(...order), '--json')
      expect(result.code).toBe(3)
      const report = result.json()
      expect(report.status).toBe('undetermined')
      const codes = report.findings.map((f: Finding) => f.code)
      expect(codes).not.toContain('token.held')
      expect(codes).not.toContain('token.no-balance')
      const disagreement = findingOf(report, 'rpc.disagreement')
      expect(disagreement).toMatchObject({ severity: 'critical', data: { chainId: 10, fact: 'balance' } })
      expect(disagreement.data.answers.map((a: { endpoint: string }) => a.endpoint).sort()).toEqual([...order].sort())
      expect(JSON.stringify(disagreement.data.answers)).toContain(`token balance ${parseUnits('250.5', 6)}`)
      expect(JSON.stringify(disagreement.data.answers)).toContain('token balance 0')
    }
    // The same lie from an endpoint listed first that also reports a far-off head: the block compared
    // at comes from the second-freshest head, so the honest endpoint still has something to say.
    const farOff = await startRpcProxy({
      target: op.url,
      rewrite: (call, answer) =>
        call.method === 'eth_blockNumber' ? { ...answer, result: '0xffffffff' } : lieAboutZero(call, answer),
    })
    try {
      const result = await address(user(), '--token', token, ...localOnly(farOff.url, op.url), '--json')
      expect(result.code).toBe(3)
      expect(findingOf(result.json(), 'rpc.disagreement').data).toMatchObject({ fact: 'balance' })
    } finally {
      await farOff.stop()
    }
    const text = await address(user(), '--token', token, ...localOnly(op.url, liar().url), '--lang', 'ja')
    expect(text.code).toBe(3)
    expect(text.stdout).toContain('このアドレスの保有状況について')
  })

  it("one hides the token's transfers: no verdict on where the tokens went, both answers shown — in either order", async () => {
    const hider = await startRpcProxy({
      target: op.url,
      rewrite: (call, answer) => (call.method === 'eth_getLogs' ? { ...answer, result: [] } : answer),
    })
    try {
      for (const order of [
        [op.url, hider.url],
        [hider.url, op.url],
      ]) {
        const result = await address(user(), '--token', token, ...localOnly(...order), '--json')
        expect(result.code).toBe(3)
        const report = result.json()
        expect(report.status).toBe('undetermined')
        expect(report.findings.map((f: Finding) => f.code)).not.toContain('token.transfer-found')
        const disagreement = findingOf(report, 'rpc.disagreement')
        expect(disagreement).toMatchObject({ severity: 'critical', data: { chainId: 10, fact: 'transfers' } })
        const counts = disagreement.data.answers.map((a: { reading: { count: number } }) => a.reading.count)
        expect(new Set(counts)).toEqual(new Set([0, 1]))
      }
    } finally {
      await hider.stop()
    }
  })

  it('one says other decimals (what amounts and the import advice are given in): no verdict — in either order', async () => {
    const decimalsLiar = await startRpcProxy({
      target: op.url,
      rewrite: lieAboutCall(toFunctionSelector('function decimals()'), encodeAbiParameters([{ type: 'uint8' }], [18])),
    })
    try {
      for (const order of [
        [op.url, decimalsLiar.url],
        [decimalsLiar.url, op.url],
      ]) {
        const result = await address(user(), '--token', token, ...localOnly(...order), '--json')
        expect(result.code).toBe(3)
        const report = result.json()
        expect(report.findings.map((f: Finding) => f.code)).not.toContain('token.held')
        const disagreement = findingOf(report, 'rpc.disagreement')
        expect(disagreement.data.fact).toBe('decimals')
        const said = disagreement.data.answers.map((a: { reading: { decimals: number } }) => a.reading.decimals)
        expect(new Set(said)).toEqual(new Set([6, 18]))
      }
    } finally {
      await decimalsLiar.stop()
    }
  })

  it('one that hides them only from the first read (the one up to the head): caught all the same', async () => {
    const head = await op.request('eth_blockNumber', [])
    const twoFaced = await startRpcProxy({
      target: op.url,
      rewrite: (call, answer) => {
        const [filter] = (call.params ?? []) as [{ toBlock?: string }?]
        return call.method === 'eth_getLogs' && filter?.toBlock === head ? { ...answer, result: [] } : answer
      },
    })
    try {
      const result = await address(user(), '--token', token, ...localOnly(twoFaced.url, op.url), '--json')
      expect(result.code).toBe(3)
      const disagreement = findingOf(result.json(), 'rpc.disagreement')
      expect(disagreement.data.fact).toBe('transfers')
      expect(disagreement.data.answers.map((a: { endpoint: string | null }) => a.endpoint)).toContain(null)
    } finally {
      await twoFaced.stop()
    }
  })
})
