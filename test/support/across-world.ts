import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  encodeAbiParameters,
  encodeFunctionData,
  erc20Abi,
  keccak256,
  maxUint256,
  pad,
  parseEventLogs,
  type Address,
  type Hash,
  type Hex,
} from 'viem'
import { deployToken } from './contracts.js'
import { artifact, deploy, devWallet, uniswapArtifacts, type DevWallet } from './devnode.js'
import type { Anvil } from './anvil-fixture.js'

/**
 * Across V3 on two local chains, with the SpokePool exactly as `@across-protocol/contracts`
 * publishes it (dist/evm/artifacts): Ethereum_SpokePool (the one whose admin is its owner, so
 * the test can relay a root bundle as the HubPool would) behind the package's ERC1967Proxy,
 * initialised as the package's deploy script does. The test plays the depositor, the relayer
 * (filling with its own tokens) and the dataworker (a one-leaf refund bundle); the tool only reads.
 */
const ARTIFACTS = '@across-protocol/contracts/dist/evm/artifacts'
const spokePoolArtifact = () => artifact(`${ARTIFACTS}/Ethereum_SpokePool.sol/Ethereum_SpokePool.json`)
const proxyArtifact = () => artifact(`${ARTIFACTS}/ERC1967Proxy.sol/ERC1967Proxy.json`)
export const spokePoolAbi = () => spokePoolArtifact().abi

/** The pool's buffers: quotes up to an hour old, fill deadlines up to six hours ahead. */
const QUOTE_BUFFER = 3_600
const FILL_DEADLINE_BUFFER = 6 * 3_600
export const AMOUNT = 1_000_000_000n
export const FEE = 2_500_000n

export type AcrossSide = { node: Anvil; pool: Address; token: Address; owner: DevWallet }
export type AcrossWorld = {
  source: AcrossSide
  destination: AcrossSide
  depositor: DevWallet
  relayer: DevWallet
  /** A config file giving both chains' endpoints' routes to the tool. */
  config: string
}

const word = (a: Address): Hex => pad(a.toLowerCase() as Hex)

async function mined(wallet: DevWallet, hash: Hash) {
  const receipt = await wallet.waitForTransactionReceipt({ hash, pollingInterval: 20 })
  if (receipt.status !== 'success') throw new Error(`setup transaction ${hash} reverted`)
  return receipt
}

async function deploySide(node: Anvil): Promise<AcrossSide> {
  const owner = devWallet(node.url, 0)
  const token = await deployToken(owner, { name: 'Bridged Dollar', symbol: 'BUSD', decimals: 6, supply: 10n ** 18n })
  // The pool unwraps its wrapped native token on fills: it must be a real WETH9 (Uniswap's published build).
  const weth = await deploy(owner, uniswapArtifacts.weth())
  const implementation = await deploy(owner, spokePoolArtifact(), [
    weth,
    QUOTE_BUFFER,
    FILL_DEADLINE_BUFFER,
    '0x0000000000000000000000000000000000000000',
  ])
  const initialize = encodeFunctionData({
    abi: spokePoolAbi(),
    functionName: 'initialize',
    args: [0, owner.account.address],
  })
  const pool = await deploy(owner, proxyArtifact(), [implementation, initialize])
  return { node, pool, token, owner }
}

export async function buildAcrossWorld(source: Anvil, destination: Anvil, dir: string): Promise<AcrossWorld> {
  const [from, to] = await Promise.all([deploySide(source), deploySide(destination)])
  const depositor = devWallet(source.url, 1)
  const relayer = devWallet(destination.url, 2)
  // The depositor holds the source token, the relayer the destination one; both approve their pool.
  await mined(
    from.owner,
    await from.owner.writeContract({
      chain: null,
      address: from.token,
      abi: erc20Abi,
      functionName: 'transfer',
      args: [depositor.account.address, AMOUNT * 10n],
    }),
  )
  await mined(
    to.owner,
    await to.owner.writeContract({
      chain: null,
      address: to.token,
      abi: erc20Abi,
      functionName: 'transfer',
      args: [relayer.account.address, AMOUNT * 10n],
    }),
  )
  for (const [wallet, side] of [
    [depositor, from],
    [relayer, to],
  ] as const) {
    await mined(
      wallet,
      await wallet.writeContract({
        chain: null,
        address: side.token,
        abi: erc20Abi,
        functionName: 'approve',
        args: [side.pool, maxUint256],
      }),
    )
  }
  const config = join(dir, 'doctor.json')
  writeFileSync(
    config,
    JSON.stringify({
      bridges: {
        across: [
          { chainId: source.chainId, spokePool: from.pool },
          { chainId: destination.chainId, spokePool: to.pool },
        ],
      },
    }),
  )
  return { source: from, destination: to, depositor, relayer, config }
}

