import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { keccak256, toHex, type Hex } from 'viem'
import { useAnvil } from '../support/anvil-fixture.js'
import {
  AMOUNT,
  attestedV2,
  buildCctpWorld,
  burnV1,
  burnV2,
  receiveV1,
  receiveV2,
  type CctpWorld,
} from '../support/cctp-world.js'
import { bridgeFindings, traceBridges } from '../support/bridge-findings.js'

/**
 * `tx <burn hash>` on a CCTP v1 burn, followed to the destination MessageTransmitter: Circle's
 * contracts compiled from their published source on two local chains the registry does not know
 * (900 → 903, domains 100 → 103), their addresses given through the config's `bridges.cctp`. The
 * test signs the attestation as Circle's attester would and calls `receiveMessage` itself.
 */
const SOURCE = 900
const DESTINATION = 903
const domains = { source: 100, destination: 103, unserved: { chainId: 905, domain: 105 } }

const source = useAnvil({ chainId: SOURCE })
const destination = useAnvil({ chainId: DESTINATION })
let world: CctpWorld
let dir: string

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sd-cctp-'))
  world = await buildCctpWorld(source, destination, domains, dir)
}, 300_000)

const traced = (hash: string, urls = [source.url, destination.url]) =>
  traceBridges(hash, { urls, config: world.config, dir })

/** Lets the source chain's clock run on: the attestation delay is judged on it. */
async function passOnSource(seconds: number) {
  await source.request('evm_increaseTime', [seconds])
  await source.request('evm_mine', [])
}

describe('CCTP v1 burns followed to the destination MessageTransmitter', () => {
  it('recognises the burn and carries the message bytes, its hash and the domains', async () => {
    const burn = await burnV1(world)
    const [trace, ...rest] = await traced(burn.hash)
    expect(rest).toEqual([])
    expect(trace.deposit).toMatchObject({
      protocol: 'cctp',
      direction: 'deposit',
      sourceChainId: SOURCE,
      destinationChainId: DESTINATION,
      messageId: burn.nonce.toString(),
      token: world.source.token.toLowerCase(),
      amount: AMOUNT.toString(),
      sender: world.depositor.account.address.toLowerCase(),
      recipient: world.depositor.account.address.toLowerCase(),
    })
    expect(trace.deposit.details).toMatchObject({
      version: 'v1',
      message: burn.message.toLowerCase(),
      messageHash: keccak256(burn.message),
      sourceDomain: '100',
      destinationDomain: '103',
      nonce: burn.nonce.toString(),
      receiveOn: world.destination.transmitter.toLowerCase(),
    })
  }, 60_000)

  it('a message received on the destination is delivered, with the receiving transaction and the amount minted', async () => {
    const burn = await burnV1(world)
    const received = await receiveV1(world, burn.message)
    const traces = await traced(burn.hash)
    expect(traces[0].outcome).toEqual({
      state: 'delivered',
      txHash: received.transactionHash,
      blockNumber: received.blockNumber.toString(),
      amountReceived: AMOUNT.toString(),
    })
    const said = await bridgeFindings(traces.file)
    expect(said.codes).toEqual(['bridge.deposit', 'bridge.delivered'])
    expect(said.exitCode).toBe(0)
    expect(said.ja).toContain(received.transactionHash)
  }, 60_000)

  it('a fresh burn not received yet waits for its attestation', async () => {
    const burn = await burnV1(world)
    const traces = await traced(burn.hash)
    expect(traces[0].outcome).toEqual({ state: 'in-flight', stage: 'attestation' })
    const said = await bridgeFindings(traces.file)
    expect(said.codes).toEqual(['bridge.deposit', 'bridge.in-flight'])
    expect(said.en).toContain('Circle has not attested it yet')
  }, 60_000)

  it('a burn towards a domain whose chain has no endpoint here is said to be so', async () => {
    const burn = await burnV1(world, { destinationDomain: domains.unserved.domain })
    const traces = await traced(burn.hash)
    expect(traces[0].deposit.destinationChainId).toBe(domains.unserved.chainId)
    expect(traces[0].outcome).toEqual({ state: 'no-endpoint' })
    const said = await bridgeFindings(traces.file)
    expect(said.codes).toEqual(['bridge.deposit', 'bridge.unknown-destination'])
    expect(said.exitCode).toBe(1)
  }, 60_000)

  it('long after the burn and still not received: receiveMessage is needed, and the message in the evidence is the one that completes it', async () => {
    const burn = await burnV1(world)
    await passOnSource(3 * 3_600)
    const traces = await traced(burn.hash)
    const trace = traces[0]
    expect(trace.outcome).toEqual({
      state: 'action-needed',
      action: 'receive-message',
      call: null,
      expiresAt: null,
      target: {
        chainId: DESTINATION,
        to: world.destination.transmitter.toLowerCase(),
        function: 'receiveMessage(bytes message, bytes attestation)',
      },
    })
    // Where to call, what, and that the attestation is Circle's: in both languages, exit 1.
    const said = await bridgeFindings(traces.file)
    expect(said.codes).toEqual(['bridge.deposit', 'bridge.action-needed'])
    expect(said.exitCode).toBe(1)
    expect(said.en).toContain('receiveMessage(bytes message, bytes attestation)')
    expect(said.en).toContain("Circle's attestation")
    expect(said.ja).toContain('アテステーション')
    // What the evidence says to submit (with Circle's attestation) is exactly what the chain accepts.
    const received = await receiveV1(world, trace.deposit.details.message as Hex)
    const [after] = await traced(burn.hash)
    expect(after.outcome).toMatchObject({ state: 'delivered', txHash: received.transactionHash })
  }, 90_000)
})

