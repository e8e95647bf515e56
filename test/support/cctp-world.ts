import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  concat,
  encodeFunctionData,
  keccak256,
  maxUint256,
  pad,
  parseEventLogs,
  size,
  slice,
  toHex,
  type Address,
  type Hash,
  type Hex,
} from 'viem'
import { mnemonicToAccount } from 'viem/accounts'
import type { Anvil } from './anvil-fixture.js'
import { cctpContracts, type CctpContracts, type Compiled } from './cctp-contracts.js'
import { deploy, DEV_MNEMONIC, devWallet, type DevWallet } from './devnode.js'

/**
 * Circle CCTP v1 on two local chains: MessageTransmitter, TokenMessenger and TokenMinter compiled
 * from Circle's published source (test/fixtures/cctp, unmodified), wired as Circle's deploy script
 * wires them (minter ↔ messenger, remote messengers, linked token pair, burn limit). The test plays
 * Circle's attester: the destination MessageTransmitter trusts the attester key the test holds,
 * and the test signs each message with it, as Circle's service would, before calling
 * `receiveMessage` itself. The tool only reads.
 */
export const AMOUNT = 25_000_000n
const MAX_MESSAGE_BODY = 8_192
/** The attester: a dev mnemonic key, enabled on every MessageTransmitter through its constructor. */
export const attester = mnemonicToAccount(DEV_MNEMONIC, { addressIndex: 7 })

export type CctpSide = {
  node: Anvil
  domain: number
  owner: DevWallet
  transmitter: Address
  messenger: Address
  minter: Address
  token: Address
  /** CCTP v2 on the same chain: the proxies Circle deploys (AdminUpgradableProxy) and its own minter. */
  v2: { transmitter: Address; messenger: Address; minter: Address }
}
export type CctpWorld = {
  contracts: CctpContracts
  source: CctpSide
  destination: CctpSide
  /** A domain with a TokenMessenger on record but no endpoint in the tests: the chain `unserved` maps to. */
  unserved: { chainId: number; domain: number }
  depositor: DevWallet
  config: string
}

const word = (a: Address): Hex => pad(a.toLowerCase() as Hex)

async function send(
  wallet: DevWallet,
  address: Address,
  abi: readonly unknown[],
  functionName: string,
  args: unknown[],
) {
  const hash = await wallet.writeContract({ chain: null, address, abi, functionName, args })
  const receipt = await wallet.waitForTransactionReceipt({ hash, pollingInterval: 20 })
  if (receipt.status !== 'success') throw new Error(`${functionName} reverted`)
  return receipt
}

/**
 * Deploys a compiled contract after the external libraries it links against (each once per chain),
 * their addresses written into the bytecode where solc left the placeholders.
 */
async function deployLinked(
  contracts: CctpContracts,
  wallet: DevWallet,
  contract: Compiled,
  args: unknown[],
  deployed: Map<string, Address>,
): Promise<Address> {
  let bytecode = contract.bytecode.slice(2)
  for (const [key, offsets] of Object.entries(contract.links)) {
    let library = deployed.get(key)
    if (!library) {
      library = await deployLinked(contracts, wallet, contracts.libraries[key]!, [], deployed)
      deployed.set(key, library)
    }
    for (const offset of offsets)
      bytecode = bytecode.slice(0, offset * 2) + library.slice(2).toLowerCase() + bytecode.slice(offset * 2 + 40)
  }
  return deploy(wallet, { abi: [...contract.abi], bytecode: `0x${bytecode}` }, args)
}

async function deploySide(contracts: CctpContracts, node: Anvil, domain: number): Promise<CctpSide> {
  const owner = devWallet(node.url, 0)
  const libraries = new Map<string, Address>()
  const deploy = (contract: Compiled, args: unknown[]) => deployLinked(contracts, owner, contract, args, libraries)
  const transmitter = await deploy(contracts.MessageTransmitter, [domain, attester.address, MAX_MESSAGE_BODY, 0])
  const messenger = await deploy(contracts.TokenMessenger, [transmitter, 0])
  const minter = await deploy(contracts.TokenMinter, [owner.account.address])
  const token = await deploy(contracts.MockMintBurnToken, [])
  await send(owner, messenger, contracts.TokenMessenger.abi, 'addLocalMinter', [minter])
  await send(owner, minter, contracts.TokenMinter.abi, 'addLocalTokenMessenger', [messenger])
  await send(owner, minter, contracts.TokenMinter.abi, 'setMaxBurnAmountPerMessage', [token, AMOUNT * 1000n])
  const v2 = await deployV2(contracts, owner, domain, token, deploy)
  return { node, domain, owner, transmitter, messenger, minter, token, v2 }
}