export type AcrossDeposit = {
  hash: Hash
  relayData: {
    depositor: Hex
    recipient: Hex
    exclusiveRelayer: Hex
    inputToken: Hex
    outputToken: Hex
    inputAmount: bigint
    outputAmount: bigint
    originChainId: bigint
    depositId: bigint
    fillDeadline: number
    exclusivityDeadline: number
    message: Hex
  }
}

/** The user's deposit through the pool's current `deposit` (bytes32 addresses), as the Across app sends it. */
export async function depositAcross(
  world: AcrossWorld,
  { destinationChainId, fillDeadlineIn = 3_600 }: { destinationChainId?: number; fillDeadlineIn?: number } = {},
): Promise<AcrossDeposit> {
  const { source, destination, depositor } = world
  const now = Number((await depositor.getBlock()).timestamp)
  const hash = await depositor.writeContract({
    chain: null,
    address: source.pool,
    abi: spokePoolAbi(),
    functionName: 'deposit',
    args: [
      word(depositor.account.address),
      word(depositor.account.address),
      word(source.token),
      word(destination.token),
      AMOUNT,
      AMOUNT - FEE,
      BigInt(destinationChainId ?? destination.node.chainId),
      pad('0x00'),
      now,
      now + fillDeadlineIn,
      0,
      '0x',
    ],
  })
  const receipt = await mined(depositor, hash)
  const [event] = parseEventLogs({ abi: spokePoolAbi(), logs: receipt.logs, eventName: 'FundsDeposited' }) as any[]
  const a = event.args
  return {
    hash,
    relayData: {
      depositor: a.depositor,
      recipient: a.recipient,
      exclusiveRelayer: a.exclusiveRelayer,
      inputToken: a.inputToken,
      outputToken: a.outputToken,
      inputAmount: a.inputAmount,
      outputAmount: a.outputAmount,
      originChainId: BigInt(source.node.chainId),
      depositId: a.depositId,
      fillDeadline: a.fillDeadline,
      exclusivityDeadline: a.exclusivityDeadline,
      message: a.message,
    },
  }
}

/** The relayer's fill on the destination pool, with its own tokens, repaid on the destination chain. */
export async function fillAcross(world: AcrossWorld, deposit: AcrossDeposit): Promise<Hash> {
  const { relayer, destination } = world
  const hash = await relayer.writeContract({
    chain: null,
    address: destination.pool,
    abi: spokePoolAbi(),
    functionName: 'fillRelay',
    args: [deposit.relayData, BigInt(destination.node.chainId), word(relayer.account.address)],
  })
  await mined(relayer, hash)
  return hash
}

/**
 * The refund of an expired deposit as Across pays it: the HubPool relays a root bundle to the
 * origin pool (here its owner does, Ethereum_SpokePool's admin), then anyone executes the relayer
 * refund leaf that lists the depositor. A one-leaf Merkle tree: the root is the leaf's hash.
 */
export async function refundAcross(world: AcrossWorld, deposit: AcrossDeposit): Promise<Hash> {
  const { source, depositor } = world
  const leaf = {
    amountToReturn: 0n,
    chainId: BigInt(source.node.chainId),
    refundAmounts: [deposit.relayData.inputAmount],
    leafId: 0,
    l2TokenAddress: source.token,
    refundAddresses: [depositor.account.address],
  }
  const root = keccak256(
    encodeAbiParameters(
      [
        {
          type: 'tuple',
          components: [
            { name: 'amountToReturn', type: 'uint256' },
            { name: 'chainId', type: 'uint256' },
            { name: 'refundAmounts', type: 'uint256[]' },
            { name: 'leafId', type: 'uint32' },
            { name: 'l2TokenAddress', type: 'address' },
            { name: 'refundAddresses', type: 'address[]' },
          ],
        },
      ],
      [leaf],
    ),
  )
  const relayed = await source.owner.writeContract({
    chain: null,
    address: source.pool,
    abi: spokePoolAbi(),
    functionName: 'relayRootBundle',
    args: [root, pad('0x00')],
  })
  const receipt = await mined(source.owner, relayed)
  const [bundle] = parseEventLogs({ abi: spokePoolAbi(), logs: receipt.logs, eventName: 'RelayedRootBundle' }) as any[]
  const hash = await source.owner.writeContract({
    chain: null,
    address: source.pool,
    abi: spokePoolAbi(),
    functionName: 'executeRelayerRefundLeaf',
    args: [bundle.args.rootBundleId, leaf, []],
  })
  await mined(source.owner, hash)
  return hash
}
