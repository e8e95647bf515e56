import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRequire } from 'node:module'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  concat,
  createWalletClient,
  encodeFunctionData,
  erc20Abi,
  http,
  numberToHex,
  pad,
  parseEther,
  parseGwei,
  toEventSelector,
  type Address,
  type Hash,
  type Hex,
} from 'viem'
import { userOperationEvent } from '../../src/decode/entry-points.js'
import { deployToken } from '../support/contracts.js'
import { deploy, devWallet, startAnvil } from '../support/devnode.js'
import { startRpcProxy } from '../support/rpc-proxy.js'
import { localOnly, runCli } from '../support/run-cli.js'

// ERC-4337 end to end on anvil with eth-infinitism's own contracts from npm (@account-abstraction/
// contracts 0.8): the EntryPoint deployed normally, then its runtime code copied to the canonical
// v0.8 address (the published bytecode alone would have its immutables, such as the SenderCreator,
// zeroed); a SimpleAccount from SimpleAccountFactory; and the test as the bundler, sending a
// successful and a failing user operation in one handleOps bundle.

const require = createRequire(import.meta.url)
type Artifact = { abi: readonly unknown[]; bytecode: Hex }
const artifact = (name: string) => require(`@account-abstraction/contracts/artifacts/${name}.json`) as Artifact
const entryPointArtifact = artifact('EntryPoint')
const factoryArtifact = artifact('SimpleAccountFactory')
const accountArtifact = artifact('SimpleAccount')
const ENTRY_POINT: Address = '0x4337084d9e255ff0702461cf8895ce9e3b5ff108'
const validateReport = new Ajv2020({ allErrors: true, strict: false }).compile(
  JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')),
)
const UNKNOWN_HASH: Hash = `0x${'5a'.repeat(32)}`

let node: Awaited<ReturnType<typeof startAnvil>>
let bundleHash: Hash
let okHash: Hash
let failedHash: Hash
let account: Address
let token: Address
/** The EntryPoint as first deployed, at an address only a config file names. */
let ownEntryPoint: Address
let viaOwnEntryPoint: Hash
const recipient = () => devWallet(node.url, 7).account.address

type PackedUserOperation = {
  sender: Address
  nonce: bigint
  initCode: Hex
  callData: Hex
  accountGasLimits: Hex
  preVerificationGas: bigint
  gasFees: Hex
  paymasterAndData: Hex
  signature: Hex
}

/** Two 128-bit values in one bytes32, as v0.7+ pack gas limits and fees. */
const packed = (high: bigint, low: bigint) =>
  concat([pad(numberToHex(high), { size: 16 }), pad(numberToHex(low), { size: 16 })])