/**
 * CCTP v2 as Circle deploys it: MessageTransmitterV2 and TokenMessengerV2 implementations behind
 * AdminUpgradableProxy, initialised through the proxy (the implementations disable initialisers),
 * with the proxy admin a separate account as the transparent-proxy pattern requires.
 */
async function deployV2(
  contracts: CctpContracts,
  owner: DevWallet,
  domain: number,
  token: Address,
  deploy: (contract: Compiled, args: unknown[]) => Promise<Address>,
) {
  const me = owner.account.address
  const proxyAdmin = mnemonicToAccount(DEV_MNEMONIC, { addressIndex: 6 }).address
  const transmitterImplementation = await deploy(contracts.MessageTransmitterV2, [domain, 1])
  const transmitter = await deploy(contracts.AdminUpgradableProxy, [
    transmitterImplementation,
    proxyAdmin,
    encodeFunctionData({
      abi: contracts.MessageTransmitterV2.abi,
      functionName: 'initialize',
      args: [me, me, me, me, [attester.address], 1n, BigInt(MAX_MESSAGE_BODY)],
    }),
  ])
  const minter = await deploy(contracts.TokenMinterV2, [me])
  const messengerImplementation = await deploy(contracts.TokenMessengerV2, [transmitter, 1])
  const roles = { owner: me, rescuer: me, feeRecipient: me, denylister: me, tokenMinter: minter, minFeeController: me }
  const messenger = await deploy(contracts.AdminUpgradableProxy, [
    messengerImplementation,
    proxyAdmin,
    encodeFunctionData({ abi: contracts.TokenMessengerV2.abi, functionName: 'initialize', args: [roles, 0n, [], []] }),
  ])
  await send(owner, minter, contracts.TokenMinterV2.abi, 'addLocalTokenMessenger', [messenger])
  await send(owner, minter, contracts.TokenMinterV2.abi, 'setMaxBurnAmountPerMessage', [token, AMOUNT * 1000n])
  return { transmitter, messenger, minter }
}

/** Each side learns the other's messenger and token, as Circle's setup does for every pair of domains. */
async function link(
  contracts: CctpContracts,
  side: CctpSide,
  remote: { domain: number; messenger: Address; token: Address; v2?: { messenger: Address } },
) {
  await send(side.owner, side.v2.messenger, contracts.TokenMessengerV2.abi, 'addRemoteTokenMessenger', [
    remote.domain,
    word(remote.v2?.messenger ?? remote.messenger),
  ])
  await send(side.owner, side.v2.minter, contracts.TokenMinterV2.abi, 'linkTokenPair', [
    side.token,
    remote.domain,
    word(remote.token),
  ])
  await send(side.owner, side.messenger, contracts.TokenMessenger.abi, 'addRemoteTokenMessenger', [
    remote.domain,
    word(remote.messenger),
  ])
  await send(side.owner, side.minter, contracts.TokenMinter.abi, 'linkTokenPair', [
    side.token,
    remote.domain,
    word(remote.token),
  ])
}

export async function buildCctpWorld(
  source: Anvil,
  destination: Anvil,
  domains: { source: number; destination: number; unserved: { chainId: number; domain: number } },
  dir: string,
): Promise<CctpWorld> {
  const contracts = cctpContracts()
  const [from, to] = await Promise.all([
    deploySide(contracts, source, domains.source),
    deploySide(contracts, destination, domains.destination),
  ])
  await link(contracts, from, to)
  await link(contracts, to, from)
  // The unserved domain's contracts exist only on paper: the source can burn towards it, nothing more.
  const elsewhere = '0x00000000000000000000000000000000000c0ffe' as Address
  await link(contracts, from, { domain: domains.unserved.domain, messenger: elsewhere, token: elsewhere })
  const depositor = devWallet(source.url, 1)
  await send(depositor, from.token, contracts.MockMintBurnToken.abi, 'mint', [depositor.account.address, AMOUNT * 100n])
  await send(depositor, from.token, contracts.MockMintBurnToken.abi, 'approve', [from.messenger, maxUint256])
  await send(depositor, from.token, contracts.MockMintBurnToken.abi, 'approve', [from.v2.messenger, maxUint256])
  const config = join(dir, 'doctor.json')
  const route = (side: CctpSide) => ({
    chainId: side.node.chainId,
    domain: side.domain,
    tokenMessenger: side.messenger,
    messageTransmitter: side.transmitter,
    tokenMessengerV2: side.v2.messenger,
    messageTransmitterV2: side.v2.transmitter,
  })
  writeFileSync(
    config,
    JSON.stringify({
      bridges: {
        cctp: [
          route(from),
          route(to),
          {
            chainId: domains.unserved.chainId,
            domain: domains.unserved.domain,
            tokenMessenger: elsewhere,
            messageTransmitter: elsewhere,
            tokenMessengerV2: elsewhere,
            messageTransmitterV2: elsewhere,
          },
        ],
      },
    }),
  )
  return { contracts, source: from, destination: to, unserved: domains.unserved, depositor, config }
}