/** Circle's nonce for a v2 message, as its attestation service would assign one. */
const circleNonce = (n: number) => keccak256(toHex(`circle nonce ${n}`))

describe('CCTP v2 burns, whose nonce Circle assigns, found on the destination by what they carry', () => {
  it('recognises the v2 burn: the message hash as its id, the fee cap and finality asked for, no nonce yet', async () => {
    const burn = await burnV2(world)
    const [trace] = await traced(burn.hash)
    expect(trace.deposit).toMatchObject({
      protocol: 'cctp',
      sourceChainId: SOURCE,
      destinationChainId: DESTINATION,
      messageId: keccak256(burn.message),
      amount: AMOUNT.toString(),
      recipient: world.depositor.account.address.toLowerCase(),
    })
    expect(trace.deposit.details).toMatchObject({
      version: 'v2',
      message: burn.message.toLowerCase(),
      maxFee: '1000',
      minFinalityThreshold: '2000',
      receiveOn: world.destination.v2.transmitter.toLowerCase(),
    })
    expect(trace.deposit.details.nonce).toBeUndefined()
  }, 60_000)

  it('received with the nonce and fee Circle filled in: delivered, with what arrived after the fee', async () => {
    const burn = await burnV2(world)
    const received = await receiveV2(world, attestedV2(burn.message, { nonce: circleNonce(1), fee: 400n }))
    const [trace] = await traced(burn.hash)
    expect(trace.outcome).toEqual({
      state: 'delivered',
      txHash: received.transactionHash,
      blockNumber: received.blockNumber.toString(),
      amountReceived: (AMOUNT - 400n).toString(),
    })
  }, 60_000)

  it('another transfer to the same recipient being received does not count as this one', async () => {
    const mine = await burnV2(world, { amount: AMOUNT - 1n })
    const other = await burnV2(world, { amount: AMOUNT - 2n })
    await receiveV2(world, attestedV2(other.message, { nonce: circleNonce(2), fee: 0n }))
    const [trace] = await traced(mine.hash)
    expect(trace.outcome).toEqual({ state: 'in-flight', stage: 'attestation' })
  }, 60_000)

  it('towards a domain whose chain has no endpoint here: no endpoint', async () => {
    const burn = await burnV2(world, { destinationDomain: domains.unserved.domain })
    const [trace] = await traced(burn.hash)
    expect(trace.outcome).toEqual({ state: 'no-endpoint' })
  }, 60_000)

  it('long after the burn and not received: receive-message needed; the evidence message, once attested, completes it', async () => {
    const burn = await burnV2(world)
    await passOnSource(3 * 3_600)
    const [trace] = await traced(burn.hash)
    expect(trace.outcome).toEqual({
      state: 'action-needed',
      action: 'receive-message',
      call: null,
      expiresAt: null,
      target: {
        chainId: DESTINATION,
        to: world.destination.v2.transmitter.toLowerCase(),
        function: 'receiveMessage(bytes message, bytes attestation)',
      },
    })
    const attested = attestedV2(trace.deposit.details.message as Hex, { nonce: circleNonce(3), fee: 0n })
    const received = await receiveV2(world, attested)
    const [after] = await traced(burn.hash)
    expect(after.outcome).toMatchObject({ state: 'delivered', txHash: received.transactionHash })
  }, 90_000)
})
