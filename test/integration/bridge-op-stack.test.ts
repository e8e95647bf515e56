import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseEther, type Address, type Hash, type Hex } from 'viem'
import { devWallet, startAnvil } from '../support/devnode.js'
import { runCli } from '../support/run-cli.js'
import {
  buildOpStackWorld,
  configFor,
  depositEth,
  passTime,
  proposeOutputs,
  proveWithdrawal,
  send,
  sequenceDeposit,
  withdrawEth,
  type OpStackWorld,
  type Withdrawal,
} from '../support/op-stack-world.js'

// OP Stack deposits and withdrawals followed end to end on two anvil nodes (chain ids 900 and
// 901, unknown to the chain registry, so nothing public is asked) with Optimism's own contracts
// (see test/support/op-stack-world.ts). The tool reads the config file's endpoints and routes.

const validateReport = new Ajv2020({ allErrors: true, strict: false }).compile(
  JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')),
)

type Node = Awaited<ReturnType<typeof startAnvil>>
let l1: Node
let l2: Node
let world: OpStackWorld
const dir = mkdtempSync(join(tmpdir(), 'sd-op-stack-'))
const configFile = (name: string, portal: Address, options?: { withL2?: boolean }) => {
  const file = join(dir, `${name}.json`)
  writeFileSync(file, JSON.stringify(configFor(world, portal, options)))
  return file
}

beforeAll(async () => {
  ;[l1, l2] = await Promise.all([
    startAnvil({ chainId: 900 }),
    startAnvil({ chainId: 901, extraArgs: ['--network', 'optimism'] }),
  ])
  world = await buildOpStackWorld(l1, l2)
}, 180_000)
afterAll(async () => {
  await Promise.all([l1?.stop(), l2?.stop()])
})

type Finding = { code: string; severity: string; data: any; title: string; detail: string }
const look = async (hash: Hash, config: string, ...extra: string[]) => {
  const result = await runCli(['tx', hash, '--no-public-rpc', '--config', config, '--json', ...extra])
  const report = result.json()
  expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true)
  const bridge = (report.findings as Finding[]).filter((f) => f.code.startsWith('bridge.'))
  return { code: result.code, report, bridge, codes: bridge.map((f) => f.code) }
}

