import { createRequire } from 'node:module'
import {
  encodeAbiParameters,
  encodeFunctionData,
  keccak256,
  parseEther,
  zeroAddress,
  zeroHash,
  type Abi,
  type Address,
  type Hash,
  type Hex,
} from 'viem'
import {
  extractTransactionDepositedLogs,
  getSourceHash,
  opaqueDataToDepositData,
  serializeTransaction,
} from 'viem/op-stack'
import { depositTransactionHash } from '../../src/decode/bridges/op-stack.js'
import { OP_STACK_MESSAGE_PASSER } from '../../src/chains/bridge-routes.js'
import { deploy, devWallet, type DevWallet } from './devnode.js'

/**
 * An OP Stack L1 and L2 on two anvil nodes, with Optimism's own contracts from npm
 * (@eth-optimism/contracts-bedrock 0.17.3, its forge artifacts, unmodified):
 * - on L1, SuperchainConfig, SystemConfig, DisputeGameFactory, L2OutputOracle and two portals, each
 *   behind the package's Proxy and initialised as the deploy scripts do: OptimismPortal2 3.10.0
 *   (dispute games, what OP Mainnet and Base run) and the legacy OptimismPortal (output oracle);
 * - on L2 (anvil in its optimism mode, which accepts deposit transactions, type 0x7E), the
 *   L2ToL1MessagePasser runtime code at its predeploy address, as every OP Stack chain has it.
 * The test plays the off-chain actors with the contracts' own functions: the sequencer (sends the
 * deposit transaction derived from the L1 log), the proposer (proposes the output root built from
 * L2's own state and eth_getProof), the prover and the finalizer.
 */

const require = createRequire(import.meta.url)
type ForgeArtifact = { abi: Abi; bytecode: { object: Hex } }
const artifact = (file: string, name = file) => {
  const json = require(`@eth-optimism/contracts-bedrock/forge-artifacts/${file}.sol/${name}.json`) as ForgeArtifact
  return { abi: json.abi, bytecode: json.bytecode.object }
}

/** Calldata by function name: the artifacts' ABIs are wide (`Abi`), so names and arguments are checked by the node. */
const encode = (abi: Abi, functionName: string, args: readonly unknown[] = []): Hex =>
  encodeFunctionData({ abi, functionName, args })
const deployedCode = (file: string) =>
  (
    require(`@eth-optimism/contracts-bedrock/forge-artifacts/${file}.sol/${file}.json`) as {
      deployedBytecode: { object: Hex }
    }
  ).deployedBytecode.object

export const proxyAbi = artifact('Proxy').abi
export const portal2Abi = artifact('OptimismPortal2').abi
export const portalAbi = artifact('OptimismPortal').abi
export const oracleAbi = artifact('L2OutputOracle').abi
export const messagePasserAbi = artifact('L2ToL1MessagePasser').abi

type Node = { url: string; chainId: number; request: (method: string, params?: unknown[]) => Promise<any> }

export type OpStackWorld = {
  l1: Node
  l2: Node
  portal2: Address
  legacyPortal: Address
  oracle: Address
  /** The user: deposits on L1, withdraws on L2, proves and finalizes on L1. */
  user: { l1: DevWallet; l2: DevWallet }
}

const DEFAULT_RESOURCE_CONFIG = {
  maxResourceLimit: 20_000_000,
  elasticityMultiplier: 10,
  baseFeeMaxChangeDenominator: 8,
  minimumBaseFee: 1_000_000_000,
  systemTxMaxGas: 1_000_000,
  maximumBaseFee: (1n << 128n) - 1n,
}

/** The implementation, then the package's Proxy upgraded to it with the initialiser's calldata (admin: the deployer). */
async function behindProxy(
  admin: DevWallet,
  contract: ReturnType<typeof artifact>,
  initialize: { functionName: string; args: readonly unknown[] },
  constructorArgs: readonly unknown[] = [],
): Promise<Address> {
  const implementation = await deploy(admin, { abi: [...contract.abi], bytecode: contract.bytecode }, [
    ...constructorArgs,
  ])
  const proxy = await deploy(admin, { abi: [...proxyAbi], bytecode: artifact('Proxy').bytecode }, [
    admin.account.address,
  ])
  const data = encode(contract.abi, initialize.functionName, initialize.args)
  await send(admin, {
    to: proxy,
    data: encode(proxyAbi, 'upgradeToAndCall', [implementation, data]),
  })
  return proxy
}

export async function send(wallet: DevWallet, tx: { to: Address; data: Hex; value?: bigint }): Promise<Hash> {
  const hash = await wallet.sendTransaction({ ...tx, chain: null, account: wallet.account })
  const receipt = await wallet.waitForTransactionReceipt({ hash, pollingInterval: 20 })
  if (receipt.status !== 'success') throw new Error(`transaction to ${tx.to} reverted`)
  return hash
}