beforeAll(async () => {
  node = await startAnvil()
  const bundler = devWallet(node.url, 0)
  const owner = devWallet(node.url, 5)

  const deployed = await deploy(bundler, {
    abi: entryPointArtifact.abi as never[],
    bytecode: entryPointArtifact.bytecode,
  })
  ownEntryPoint = deployed
  await node.request('anvil_setCode', [ENTRY_POINT, await bundler.getCode({ address: deployed })])
  // Storage the constructor set travels too (v0.8 sets none — its reentrancy guard is transient — so this copies nothing today).
  for (let slot = 0; slot < 8; slot++) {
    const value = await bundler.getStorageAt({ address: deployed, slot: numberToHex(slot, { size: 32 }) })
    if (value && BigInt(value) !== 0n)
      await node.request('anvil_setStorageAt', [ENTRY_POINT, numberToHex(slot, { size: 32 }), value])
  }

  const factory = await deploy(bundler, { abi: factoryArtifact.abi as never[], bytecode: factoryArtifact.bytecode }, [
    ENTRY_POINT,
  ])
  // The factory creates accounts only for the EntryPoint's SenderCreator: the test plays it.
  const senderCreator = (await bundler.readContract({
    address: ENTRY_POINT,
    abi: entryPointArtifact.abi,
    functionName: 'senderCreator',
  })) as Address
  await node.request('anvil_impersonateAccount', [senderCreator])
  await node.request('anvil_setBalance', [senderCreator, numberToHex(parseEther('1'))])
  const creator = createWalletClient({ account: senderCreator, transport: http(node.url) })
  const created = await creator.writeContract({
    address: factory,
    abi: factoryArtifact.abi,
    functionName: 'createAccount',
    args: [owner.account.address, 0n],
    chain: null,
  })
  await bundler.waitForTransactionReceipt({ hash: created, pollingInterval: 20 })
  account = (await bundler.readContract({
    address: factory,
    abi: factoryArtifact.abi,
    functionName: 'getAddress',
    args: [owner.account.address, 0n],
  })) as Address

  token = await deployToken(bundler, {
    name: 'Doctor Token',
    symbol: 'DOC',
    decimals: 18,
    supply: parseEther('1000000'),
  })
  for (const hash of [
    await bundler.writeContract({
      address: token,
      abi: erc20Abi,
      functionName: 'transfer',
      args: [account, parseEther('1000')],
      chain: null,
    }),
    await bundler.sendTransaction({ to: account, value: parseEther('1'), chain: null }),
  ])
    await bundler.waitForTransactionReceipt({ hash, pollingInterval: 20 })

  const operation = async (nonce: bigint, amount: bigint, entryPoint: Address = ENTRY_POINT, sender = account) => {
    const op: PackedUserOperation = {
      sender,
      nonce,
      initCode: '0x',
      callData: encodeFunctionData({
        abi: accountArtifact.abi,
        functionName: 'execute',
        args: [token, 0n, encodeFunctionData({ abi: erc20Abi, functionName: 'transfer', args: [recipient(), amount] })],
      }),
      accountGasLimits: packed(500_000n, 200_000n),
      preVerificationGas: 100_000n,
      gasFees: packed(parseGwei('1'), parseGwei('10')),
      paymasterAndData: '0x',
      signature: '0x',
    }
    const hash = (await bundler.readContract({
      address: entryPoint,
      abi: entryPointArtifact.abi,
      functionName: 'getUserOpHash',
      args: [op],
    })) as Hash
    // v0.8's hash is EIP-712 typed data: SimpleAccount checks a plain signature over it.
    return { op: { ...op, signature: await owner.account.sign({ hash }) }, hash }
  }
  const ok = await operation(0n, parseEther('100'))
  const failing = await operation(1n, parseEther('5000')) // more than the account holds
  okHash = ok.hash
  failedHash = failing.hash
  bundleHash = await bundler.writeContract({
    address: ENTRY_POINT,
    abi: entryPointArtifact.abi,
    functionName: 'handleOps',
    args: [[ok.op, failing.op], bundler.account.address],
    gas: 3_000_000n,
    chain: null,
  })
  const receipt = await bundler.waitForTransactionReceipt({ hash: bundleHash, pollingInterval: 20 })
  if (receipt.status !== 'success') throw new Error('the bundle itself failed')

  // A second account, bound to the EntryPoint at its own address (the same SenderCreator serves both).
  const ownFactory = await deploy(
    bundler,
    { abi: factoryArtifact.abi as never[], bytecode: factoryArtifact.bytecode },
    [deployed],
  )
  await bundler.waitForTransactionReceipt({
    hash: await creator.writeContract({
      address: ownFactory,
      abi: factoryArtifact.abi,
      functionName: 'createAccount',
      args: [owner.account.address, 0n],
      chain: null,
    }),
    pollingInterval: 20,
  })
  const ownAccount = (await bundler.readContract({
    address: ownFactory,
    abi: factoryArtifact.abi,
    functionName: 'getAddress',
    args: [owner.account.address, 0n],
  })) as Address
  await bundler.waitForTransactionReceipt({
    hash: await bundler.sendTransaction({ to: ownAccount, value: parseEther('1'), chain: null }),
    pollingInterval: 20,
  })
  const viaOwn = await operation(0n, 0n, deployed, ownAccount)
  viaOwnEntryPoint = viaOwn.hash
  await bundler.waitForTransactionReceipt({
    hash: await bundler.writeContract({
      address: deployed,
      abi: entryPointArtifact.abi,
      functionName: 'handleOps',
      args: [[viaOwn.op], bundler.account.address],
      gas: 3_000_000n,
      chain: null,
    }),
    pollingInterval: 20,
  })
}, 120_000)
afterAll(() => node?.stop())

const look = async (hash: Hash, ...extra: string[]) => {
  const result = await runCli(['tx', hash, ...localOnly(node.url), '--json', ...extra])
  return { code: result.code, report: result.json() }
}

