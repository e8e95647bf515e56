import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { encodeFunctionData, parseAbi, parseEther, toHex, type Address, type Hash } from 'viem'
import { useAnvil } from '../support/anvil-fixture.js'
import { buildArbitrumWorld, type ArbitrumWorld, type Withdrawal } from '../support/arbitrum-world.js'
import { bridgeFindings, traceBridges } from '../support/bridge-findings.js'
import { deployToken } from '../support/contracts.js'
import { devWallet } from '../support/devnode.js'
import { deployTokenGateway } from '../support/arbitrum-token-gateway.js'

/**
 * `tx` on an Arbitrum (L2) transaction that withdrew through ArbSys follows the withdrawal to the
 * L1 Outbox: in flight until a confirmed send root covers it, then the user's claim
 * (`executeTransaction`) with every argument the chain knows, then delivered once executed.
 *
 * What is real and what is played (test/support/arbitrum-world.ts says it in full): on the L1 node,
 * @arbitrum/nitro-contracts' own Bridge and Outbox, unmodified, behind proxies; the rollup's
 * confirmation is the Outbox's real `updateSendRoot`, called by the account the Bridge names as its
 * rollup, with the real root of the send; the claim is the real `executeTransaction`. On the L2
 * node ArbOS cannot run: ArbSys at 0x…64 is a stand-in implementing the package's `ArbSys`
 * interface that logs L2ToL1Tx as ArbOS does. Chains 900 (L1) and 902 (L2) are not in the
 * registry: the config names them.
 */
const l1 = useAnvil({ chainId: 900 })
const l2 = useAnvil({ chainId: 902 })
let world: ArbitrumWorld
let config: string
let dir: string
let eth: Withdrawal
let proof: Hash[] = []
let l1Recipient: Address
let tokenBridge: { router: Address; gateway: Address }
let noRouterConfig: string
let l1Token: Address
/** The L2 gateway's call to its L1 gateway: 1.234567 of the L1 token from the user to the L1 recipient. */
const finalizeCall = () =>
  encodeFunctionData({
    abi: parseAbi(['function finalizeInboundTransfer(address,address,address,uint256,bytes)']),
    functionName: 'finalizeInboundTransfer',
    args: [l1Token, world.user, l1Recipient, 1_234_567n, '0x'],
  })

const trace = (hash: string, urls = [l1.url, l2.url]) => traceBridges(hash, { urls, config, dir })

beforeAll(async () => {
  world = await buildArbitrumWorld(l1, l2)
  dir = mkdtempSync(join(tmpdir(), 'sd-arb-wd-'))
  // Arbitrum's real L1 token bridge (router and standard gateway), its L2 counterpart played by the
  // user's account: the L2 gateway's sends are the user's sends through ArbSys.
  tokenBridge = await deployTokenGateway(devWallet(l1.url, 0), { inbox: world.inbox, l2Counterpart: world.user })
  config = join(dir, 'doctor.json')
  const route = { ...world.routes.arbitrum[0]!, gatewayRouter: tokenBridge.router }
  writeFileSync(config, JSON.stringify({ bridges: { arbitrum: [route] } }))
  noRouterConfig = join(dir, 'no-router.json')
  writeFileSync(noRouterConfig, JSON.stringify({ bridges: world.routes }))
  // The Bridge holds what L1 users deposited: the ETH a withdrawal releases comes from there.
  await world.ethDeposit(parseEther('2'))
  l1Recipient = devWallet(l1.url, 6).account.address
  eth = await world.withdraw({ value: parseEther('0.3'), destination: l1Recipient })
}, 180_000)

