import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  encodeAbiParameters,
  encodeFunctionData,
  parseAbi,
  parseEther,
  toFunctionSelector,
  type Address,
  type Hash,
} from 'viem'
import { useAnvil } from '../support/anvil-fixture.js'
import { ARB_RETRYABLE_TX, buildArbitrumWorld, type ArbitrumWorld, type Ticket } from '../support/arbitrum-world.js'
import { localOnly, runCli } from '../support/run-cli.js'
import { bridgeFindings } from '../support/bridge-findings.js'
import { deployTokenGateway } from '../support/arbitrum-token-gateway.js'
import { deployToken } from '../support/contracts.js'
import { devWallet } from '../support/devnode.js'
import { lieAboutCall, useLiarBeside } from '../support/lies.js'

/**
 * `tx` on an L1 transaction that submitted an Arbitrum retryable ticket follows the ticket to the L2.
 *
 * What is real and what is played (test/support/arbitrum-world.ts says it in full): on the L1 node,
 * @arbitrum/nitro-contracts' own Bridge, Inbox and Outbox, unmodified, behind proxies, and the user's
 * ticket is a real `Inbox.createRetryableTicket`. On the L2 node, ArbOS cannot run (it is not EVM
 * code, and nothing on npm implements it): its retryable precompile at 0x…6E is a stand-in contract
 * implementing the package's `ArbRetryableTx` interface, and ArbOS's own steps (the ticket's
 * creation, the auto-redeem, deleting a redeemed ticket) are played by the test with that stand-in
 * and a transaction from the aliased L1 sender. The ticket id the test plays ArbOS with is computed by
 * the tool's own function, which test/unit/bridge-arbitrum-decode.test.ts checks against a real
 * Arbitrum One ticket. Chains 900 (L1) and 902 (L2) are not in the registry: the config names them.
 */
const l1 = useAnvil({ chainId: 900 })
const l2 = useAnvil({ chainId: 902 })
let world: ArbitrumWorld
let configFile: string
const tickets: Record<'delivered' | 'actionNeeded' | 'inFlight' | 'expired' | 'cancelled', Ticket> = {} as never
const retries: Partial<Record<keyof typeof tickets, Hash>> = {}
let tokenBridge: { router: Address; gateway: Address }
/** The L2 gateway the L1 gateway answers to: an address of the test's, the L2 side is not deployed. */
const L2_GATEWAY: Address = '0x00000000000000000000000000000000000042c1'

beforeAll(async () => {
  world = await buildArbitrumWorld(l1, l2)
  const dir = mkdtempSync(join(tmpdir(), 'sd-arb-'))
  configFile = join(dir, 'doctor.json')
  // Arbitrum's real L1 token bridge (router and standard gateway) on the same Inbox; its L2 side is never reached.
  tokenBridge = await deployTokenGateway(devWallet(l1.url, 0), { inbox: world.inbox, l2Counterpart: L2_GATEWAY })
  const route = { ...world.routes.arbitrum[0]!, gatewayRouter: tokenBridge.router }
  writeFileSync(configFile, JSON.stringify({ bridges: { arbitrum: [route] } }))

  tickets.delivered = await world.valueTicket()
  retries.delivered = (await world.playArbos(tickets.delivered)).retryTx
  tickets.actionNeeded = await world.failingTicket()
  retries.actionNeeded = (await world.playArbos(tickets.actionNeeded)).retryTx
  tickets.cancelled = await world.failingTicket()
  await world.playArbos(tickets.cancelled)
  await world.cancelAsBeneficiary(tickets.cancelled)
  tickets.expired = await world.failingTicket()
  await world.playArbos(tickets.expired)
  tickets.inFlight = await world.valueTicket()
}, 180_000)

type Trace = { deposit: Record<string, any>; sentAt: string | null; outcome: Record<string, any> }

/** The tool on the L1 transaction, through the given nodes only; the evidence file's bridge traces. */
async function follow(ticket: Ticket, urls: string[] = [l1.url, l2.url]) {
  const dir = mkdtempSync(join(tmpdir(), 'sd-arb-ev-'))
  const file = join(dir, 'evidence.json')
  const result = await runCli([
    'tx',
    ticket.l1Tx,
    ...localOnly(...urls),
    '--config',
    configFile,
    '--json',
    '--evidence-out',
    file,
  ])
  const evidence = JSON.parse(readFileSync(file, 'utf8')) as { bridges?: Trace[] }
  return { result, bridges: evidence.bridges ?? [], file }
}

