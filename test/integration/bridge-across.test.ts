import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { encodeAbiParameters, toFunctionSelector } from 'viem'
import { beforeAll, describe, expect, it } from 'vitest'
import { useAnvil } from '../support/anvil-fixture.js'
import {
  AMOUNT,
  buildAcrossWorld,
  depositAcross,
  FEE,
  fillAcross,
  refundAcross,
  type AcrossWorld,
} from '../support/across-world.js'
import { bridgeFindings, traceBridges } from '../support/bridge-findings.js'
import { lieAboutCall, useLiarBeside } from '../support/lies.js'

/**
 * `tx <deposit hash>` on an Across V3 deposit, followed to the destination SpokePool: both pools
 * are the package's own Ethereum_SpokePool on two local chains the registry does not know (900 →
 * 903), their addresses given through the config's `bridges.across`. The relayer's fill and the
 * refund bundle are played by the test with the pool's own functions.
 */
const SOURCE = 900
const DESTINATION = 903
const UNSERVED = 905

const source = useAnvil({ chainId: SOURCE })
const destination = useAnvil({ chainId: DESTINATION })
let world: AcrossWorld
let dir: string

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sd-across-'))
  world = await buildAcrossWorld(source, destination, dir)
}, 120_000)

/** The evidence `tx` saved, read back: the bridges it found, as the rules will see them. */
const traced = (hash: string, urls = [source.url, destination.url]) =>
  traceBridges(hash, { urls, config: world.config, dir })

describe('Across deposits followed to the destination SpokePool', () => {
  it('recognises the deposit from the source pool log: ids, amounts and the relay facts', async () => {
    const deposit = await depositAcross(world)
    const [trace, ...rest] = await traced(deposit.hash)
    expect(rest).toEqual([])
    expect(trace.deposit).toMatchObject({
      protocol: 'across',
      direction: 'deposit',
      sourceChainId: SOURCE,
      destinationChainId: DESTINATION,
      messageId: deposit.relayData.depositId.toString(),
      token: world.source.token.toLowerCase(),
      amount: AMOUNT.toString(),
      sender: world.depositor.account.address.toLowerCase(),
      recipient: world.depositor.account.address.toLowerCase(),
    })
    expect(trace.deposit.details).toMatchObject({
      event: 'FundsDeposited',
      outputAmount: (AMOUNT - FEE).toString(),
      fillDeadline: String(deposit.relayData.fillDeadline),
    })
    expect(trace.sentAt).toMatch(/^\d{4}-\d\d-\d\dT/)
  }, 60_000)

  it('a deposit the relayer filled is delivered, with the fill transaction and what arrived', async () => {
    const deposit = await depositAcross(world)
    const fill = await fillAcross(world, deposit)
    const fillBlock = (await world.relayer.getTransactionReceipt({ hash: fill })).blockNumber
    const traces = await traced(deposit.hash)
    expect(traces[0].outcome).toEqual({
      state: 'delivered',
      txHash: fill,
      blockNumber: fillBlock.toString(),
      amountReceived: (AMOUNT - FEE).toString(),
      // The output token, read on the destination chain: what arrived is in its units.
      receivedToken: { address: world.destination.token.toLowerCase(), symbol: 'BUSD', decimals: 6 },
    })
    // What the user reads: the fill transaction, in both languages, and nothing to act on.
    const said = await bridgeFindings(traces.file)
    expect(said.codes).toEqual(['bridge.deposit', 'bridge.delivered'])
    expect(said.exitCode).toBe(0)
    expect(said.bridge[1]!.data).toMatchObject({ txHash: fill, fee: FEE.toString() })
    expect(said.en).toContain('Arrived on Chain 903')
    expect(said.ja).toContain('Chain 903 に届きました')
    expect(said.ja).toContain(fill)
  }, 60_000)

  it('a deposit nobody filled yet, before its fill deadline, waits for a relayer', async () => {
    const deposit = await depositAcross(world)
    const traces = await traced(deposit.hash)
    expect(traces[0].outcome).toEqual({ state: 'in-flight', stage: 'relayer' })
    const said = await bridgeFindings(traces.file)
    expect(said.codes).toEqual(['bridge.deposit', 'bridge.in-flight'])
    expect(said.exitCode).toBe(0)
  }, 60_000)

  it('a destination chain with no endpoint here is said to be so, not guessed', async () => {
    const deposit = await depositAcross(world, { destinationChainId: UNSERVED })
    const traces = await traced(deposit.hash)
    expect(traces[0].deposit.destinationChainId).toBe(UNSERVED)
    expect(traces[0].outcome).toEqual({ state: 'no-endpoint' })
    const said = await bridgeFindings(traces.file)
    expect(said.codes).toEqual(['bridge.deposit', 'bridge.unknown-destination'])
    expect(said.exitCode).toBe(1)
    expect(said.ja).toContain('Chain 905 を確認できません')
  }, 60_000)

  it('no SpokePool known on the destination: could not tell, and why, in each language', async () => {
    // The same world, but the config names only the source pool: chain 903 answers, with no pool to ask.
    const sourceOnly = join(dir, 'source-only.json')
    writeFileSync(
      sourceOnly,
      JSON.stringify({ bridges: { across: [{ chainId: SOURCE, spokePool: world.source.pool }] } }),
    )
    const deposit = await depositAcross(world)
    const traces = await traceBridges(deposit.hash, { urls: [source.url, destination.url], config: sourceOnly, dir })
    expect(traces[0].outcome).toEqual({ state: 'unreadable', reason: 'no-contract-known' })
    const said = await bridgeFindings(traces.file)
    expect(said.codes).toEqual(['bridge.deposit'])
    expect(said.bridge[0]).toMatchObject({
      severity: 'warning',
      data: { followed: 'could-not-tell', unreadableReason: 'no-contract-known' },
    })
    expect(said.en.replace(/\s+/g, ' ')).toContain('(no contract of this bridge is known on that chain)')
    expect(said.ja.replace(/\s+/g, '')).toContain('(そのチェーンではこのブリッジのコントラクトが分かっていません)')
  }, 60_000)

  it('the destination endpoint left out of the run is likewise no endpoint, even for a filled deposit', async () => {
    const deposit = await depositAcross(world)
    await fillAcross(world, deposit)
    const [trace] = await traced(deposit.hash, [source.url])
    expect(trace.outcome).toEqual({ state: 'no-endpoint' })
  }, 60_000)

  it('past its fill deadline and unfilled: expired, then refunded once the refund leaf pays the depositor', async () => {
    const deposit = await depositAcross(world, { fillDeadlineIn: 120 })
    for (const node of [source, destination]) {
      await node.request('evm_increaseTime', [600])
      await node.request('evm_mine', [])
    }
    const expiredTraces = await traced(deposit.hash)
    const expired = expiredTraces[0]
    expect((await bridgeFindings(expiredTraces.file)).codes).toEqual(['bridge.deposit', 'bridge.expired'])
    expect(expired.outcome).toEqual({
      state: 'expired',
      expiredAt: new Date(deposit.relayData.fillDeadline * 1000).toISOString(),
    })
    // The relayer can no longer fill it: the pool itself refuses.
    await expect(fillAcross(world, deposit)).rejects.toThrow()

    const refund = await refundAcross(world, deposit)
    const refundBlock = (await world.depositor.getTransactionReceipt({ hash: refund })).blockNumber
    const refundedTraces = await traced(deposit.hash)
    expect(refundedTraces[0].outcome).toEqual({
      state: 'refunded',
      txHash: refund,
      blockNumber: refundBlock.toString(),
    })
    const said = await bridgeFindings(refundedTraces.file)
    expect(said.codes).toEqual(['bridge.deposit', 'bridge.refunded'])
    expect(said.ja).toContain('Chain 900 で返金されました')
  }, 90_000)
})