export async function buildOpStackWorld(l1: Node, l2: Node): Promise<OpStackWorld> {
  const admin = devWallet(l1.url, 0)
  const user = { l1: devWallet(l1.url, 1), l2: devWallet(l2.url, 1) }
  await l2.request('anvil_setCode', [OP_STACK_MESSAGE_PASSER, deployedCode('L2ToL1MessagePasser')])

  const superchainConfig = await behindProxy(admin, artifact('SuperchainConfig'), {
    functionName: 'initialize',
    args: [admin.account.address, false],
  })
  const disputeGameFactory = await behindProxy(admin, artifact('DisputeGameFactory'), {
    functionName: 'initialize',
    args: [admin.account.address],
  })
  const systemConfig = await behindProxy(admin, artifact('SystemConfig'), {
    functionName: 'initialize',
    args: [
      admin.account.address,
      0,
      0,
      zeroHash,
      30_000_000n,
      zeroAddress,
      DEFAULT_RESOURCE_CONFIG,
      zeroAddress,
      {
        l1CrossDomainMessenger: zeroAddress,
        l1ERC721Bridge: zeroAddress,
        l1StandardBridge: zeroAddress,
        disputeGameFactory,
        optimismPortal: zeroAddress,
        optimismMintableERC20Factory: zeroAddress,
        gasPayingToken: zeroAddress,
      },
    ],
  })
  // Mainnet's delays: 7 days of proof maturity, 3.5 days of dispute game finality.
  const portal2 = await behindProxy(
    admin,
    artifact('OptimismPortal2'),
    { functionName: 'initialize', args: [disputeGameFactory, systemConfig, superchainConfig, 0] },
    [604_800n, 302_400n],
  )
  // The output oracle starts at the L2's current block: every later L2 block can be proposed, one at a time.
  const l2Head = BigInt(await l2.request('eth_blockNumber'))
  const l1Time = BigInt((await l1.request('eth_getBlockByNumber', ['latest', false])).timestamp)
  const oracle = await behindProxy(admin, artifact('L2OutputOracle'), {
    functionName: 'initialize',
    // submission interval 1, L2 block time 1 s, start, start time, proposer, challenger, finalization 7 days
    args: [1n, 1n, l2Head, l1Time - 3600n, admin.account.address, admin.account.address, 604_800n],
  })
  const legacyPortal = await behindProxy(admin, artifact('OptimismPortal'), {
    functionName: 'initialize',
    args: [oracle, systemConfig, superchainConfig],
  })
  // The legacy portal pays finalized withdrawals from what it holds: seed it as deposits would.
  await send(admin, {
    to: legacyPortal,
    data: encode(portalAbi, 'donateETH'),
    value: parseEther('10'),
  })
  return { l1, l2, portal2, legacyPortal, oracle, user }
}

/** The user deposits ETH to their own address on L2 through `portal`'s depositTransaction. */
export const depositEth = (world: OpStackWorld, portal: Address, amount: bigint) =>
  send(world.user.l1, {
    to: portal,
    value: amount,
    data: encode(portal2Abi, 'depositTransaction', [world.user.l1.account.address, amount, 100_000n, false, '0x']),
  })

/**
 * The sequencer's part: the deposit transaction the L1 log of `l1Hash` derives, sent to L2 as a
 * type 0x7E transaction (the same derivation as op-node's, built independently here with viem's
 * op-stack serializer). Returns the L2 hash.
 */
export async function sequenceDeposit(world: OpStackWorld, l1Hash: Hash): Promise<Hash> {
  const receipt = await world.user.l1.getTransactionReceipt({ hash: l1Hash })
  // viem's own op-stack helpers, not the tool's decoder: the cross-check below compares two derivations.
  const [log] = extractTransactionDepositedLogs(receipt)
  if (!log) throw new Error('no TransactionDeposited log')
  const { from, to, opaqueData } = log.args
  const { mint, value, gas, isCreation, data } = opaqueDataToDepositData(opaqueData)
  const sourceHash = getSourceHash({ domain: 'userDeposit', l1BlockHash: log.blockHash, l1LogIndex: log.logIndex })
  const raw = serializeTransaction({
    type: 'deposit',
    sourceHash,
    from,
    to: isCreation ? undefined : to,
    mint,
    value,
    gas,
    isSystemTx: false,
    data,
  })
  const hash = (await world.l2.request('eth_sendRawTransaction', [raw])) as Hash
  await world.l2.request('evm_mine')
  // Cross-check with the tool's own derivation: both must name the same L2 transaction.
  const derived = depositTransactionHash({ from, to, opaqueData, l1BlockHash: log.blockHash, l1LogIndex: log.logIndex })
  if (derived !== hash) throw new Error(`derived ${derived}, the L2 has ${hash}`)
  return hash
}

export type Withdrawal = {
  nonce: bigint
  sender: Address
  target: Address
  value: bigint
  gasLimit: bigint
  data: Hex
}