describe('Arbitrum retryable tickets, followed from the L1 transaction', () => {
  it('recognises the ticket from the real Inbox and Bridge logs, with the id ArbOS gives it', async () => {
    const { bridges } = await follow(tickets.delivered)
    expect(bridges).toHaveLength(1)
    expect(bridges[0]!.deposit).toMatchObject({
      protocol: 'arbitrum',
      direction: 'deposit',
      sourceChainId: 900,
      destinationChainId: 902,
      messageId: tickets.delivered.ticketId,
      token: null,
      amount: (250n * 10n ** 15n).toString(),
      recipient: world.recipient.toLowerCase(),
      details: {
        kind: 'retryable',
        to: world.recipient.toLowerCase(),
        l2CallValue: (250n * 10n ** 15n).toString(),
        gasLimit: '300000',
      },
    })
    expect(bridges[0]!.deposit['details'].messageNumber).toMatch(/^\d+$/)
  }, 60_000)

  it('delivered: the auto-redeem succeeded, and the outcome names the L2 transaction that ran the call', async () => {
    const { bridges, file } = await follow(tickets.delivered)
    expect(bridges[0]!.outcome).toMatchObject({ state: 'delivered', txHash: retries.delivered })
    const said = await bridgeFindings(file)
    expect(said.codes).toEqual(['bridge.deposit', 'bridge.delivered'])
    expect(said.exitCode).toBe(0)
    expect(said.ja).toContain(retries.delivered)
  }, 60_000)

  it('action needed: the auto-redeem failed and the ticket is alive: redeem(ticketId) on the precompile, before its timeout', async () => {
    const { bridges, file } = await follow(tickets.actionNeeded)
    // The played auto-redeem really failed on the L2 (the token transfer reverted).
    expect((await l2.request('eth_getTransactionReceipt', [retries.actionNeeded])).status).toBe('0x0')
    const timeout = await l2.request('eth_call', [
      {
        to: ARB_RETRYABLE_TX,
        data: encodeFunctionData({
          abi: parseAbi(['function getTimeout(bytes32) view returns (uint256)']),
          functionName: 'getTimeout',
          args: [tickets.actionNeeded.ticketId],
        }),
      },
      'latest',
    ])
    expect(bridges[0]!.outcome).toEqual({
      state: 'action-needed',
      action: 'redeem',
      call: {
        chainId: 902,
        to: ARB_RETRYABLE_TX.toLowerCase(),
        data: encodeFunctionData({
          abi: parseAbi(['function redeem(bytes32) returns (bytes32)']),
          functionName: 'redeem',
          args: [tickets.actionNeeded.ticketId],
        }),
        function: 'redeem(bytes32)',
      },
      expiresAt: new Date(Number(BigInt(timeout)) * 1000).toISOString(),
    })
    // The user reads the exact call, where, and the expiry, in both languages.
    const said = await bridgeFindings(file)
    expect(said.codes).toEqual(['bridge.deposit', 'bridge.action-needed'])
    expect(said.exitCode).toBe(1)
    const calldata = (bridges[0]!.outcome['call'] as { data: string }).data
    for (const text of [said.en, said.ja]) {
      expect(text.replace(/\s+/g, '')).toContain(calldata)
      expect(text).toContain('redeem(bytes32)')
    }
    expect(said.en).toContain('Action needed: redeem the retryable ticket')
  }, 60_000)

  it('refunded: the beneficiary cancelled the ticket with the precompile', async () => {
    const { bridges, file } = await follow(tickets.cancelled)
    expect(bridges[0]!.outcome).toMatchObject({ state: 'refunded' })
    expect((await bridgeFindings(file)).codes).toEqual(['bridge.deposit', 'bridge.refunded'])
    expect(bridges[0]!.outcome['txHash']).toMatch(/^0x[0-9a-f]{64}$/)
  }, 60_000)

  it('in flight: the L2 has not created the ticket yet', async () => {
    const { bridges, file } = await follow(tickets.inFlight)
    expect(bridges[0]!.outcome).toEqual({ state: 'in-flight', stage: 'sequencer' })
    const said = await bridgeFindings(file)
    expect(said.codes).toEqual(['bridge.deposit', 'bridge.in-flight'])
    expect(said.exitCode).toBe(0)
  }, 60_000)

  it('no endpoint: without an L2 endpoint nothing is guessed', async () => {
    const { bridges, file } = await follow(tickets.inFlight, [l1.url])
    expect(bridges[0]!.deposit['messageId']).toBe(tickets.inFlight.ticketId)
    expect(bridges[0]!.outcome).toEqual({ state: 'no-endpoint' })
    const said = await bridgeFindings(file)
    expect(said.codes).toEqual(['bridge.deposit', 'bridge.unknown-destination'])
    expect(said.ja).toContain('Chain 902 を確認できません')
  }, 60_000)

  it('an ETH deposit (depositEth): recognised with the L2 deposit transaction hash, in flight until ArbOS makes it', async () => {
    // ArbOS's deposit transaction cannot be played on anvil (no transaction can have its derived hash),
    // so only the side before it is shown here; the hash itself is checked against a real one in the unit test.
    const l1Tx = await world.ethDeposit(parseEther('0.5'))
    const { bridges } = await follow({ ...tickets.inFlight, l1Tx })
    expect(bridges).toHaveLength(1)
    expect(bridges[0]!.deposit).toMatchObject({
      protocol: 'arbitrum',
      destinationChainId: 902,
      token: null,
      amount: parseEther('0.5').toString(),
      recipient: world.user.toLowerCase(),
      details: { kind: 'eth-deposit' },
    })
    expect(bridges[0]!.deposit['messageId']).toMatch(/^0x[0-9a-f]{64}$/)
    expect(bridges[0]!.outcome).toEqual({ state: 'in-flight', stage: 'sequencer' })
  }, 60_000)

  it('the evidence file replays offline to the same report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-arb-replay-'))
    const file = join(dir, 'evidence.json')
    const args = ['--config', configFile, '--json']
    const live = await runCli([
      'tx',
      tickets.actionNeeded.l1Tx,
      ...localOnly(l1.url, l2.url),
      ...args,
      '--evidence-out',
      file,
    ])
    const replay = await runCli(['tx', '--from-evidence', file, '--no-public-rpc', ...args])
    expect(replay.code).toBe(live.code)
    const strip = (r: Record<string, unknown>) => ({ ...r, checkedAt: undefined })
    expect(strip(replay.json())).toEqual(strip(live.json()))
    expect(JSON.parse(readFileSync(file, 'utf8')).bridges[0].outcome.state).toBe('action-needed')
  }, 60_000)

  // Last: it moves the L2's clock past every ticket's lifetime.
  it('expired: a ticket past its lifetime without a successful redeem', async () => {
    const before = await follow(tickets.expired)
    expect(before.bridges[0]!.outcome['state']).toBe('action-needed')
    await l2.request('evm_increaseTime', [Number(world.lifetime) + 3600])
    await l2.request('evm_mine', [])
    const { bridges, file } = await follow(tickets.expired)
    expect(bridges[0]!.outcome).toEqual({ state: 'expired', expiredAt: before.bridges[0]!.outcome['expiresAt'] })
    const said = await bridgeFindings(file)
    expect(said.codes).toEqual(['bridge.deposit', 'bridge.expired'])
    expect(said.ja).toContain('この送金はもう完了できません')
  }, 60_000)
})