export type CctpBurn = { hash: Hash; message: Hex; nonce: bigint }

/** The user's burn through TokenMessenger.depositForBurn, as Circle's bridge apps send it. */
export async function burnV1(world: CctpWorld, { destinationDomain }: { destinationDomain?: number } = {}) {
  const { contracts, source, destination, depositor } = world
  const receipt = await send(depositor, source.messenger, contracts.TokenMessenger.abi, 'depositForBurn', [
    AMOUNT,
    destinationDomain ?? destination.domain,
    word(depositor.account.address),
    source.token,
  ])
  const [sent] = parseEventLogs({
    abi: contracts.MessageTransmitter.abi,
    logs: receipt.logs,
    eventName: 'MessageSent',
  }) as any[]
  const [burn] = parseEventLogs({
    abi: contracts.TokenMessenger.abi,
    logs: receipt.logs,
    eventName: 'DepositForBurn',
  }) as any[]
  return { hash: receipt.transactionHash, message: sent.args.message as Hex, nonce: burn.args.nonce as bigint }
}

/** Circle's attestation, played by the test: the attester's signature over keccak256(message). */
export const attest = (message: Hex) => attester.sign({ hash: keccak256(message) })

/** Anyone's `receiveMessage(message, attestation)` on the destination MessageTransmitter: the mint. */
export async function receiveV1(world: CctpWorld, message: Hex, relayer = devWallet(world.destination.node.url, 3)) {
  const receipt = await send(
    relayer,
    world.destination.transmitter,
    world.contracts.MessageTransmitter.abi,
    'receiveMessage',
    [message, await attest(message)],
  )
  return receipt
}

/** The user's v2 burn: TokenMessengerV2.depositForBurn, a standard (finalized) transfer with a fee cap. */
export async function burnV2(
  world: CctpWorld,
  {
    destinationDomain,
    maxFee = 1_000n,
    amount = AMOUNT,
  }: { destinationDomain?: number; maxFee?: bigint; amount?: bigint } = {},
) {
  const { contracts, source, destination, depositor } = world
  const receipt = await send(depositor, source.v2.messenger, contracts.TokenMessengerV2.abi, 'depositForBurn', [
    amount,
    destinationDomain ?? destination.domain,
    word(depositor.account.address),
    source.token,
    pad('0x00'),
    maxFee,
    2000,
  ])
  const [sent] = parseEventLogs({
    abi: contracts.MessageTransmitterV2.abi,
    logs: receipt.logs,
    eventName: 'MessageSent',
  }) as any[]
  return { hash: receipt.transactionHash, message: sent.args.message as Hex }
}

/**
 * What Circle's attestation service does to a v2 message before signing it: it assigns the nonce
 * (bytes 12..44), records the finality it attested at (bytes 144..148) and, in the burn body, the fee
 * charged and an expiry (body bytes 164..228; zero expiry: none). The test picks the nonce and fee.
 */
export function attestedV2(message: Hex, { nonce, fee }: { nonce: Hex; fee: bigint }): Hex {
  const body = slice(message, 148)
  return concat([
    slice(message, 0, 12),
    nonce,
    slice(message, 44, 144),
    toHex(2000, { size: 4 }),
    slice(body, 0, 164),
    toHex(fee, { size: 32 }),
    toHex(0n, { size: 32 }),
    size(body) > 228 ? slice(body, 228) : '0x',
  ])
}

/** `receiveMessage` on the destination MessageTransmitterV2 with the attested message, as a relayer does. */
export async function receiveV2(world: CctpWorld, attested: Hex, relayer = devWallet(world.destination.node.url, 3)) {
  return send(relayer, world.destination.v2.transmitter, world.contracts.MessageTransmitterV2.abi, 'receiveMessage', [
    attested,
    await attest(attested),
  ])
}