/** The user withdraws ETH to their own L1 address through the L2ToL1MessagePasser predeploy. */
export async function withdrawEth(world: OpStackWorld, amount: bigint) {
  const hash = await send(world.user.l2, {
    to: OP_STACK_MESSAGE_PASSER,
    value: amount,
    data: encode(messagePasserAbi, 'initiateWithdrawal', [world.user.l1.account.address, 100_000n, '0x']),
  })
  const receipt = await world.user.l2.getTransactionReceipt({ hash })
  const nonceTopic = receipt.logs[0]!.topics[1]!
  const withdrawal: Withdrawal = {
    nonce: BigInt(nonceTopic),
    sender: world.user.l2.account.address,
    target: world.user.l1.account.address,
    value: amount,
    gasLimit: 100_000n,
    data: '0x',
  }
  return { hash, blockNumber: receipt.blockNumber, withdrawal }
}

/** An L2 block's output root (version 0): keccak256(version ‖ state root ‖ message passer storage root ‖ block hash). */
async function outputAt(world: OpStackWorld, blockNumber: bigint) {
  const at = `0x${blockNumber.toString(16)}`
  const block = await world.l2.request('eth_getBlockByNumber', [at, false])
  const proof = await world.l2.request('eth_getProof', [OP_STACK_MESSAGE_PASSER, [], at])
  const outputRootProof = {
    version: zeroHash,
    stateRoot: block.stateRoot as Hex,
    messagePasserStorageRoot: proof.storageHash as Hex,
    latestBlockhash: block.hash as Hex,
  }
  const outputRoot = keccak256(
    encodeAbiParameters(
      [{ type: 'bytes32' }, { type: 'bytes32' }, { type: 'bytes32' }, { type: 'bytes32' }],
      [
        outputRootProof.version,
        outputRootProof.stateRoot,
        outputRootProof.messagePasserStorageRoot,
        outputRootProof.latestBlockhash,
      ],
    ),
  )
  return { outputRoot, outputRootProof }
}

/**
 * The proposer's part: the output roots of the L2 blocks up to `blockNumber`, proposed to the
 * oracle one block at a time (submission interval 1), each built from L2's own state.
 */
export async function proposeOutputs(world: OpStackWorld, blockNumber: bigint) {
  const admin = devWallet(world.l1.url, 0)
  const read = async (functionName: string) =>
    (await admin.readContract({ address: world.oracle, abi: oracleAbi, functionName, args: [] })) as bigint
  for (let n = await read('nextBlockNumber'); n <= blockNumber; n = await read('nextBlockNumber')) {
    const { outputRoot } = await outputAt(world, n)
    await proposeRoot(world, admin, outputRoot, n)
  }
  return { index: await read('latestOutputIndex'), ...(await outputAt(world, blockNumber)) }
}

const proposeRoot = (world: OpStackWorld, admin: DevWallet, root: Hex, l2Block: bigint) =>
  send(admin, {
    to: world.oracle,
    data: encode(oracleAbi, 'proposeL2Output', [root, l2Block, zeroHash, 0n]),
  })

/** The prover's part: the withdrawal's storage proof in the message passer at that block, sent to the legacy portal. */
export async function proveWithdrawal(world: OpStackWorld, withdrawal: Withdrawal, blockNumber: bigint) {
  const { outputRootProof } = await outputAt(world, blockNumber)
  const index = await outputIndexOf(world, blockNumber)
  const hash = keccak256(
    encodeAbiParameters(
      ['uint256', 'address', 'address', 'uint256', 'uint256', 'bytes'].map((type) => ({ type })),
      [withdrawal.nonce, withdrawal.sender, withdrawal.target, withdrawal.value, withdrawal.gasLimit, withdrawal.data],
    ),
  )
  const slot = keccak256(encodeAbiParameters([{ type: 'bytes32' }, { type: 'uint256' }], [hash, 0n]))
  const proof = await world.l2.request('eth_getProof', [
    OP_STACK_MESSAGE_PASSER,
    [slot],
    `0x${blockNumber.toString(16)}`,
  ])
  return send(world.user.l1, {
    to: world.legacyPortal,
    data: encode(portalAbi, 'proveWithdrawalTransaction', [
      withdrawal,
      index,
      outputRootProof,
      proof.storageProof[0].proof,
    ]),
  })
}

/** The oracle's index of the output for an L2 block (proposed before). */
const outputIndexOf = async (world: OpStackWorld, blockNumber: bigint) =>
  (await devWallet(world.l1.url, 0).readContract({
    address: world.oracle,
    abi: oracleAbi,
    functionName: 'getL2OutputIndexAfter',
    args: [blockNumber],
  })) as bigint

/** L1 time moves on (anvil's clock): a challenge period passes in one call. */
export async function passTime(world: OpStackWorld, seconds: number) {
  await world.l1.request('evm_increaseTime', [seconds])
  await world.l1.request('evm_mine')
}

/** A config file's content: the two nodes' endpoints (or only L1's) and the routes to `portal`. */
export const configFor = (world: OpStackWorld, portal: Address, { withL2 = true } = {}) => ({
  rpc: {
    [String(world.l1.chainId)]: [world.l1.url],
    ...(withL2 ? { [String(world.l2.chainId)]: [world.l2.url] } : {}),
  },
  bridges: {
    opStack: [
      { l1ChainId: world.l1.chainId, l2ChainId: world.l2.chainId, portal, messagePasser: OP_STACK_MESSAGE_PASSER },
    ],
  },
})