describe('Arbitrum withdrawals (L2→L1), followed from the L2 transaction to the L1 Outbox', () => {
  it('just sent: recognised from ArbSys L2ToL1Tx, in flight until a send root covering it is confirmed', async () => {
    expect(eth.position).toBe(0n)
    const bridges = await trace(eth.l2Tx)
    expect(bridges).toHaveLength(1)
    expect(bridges[0].deposit).toMatchObject({
      protocol: 'arbitrum',
      direction: 'withdrawal',
      sourceChainId: 902,
      destinationChainId: 900,
      messageId: toHex(eth.hash, { size: 32 }),
      token: null,
      amount: parseEther('0.3').toString(),
      recipient: l1Recipient.toLowerCase(),
      details: {
        kind: 'withdrawal',
        outbox: world.outbox.toLowerCase(),
        position: '0',
        arbBlockNum: eth.arbBlockNum.toString(),
        ethBlockNum: eth.ethBlockNum.toString(),
      },
    })
    expect(bridges[0].outcome).toEqual({ state: 'in-flight', stage: 'confirmation' })
    const said = await bridgeFindings(bridges.file)
    expect(said.codes).toEqual(['bridge.deposit', 'bridge.in-flight'])
    expect(said.exitCode).toBe(0)
    expect(said.en).toContain('has not yet confirmed a send root')
    expect(said.ja).toContain('送信ルート')
  }, 60_000)

  it('no L1 endpoint: nothing is guessed', async () => {
    const bridges = await trace(eth.l2Tx, [l2.url])
    expect(bridges[0].outcome).toEqual({ state: 'no-endpoint' })
    const said = await bridgeFindings(bridges.file)
    expect(said.codes).toEqual(['bridge.deposit', 'bridge.unknown-destination'])
    expect(said.ja).toContain('Chain 900 を確認できません')
  }, 60_000)

  it('confirmed: the rollup posted a send root covering it; the claim is executeTransaction with every known argument', async () => {
    const confirmed = await world.confirmSendRoot(eth)
    const root = confirmed.root
    proof = confirmed.proof
    expect(root).toMatch(/^0x[0-9a-f]{64}$/)
    const bridges = await trace(eth.l2Tx)
    const args = [
      { name: 'index', value: '0' },
      { name: 'l2Sender', value: eth.caller.toLowerCase() },
      { name: 'to', value: l1Recipient.toLowerCase() },
      { name: 'l2Block', value: eth.arbBlockNum.toString() },
      { name: 'l1Block', value: eth.ethBlockNum.toString() },
      { name: 'l2Timestamp', value: eth.timestamp.toString() },
      { name: 'value', value: parseEther('0.3').toString() },
      { name: 'data', value: '0x' },
    ]
    expect(bridges[0].outcome).toEqual({
      state: 'action-needed',
      action: 'finalize',
      call: null,
      target: {
        chainId: 900,
        to: world.outbox.toLowerCase(),
        function: 'executeTransaction(bytes32[],uint256,address,address,uint256,uint256,uint256,uint256,bytes)',
        args,
      },
      proofFrom: {
        chainId: 902,
        to: '0x00000000000000000000000000000000000000c8',
        function: 'constructOutboxProof(uint64,uint64)',
        args: [{ name: 'leaf', value: '0' }],
      },
      expiresAt: null,
    })
    const said = await bridgeFindings(bridges.file)
    expect(said.codes).toEqual(['bridge.deposit', 'bridge.action-needed'])
    expect(said.exitCode).toBe(1)
    expect(said.bridge[1]!.data).toMatchObject({ call: { arguments: args, calldata: null }, expiresAt: null })
    for (const text of [said.en, said.ja]) {
      const flat = text.replace(/\s+/g, '')
      expect(flat).toContain(
        'executeTransaction(bytes32[],uint256,address,address,uint256,uint256,uint256,uint256,bytes)',
      )
      expect(flat).toContain('constructOutboxProof(uint64,uint64)')
      expect(flat).toContain(`l2Block=${eth.arbBlockNum}`)
      expect(flat).toContain(`l2Timestamp=${eth.timestamp}`)
      expect(flat.toLowerCase()).toContain(world.outbox.toLowerCase())
    }
    expect(said.en).toContain('no deadline')
    expect(said.en).toContain('Action needed: claim the withdrawal')
    expect(said.ja).toContain('出金を受け取って(Claim)ください')
  }, 60_000)

  it("a later withdrawal (a token through the token's gateway) is not covered by the older root: in flight, the L1 token read on L1", async () => {
    // An OpenZeppelin ERC-20 on the L1 only: its symbol and decimals are there, not on the L2 the transaction is on.
    l1Token = (
      await deployToken(devWallet(l1.url), { name: 'Bridged Coin', symbol: 'BRC', decimals: 6, supply: 10n ** 12n })
    ).toLowerCase() as Address
    const token = await world.withdraw({ value: 0n, destination: tokenBridge.gateway, data: finalizeCall() })
    const bridges = await trace(token.l2Tx)
    expect(bridges[0].deposit).toMatchObject({
      direction: 'withdrawal',
      token: l1Token,
      amount: '1234567',
      sender: world.user.toLowerCase(),
      recipient: l1Recipient.toLowerCase(),
      details: { position: '1', destination: tokenBridge.gateway.toLowerCase() },
    })
    expect(bridges[0].outcome).toEqual({ state: 'in-flight', stage: 'confirmation' })
    expect(bridges[0].token).toMatchObject({ address: l1Token, symbol: 'BRC', decimals: 6 })
    // The real router names the real gateway for the token, and that gateway names the sender as its counterpart.
    expect(bridges[0].gateway).toEqual({
      router: tokenBridge.router.toLowerCase(),
      l1Gateway: tokenBridge.gateway.toLowerCase(),
      l2Gateway: world.user.toLowerCase(),
      readings: [
        { endpoint: l1.url, routerGateway: tokenBridge.gateway.toLowerCase(), counterpart: world.user.toLowerCase() },
      ],
    })
    const said = await bridgeFindings(bridges.file)
    expect(said.bridge[0]).toMatchObject({
      severity: 'info',
      data: { gateway: 'checked', token: { address: l1Token, symbol: 'BRC', decimals: 6 } },
    })
    expect(said.en).toContain('1.234567 BRC')
    expect(said.en).not.toContain('could not be checked')
  }, 60_000)

  describe("a message whose call reads like a token transfer, not between the token's gateways", () => {
    const expectNoTokens = async (l2Tx: Hash, destination: Address, sender: Address) => {
      const bridges = await trace(l2Tx)
      const said = await bridgeFindings(bridges.file)
      expect(said.bridge[0]).toMatchObject({
        severity: 'warning',
        data: {
          gateway: 'not-the-gateway',
          native: true,
          amount: '0',
          sender: sender.toLowerCase(),
          recipient: destination.toLowerCase(),
        },
      })
      expect(said.en).not.toContain('BRC')
      expect(said.en.replace(/\s+/g, ' ')).toContain('no tokens move with it')
      expect(said.ja.replace(/\s+/g, '')).toContain('トークンは移動せず')
      return bridges
    }

    it('sent to another L1 address than the gateway the router names for the token: no tokens move', async () => {
      const forged = '0x00000000000000000000000000000000000000a2'
      const sent = await world.withdraw({ value: 0n, destination: forged, data: finalizeCall() })
      const bridges = await expectNoTokens(sent.l2Tx, forged, world.user)
      // The address holds no code: it answers as no gateway at all.
      expect(bridges[0].gateway.readings).toEqual([
        { endpoint: l1.url, routerGateway: tokenBridge.gateway.toLowerCase(), counterpart: null },
      ])
    }, 60_000)

    it("sent to the token's real gateway by an L2 account that is not its counterpart: no tokens move", async () => {
      const stranger = devWallet(l2.url, 3).account.address
      const sent = await world.withdraw({
        value: 0n,
        destination: tokenBridge.gateway,
        data: finalizeCall(),
        sender: 3,
      })
      const bridges = await expectNoTokens(sent.l2Tx, tokenBridge.gateway, stranger)
      expect(bridges[0].gateway).toMatchObject({
        readings: [{ counterpart: world.user.toLowerCase() }],
        l2Gateway: stranger.toLowerCase(),
      })
    }, 60_000)
  })

  it('with no gateway router known for the route: the transfer as the call says it, said to be unchecked', async () => {
    const sent = await world.withdraw({ value: 0n, destination: tokenBridge.gateway, data: finalizeCall() })
    const bridges = await traceBridges(sent.l2Tx, { urls: [l1.url, l2.url], config: noRouterConfig, dir })
    expect(bridges[0].gateway).toBeUndefined()
    const said = await bridgeFindings(bridges.file)
    expect(said.bridge[0]).toMatchObject({ severity: 'info', data: { gateway: 'unchecked', amount: '1234567' } })
    expect(said.en).toContain('1.234567 BRC')
    expect(said.en.replace(/\s+/g, ' ')).toContain("could not be checked against the bridge's gateway router")
  }, 60_000)

  it('executed: the real executeTransaction paid it out; delivered, with the L1 transaction and block', async () => {
    const before = BigInt(await l1.request('eth_getBalance', [l1Recipient, 'latest']))
    const receipt = await world.executeWithdrawal(eth, proof)
    expect(BigInt(await l1.request('eth_getBalance', [l1Recipient, 'latest'])) - before).toBe(parseEther('0.3'))
    const bridges = await trace(eth.l2Tx)
    expect(bridges[0].outcome).toEqual({
      state: 'delivered',
      txHash: receipt.transactionHash,
      blockNumber: receipt.blockNumber.toString(),
      amountReceived: parseEther('0.3').toString(),
    })
    const said = await bridgeFindings(bridges.file)
    expect(said.codes).toEqual(['bridge.deposit', 'bridge.delivered'])
    expect(said.exitCode).toBe(0)
    expect(said.en).toContain(receipt.transactionHash)
    expect(said.ja).toContain(receipt.transactionHash)
  }, 60_000)
})