describe('an OP Stack deposit (OptimismPortal2 3.10.0), followed from its L1 transaction', () => {
  let l1Hash: Hash
  let portalConfig: string
  const amount = parseEther('0.25')

  beforeAll(async () => {
    portalConfig = configFile('portal2', world.portal2)
    l1Hash = await depositEth(world, world.portal2, amount)
  }, 60_000)

  it('before the sequencer includes it: in flight, normal delay and elapsed time, exit 0', async () => {
    const { code, report, codes, bridge } = await look(l1Hash, portalConfig)
    expect(report.status).toBe('confirmed')
    expect(codes).toEqual(['bridge.deposit', 'bridge.in-flight'])
    expect(bridge[0]!.data).toMatchObject({
      protocol: 'op-stack',
      direction: 'deposit',
      sourceChainId: 900,
      destinationChainId: 901,
      amount: amount.toString(),
      native: true,
      recipient: world.user.l1.account.address,
      followed: 'yes',
    })
    expect(bridge[1]).toMatchObject({
      severity: 'info',
      data: { stage: 'sequencer', overdue: false, normalMinSeconds: 60 },
    })
    expect(bridge[1]!.data.elapsedSeconds).toBeGreaterThanOrEqual(0)
    expect(bridge[1]!.detail).toMatch(/sequencer has not included it yet/)
    expect(code).toBe(0)
  }, 60_000)

  it('once the sequencer has it: delivered, with the L2 transaction the L1 log derives, in English and Japanese', async () => {
    const l2Hash = await sequenceDeposit(world, l1Hash)
    const { code, bridge, codes } = await look(l1Hash, portalConfig)
    expect(codes).toEqual(['bridge.deposit', 'bridge.delivered'])
    expect(bridge[0]!.data.messageId).toBe(l2Hash)
    expect(bridge[1]!.data).toMatchObject({ txHash: l2Hash, received: amount.toString(), destinationReverted: false })
    expect(bridge[1]!.detail).toContain(l2Hash)
    expect(code).toBe(0)

    const text = await runCli(['tx', l1Hash, '--no-public-rpc', '--config', portalConfig])
    expect(text.stdout).toContain(l2Hash)
    expect(text.stdout).toContain('Arrived on Chain 901')
    const ja = await runCli(['tx', l1Hash, '--no-public-rpc', '--config', portalConfig, '--lang', 'ja'])
    expect(ja.stdout).toContain('Chain 901 に届きました')
    expect(ja.stdout).toContain(l2Hash)
  }, 90_000)

  it('with no endpoint for the L2: bridge.unknown-destination says which chain and how to add one, exit 1', async () => {
    const onlyL1 = configFile('only-l1', world.portal2, { withL2: false })
    const { code, bridge, codes, report } = await look(l1Hash, onlyL1)
    expect(codes).toEqual(['bridge.deposit', 'bridge.unknown-destination'])
    expect(bridge[0]!.data.followed).toBe('no-endpoint')
    expect(bridge[1]).toMatchObject({ severity: 'warning', data: { destinationChainId: 901 } })
    expect(report.nextSteps.join(' ')).toMatch(/--rpc .*chain 901.*"rpc": \{ "901"/)
    expect(code).toBe(1)
    const ja = await runCli(['tx', l1Hash, '--no-public-rpc', '--config', onlyL1, '--lang', 'ja'])
    expect(ja.stdout).toContain('エンドポイントがありません')
  }, 60_000)
})

describe('an OP Stack withdrawal through the legacy OptimismPortal (L2OutputOracle), from its L2 transaction', () => {
  let hash: Hash
  let blockNumber: bigint
  let withdrawal: Withdrawal
  let legacyConfig: string
  const amount = parseEther('0.5')

  beforeAll(async () => {
    legacyConfig = configFile('legacy', world.legacyPortal)
    ;({ hash, blockNumber, withdrawal } = await withdrawEth(world, amount))
  }, 60_000)

  it('before any output covers its block: in flight, waiting for a state root', async () => {
    const { code, bridge, codes } = await look(hash, legacyConfig)
    expect(codes).toEqual(['bridge.deposit', 'bridge.in-flight'])
    expect(bridge[0]!.data).toMatchObject({
      direction: 'withdrawal',
      sourceChainId: 901,
      destinationChainId: 900,
      amount: amount.toString(),
      recipient: world.user.l1.account.address,
    })
    expect(bridge[1]!.data).toMatchObject({ stage: 'state-root', normalMinSeconds: 604_800 })
    expect(code).toBe(0)
  }, 60_000)

  it('once the proposer covered it: action needed, prove on the portal (no calldata: the proof is built off chain)', async () => {
    await proposeOutputs(world, blockNumber)
    const { code, bridge, codes } = await look(hash, legacyConfig)
    expect(codes).toEqual(['bridge.deposit', 'bridge.action-needed'])
    expect(bridge[1]).toMatchObject({
      severity: 'warning',
      data: { action: 'prove', call: { chainId: 900, contract: world.legacyPortal, calldata: null } },
    })
    expect(bridge[1]!.data.call.function).toMatch(/^proveWithdrawalTransaction\(/)
    expect(code).toBe(1)
  }, 90_000)

  it('proven: in flight through the challenge period', async () => {
    await proveWithdrawal(world, withdrawal, blockNumber)
    const { code, bridge, codes } = await look(hash, legacyConfig)
    expect(codes).toEqual(['bridge.deposit', 'bridge.in-flight'])
    expect(bridge[1]!.data.stage).toBe('challenge-period')
    expect(code).toBe(0)
  }, 60_000)

  it('after the challenge period: finalize, with the exact call; sending that call delivers it', async () => {
    await passTime(world, 604_801)
    const { code, bridge, codes, report } = await look(hash, legacyConfig)
    expect(codes).toEqual(['bridge.deposit', 'bridge.action-needed'])
    const call = bridge[1]!.data.call as { chainId: number; contract: Address; calldata: Hex; function: string }
    expect(call).toMatchObject({ chainId: 900, contract: world.legacyPortal })
    expect(call.function).toBe('finalizeWithdrawalTransaction((uint256,address,address,uint256,uint256,bytes))')
    expect(bridge[1]!.detail).toContain(call.calldata)
    expect(report.nextSteps.join(' ')).toContain(call.calldata)
    expect(code).toBe(1)
    const ja = await runCli(['tx', hash, '--no-public-rpc', '--config', legacyConfig, '--lang', 'ja'])
    expect(ja.stdout).toContain('出金を確定(Finalize)してください')

    // Anyone may send it: another wallet sends exactly what the report says, the user is paid on L1.
    const before = await world.user.l1.getBalance({ address: withdrawal.target })
    await send(devWallet(world.l1.url, 3), { to: call.contract, data: call.calldata })
    expect(await world.user.l1.getBalance({ address: withdrawal.target })).toBe(before + amount)

    const after = await look(hash, legacyConfig)
    expect(after.codes).toEqual(['bridge.deposit', 'bridge.delivered'])
    expect(after.code).toBe(0)
  }, 120_000)
})

describe('an OP Stack withdrawal read at OptimismPortal2 (dispute games)', () => {
  it('with no dispute game yet: in flight, waiting for a state root', async () => {
    const { hash } = await withdrawEth(world, parseEther('0.1'))
    const { bridge, codes } = await look(hash, configFile('portal2-withdrawal', world.portal2))
    expect(codes).toEqual(['bridge.deposit', 'bridge.in-flight'])
    expect(bridge[1]!.data.stage).toBe('state-root')
  }, 60_000)
})