describe('tx on a user operation hash (ERC-4337)', () => {
  it('a successful operation: found through UserOperationEvent, confirmed, its token movement, exit 0', async () => {
    const { code, report } = await look(okHash)
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true)
    expect(report.subject).toEqual({ kind: 'userOperation', hash: okHash })
    expect(report.status).toBe('confirmed')
    expect(report.chain.explorerUrl === null || report.chain.explorerUrl.includes(bundleHash)).toBe(true)
    expect(report.findings.map((f: { code: string }) => f.code)).toEqual(['aa.user-operation', 'token.transfer-found'])
    expect(report.findings[0].data).toMatchObject({
      entryPoint: ENTRY_POINT,
      sender: account.toLowerCase(),
      nonce: '0',
      paymaster: null,
      success: true,
      transactionHash: bundleHash,
      bundleSucceeded: true,
    })
    expect(BigInt(report.findings[0].data.actualGasCost)).toBeGreaterThan(0n)
    expect(report.findings[1].data).toMatchObject({
      token: { address: token.toLowerCase(), symbol: 'DOC', decimals: 18 },
      from: account.toLowerCase(),
      to: recipient().toLowerCase(),
      amount: parseEther('100').toString(),
      transactionHash: bundleHash,
    })
    expect(code).toBe(0)
  })

  it('a failing operation in a successful bundle: failed, the revert decoded, said plainly, exit 1', async () => {
    const { code, report } = await look(failedHash)
    expect(report.status).toBe('failed')
    expect(report.findings.map((f: { code: string }) => f.code)).toEqual([
      'aa.user-operation',
      'aa.user-operation-failed',
    ])
    expect(report.findings[1]).toMatchObject({
      severity: 'critical',
      data: { errorName: 'ERC20InsufficientBalance', category: 'balance', bundleSucceeded: true },
    })
    expect(report.findings[1].detail).toMatch(/The bundle transaction succeeded, but your operation in it failed/)
    expect(code).toBe(1)
  })

  it('in Japanese, as text', async () => {
    const result = await runCli(['tx', failedHash, ...localOnly(node.url), '--lang', 'ja'])
    expect(result.stdout).toContain(
      'バンドルトランザクションは成功しましたが、その中のあなたのオペレーションは失敗しました',
    )
    expect(result.stdout).toContain('ユーザーオペレーション')
  })

  it('an EntryPoint at another address is searched once the config names it', async () => {
    expect((await look(viaOwnEntryPoint)).report.status).toBe('not-found')
    const dir = mkdtempSync(join(tmpdir(), 'sd-ep-'))
    writeFileSync(join(dir, 'doctor.json'), JSON.stringify({ entryPoints: [ownEntryPoint] }))
    const { code, report } = await look(viaOwnEntryPoint, '--config', join(dir, 'doctor.json'))
    expect(report.subject.kind).toBe('userOperation')
    expect(report.findings[0].data).toMatchObject({ entryPoint: ownEntryPoint.toLowerCase(), success: true })
    expect(code).toBe(0)
  })

  it("a UserOperationEvent an endpoint makes up is not believed: not from an EntryPoint, or not in its transaction's receipt", async () => {
    // The real bundle's block and transaction, so that only the address or the receipt gives it away.
    const bundle = (await node.request('eth_getTransactionReceipt', [bundleHash])) as { blockNumber: Hex }
    const forged = (address: Address) => ({
      address,
      topics: [toEventSelector(userOperationEvent), UNKNOWN_HASH, pad(account.toLowerCase() as Hex), pad('0x00')],
      data: concat([pad('0x00'), pad('0x01'), pad('0x01'), pad('0x01')]),
      blockHash: `0x${'11'.repeat(32)}`,
      blockNumber: bundle.blockNumber,
      transactionHash: bundleHash,
      transactionIndex: '0x0',
      logIndex: '0x0',
      removed: false,
    })
    for (const address of ['0x000000000000000000000000000000000000c0de', ENTRY_POINT] as const) {
      const liar = await startRpcProxy({
        target: node.url,
        rewrite: (call, answer) => {
          const [filter] = (call.params ?? []) as [{ address?: string; topics?: string[] }?]
          const asked = call.method === 'eth_getLogs' && filter?.topics?.[1] === UNKNOWN_HASH
          // Answered to the first EntryPoint asked only: one made-up event, as a lying endpoint would.
          return asked && filter?.address?.toLowerCase() === ENTRY_POINT
            ? { ...answer, result: [forged(address)] }
            : answer
        },
      })
      try {
        const { report } = { report: (await runCli(['tx', UNKNOWN_HASH, ...localOnly(liar.url), '--json'])).json() }
        expect(report.subject.kind, address).toBe('tx')
        expect(report.status, address).toBe('not-found')
      } finally {
        await liar.stop()
      }
    }
  })

  it('a hash that is neither a transaction nor a user operation is still not found', async () => {
    const { code, report } = await look(UNKNOWN_HASH)
    expect(report.subject.kind).toBe('tx')
    expect(report.status).toBe('not-found')
    expect(code).toBe(1)
  })
})