describe("whether it arrived is not taken on one destination endpoint's word", () => {
  // A lying destination endpoint: every answer forwarded from the real node, except the pool's fill
  // status, which it says is Filled (2) — "delivered" for a deposit no relayer has touched.
  const fillStatuses = toFunctionSelector('function fillStatuses(bytes32)')
  const filled = encodeAbiParameters([{ type: 'uint256' }], [2n])
  const { liar, honest: second } = useLiarBeside(() => destination.url, lieAboutCall(fillStatuses, filled))

  it('two honest endpoints, each asked on its own: they agree, in flight', async () => {
    const deposit = await depositAcross(world)
    const traces = await traced(deposit.hash, [source.url, destination.url, second().url])
    const inFlight = { state: 'in-flight', stage: 'relayer' }
    expect(traces[0].destinationReadings).toEqual([
      { endpoint: destination.url, head: expect.stringMatching(/^\d+$/), outcome: inFlight },
      { endpoint: second().url, head: expect.stringMatching(/^\d+$/), outcome: inFlight },
    ])
    const said = await bridgeFindings(traces.file)
    expect(said.codes).toEqual(['bridge.deposit', 'bridge.in-flight'])
    expect(said.findings.map((f) => f.code)).not.toContain('rpc.disagreement')
  }, 60_000)

  it('one says it was filled: could not tell, whichever is listed first, and both are named', async () => {
    const deposit = await depositAcross(world)
    for (const order of [
      [destination.url, liar().url],
      [liar().url, destination.url],
    ]) {
      const traces = await traced(deposit.hash, [source.url, ...order])
      expect(traces[0].destinationReadings).toHaveLength(2)
      const said = await bridgeFindings(traces.file)
      expect(said.codes).toEqual(['bridge.deposit'])
      expect(said.bridge[0]).toMatchObject({
        severity: 'warning',
        data: { followed: 'could-not-tell', unreadableReason: 'endpoints-disagree' },
      })
      const disagreement = said.findings.find((f) => f.code === 'rpc.disagreement')
      expect(disagreement).toMatchObject({ severity: 'warning', data: { chainId: DESTINATION, fact: 'bridge' } })
      expect((disagreement?.data.answers as { endpoint: string; said: string }[]).map((a) => a.said).sort()).toEqual([
        'delivered',
        'in flight (relayer)',
      ])
      expect(said.en.replace(/\s+/g, ' ')).toContain('its endpoints do not say the same when each is asked on its own')
      expect(said.ja).toContain('ブリッジ送金が届いたかどうか')
    }
  }, 60_000)
})