describe("a token deposit: a gateway ticket, checked against the bridge's gateway router on L1", () => {
  const gatewayAbi = parseAbi([
    'function outboundTransfer(address token, address to, uint256 amount, uint256 maxGas, uint256 gasPriceBid, bytes data) payable returns (bytes)',
  ])
  let l1Token: Address
  const l2Recipient: Address = '0x00000000000000000000000000000000000042d1'
  beforeAll(async () => {
    l1Token = (
      await deployToken(devWallet(l1.url, 1), { name: 'Gateway Coin', symbol: 'GWC', decimals: 6, supply: 10n ** 12n })
    ).toLowerCase() as Address
  }, 60_000)

  /** The user's real token deposit: approve the gateway, then the router's outboundTransfer. */
  async function depositThroughGateway(): Promise<Hash> {
    const user = devWallet(l1.url, 1)
    const approve = await user.writeContract({
      address: l1Token,
      abi: parseAbi(['function approve(address,uint256) returns (bool)']),
      functionName: 'approve',
      args: [tokenBridge.gateway, 10n ** 12n],
      chain: null,
    })
    await user.waitForTransactionReceipt({ hash: approve, pollingInterval: 20 })
    const maxSubmissionCost = parseEther('0.01')
    const [maxGas, gasPriceBid] = [300_000n, 1_000_000_000n]
    const l1Tx = await user.writeContract({
      address: tokenBridge.router,
      abi: gatewayAbi,
      functionName: 'outboundTransfer',
      args: [
        l1Token,
        l2Recipient,
        2_500_000n,
        maxGas,
        gasPriceBid,
        encodeAbiParameters([{ type: 'uint256' }, { type: 'bytes' }], [maxSubmissionCost, '0x']),
      ],
      value: maxSubmissionCost + maxGas * gasPriceBid,
      chain: null,
    })
    expect((await user.waitForTransactionReceipt({ hash: l1Tx, pollingInterval: 20 })).status).toBe('success')
    return l1Tx
  }

  it("through the token's gateway (the router's real outboundTransfer): the token, checked", async () => {
    const l1Tx = await depositThroughGateway()
    const { bridges, file } = await follow({ l1Tx } as Ticket)
    expect(bridges[0]!.deposit).toMatchObject({
      token: l1Token,
      amount: '2500000',
      recipient: l2Recipient,
      details: { to: L2_GATEWAY },
    })
    expect((bridges[0] as Trace & { gateway?: unknown }).gateway).toEqual({
      router: tokenBridge.router.toLowerCase(),
      l1Gateway: tokenBridge.gateway.toLowerCase(),
      l2Gateway: L2_GATEWAY,
      readings: [{ endpoint: l1.url, routerGateway: tokenBridge.gateway.toLowerCase(), counterpart: L2_GATEWAY }],
    })
    const said = await bridgeFindings(file)
    expect(said.bridge[0]).toMatchObject({ severity: 'info', data: { gateway: 'checked', amount: '2500000' } })
    expect(said.en).toContain('2.5 GWC')
  }, 60_000)

  it('a ticket the user wrote with the same call, straight to the Inbox: not the gateway, no tokens', async () => {
    const data = encodeFunctionData({
      abi: parseAbi(['function finalizeInboundTransfer(address,address,address,uint256,bytes)']),
      functionName: 'finalizeInboundTransfer',
      args: [l1Token, world.user, l2Recipient, 2_500_000n, '0x'],
    })
    const forged = await world.submitTicket(L2_GATEWAY, 0n, data)
    const { bridges, file } = await follow(forged)
    expect((bridges[0] as Trace & { gateway?: { l1Gateway: string } }).gateway?.l1Gateway).toBe(
      world.user.toLowerCase(),
    )
    const said = await bridgeFindings(file)
    expect(said.bridge[0]).toMatchObject({
      severity: 'warning',
      data: { gateway: 'not-the-gateway', native: true, amount: '0', recipient: L2_GATEWAY },
    })
    expect(said.en).not.toContain('GWC')
    expect(said.en.replace(/\s+/g, ' ')).toContain('no tokens move with it')
  }, 60_000)
  describe('L1 endpoints that answer the gateway reads differently', () => {
    // A lying L1 endpoint: every answer forwarded from the real node, except the router's getGateway,
    // which names another gateway — the lie that would make a real deposit look forged.
    const getGateway = toFunctionSelector('function getGateway(address)')
    const forgedGateway = encodeAbiParameters([{ type: 'address' }], ['0x00000000000000000000000000000000000000a2'])
    const { liar, honest: honestProxy } = useLiarBeside(() => l1.url, lieAboutCall(getGateway, forgedGateway))

    it('one honest, one lying: no majority, so the transfer is unchecked — never "not the gateway" — and both are named', async () => {
      const l1Tx = await depositThroughGateway()
      const { result, bridges, file } = await follow({ l1Tx } as Ticket, [l1.url, liar().url, l2.url])
      expect(result.code).not.toBe(3)
      expect((bridges[0] as Trace & { gateway: { readings: unknown[] } }).gateway.readings).toHaveLength(2)
      const said = await bridgeFindings(file)
      expect(said.bridge[0]).toMatchObject({ severity: 'info', data: { gateway: 'unchecked', amount: '2500000' } })
      const disagreement = said.findings.find((f) => f.code === 'rpc.disagreement')
      expect(disagreement).toMatchObject({
        severity: 'warning',
        data: { chainId: 900, fact: 'gateway', majority: false },
      })
      expect((disagreement?.data.answers as { endpoint: string }[]).map((a) => a.endpoint).sort()).toEqual(
        [l1.url, liar().url].sort(),
      )
      expect(said.en).toContain("Endpoints disagree about the bridge's token gateway")
      expect(said.ja).toContain('トークンゲートウェイ')
    }, 60_000)

    it('two honest, one lying: the majority stands (checked), and the disagreement is named', async () => {
      const l1Tx = await depositThroughGateway()
      const { file } = await follow({ l1Tx } as Ticket, [l1.url, liar().url, honestProxy().url, l2.url])
      const said = await bridgeFindings(file)
      expect(said.bridge[0]).toMatchObject({ data: { gateway: 'checked' } })
      expect(said.findings.find((f) => f.code === 'rpc.disagreement')).toMatchObject({
        severity: 'warning',
        data: { fact: 'gateway', majority: true },
      })
    }, 60_000)
  })
})
