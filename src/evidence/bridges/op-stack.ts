import { TransactionReceiptNotFoundError, parseAbi, zeroAddress, type Abi, type Address, type Hex } from 'viem'
import { bridgeUnreadableError } from '../../errors/bridge-errors.js'
import type { OpStackRoute } from '../../chains/bridge-routes.js'
import {
  decodeOpStackDeposits,
  decodeOpStackWithdrawals,
  decodeStandardBridgeDeposits,
  decodeStandardBridgeWithdrawals,
  finalizeExternalProofCalldata,
  finalizeWithdrawalCalldata,
  FINALIZE_EXTERNAL_PROOF_SIGNATURE,
  FINALIZE_SIGNATURE,
  gameL2BlockNumber,
  PROVE_SIGNATURE,
  type WithdrawalTransaction,
} from '../../decode/bridges/op-stack.js'
import type { BridgeDeposit, BridgeOutcome } from '../bridge-schema.js'
import type { BridgeProtocol, FollowContext, SourceTransaction } from './bridge-protocol.js'
import type { ReadClient } from '../../rpc/read-client.js'

/** The portal reads, for both generations: OptimismPortal (L2OutputOracle, v1–v2) and OptimismPortal2 (fault proofs, v3+). */
const portalAbi = parseAbi([
  'function version() view returns (string)',
  'function finalizedWithdrawals(bytes32) view returns (bool)',
  // OptimismPortal (v2.x, L2OutputOracle)
  'function provenWithdrawals(bytes32) view returns (bytes32 outputRoot, uint128 timestamp, uint128 l2OutputIndex)',
  'function l2Oracle() view returns (address)',
  // OptimismPortal2 (v3.x, dispute games)
  'function numProofSubmitters(bytes32) view returns (uint256)',
  'function proofSubmitters(bytes32, uint256) view returns (address)',
  'function provenWithdrawals(bytes32, address) view returns (address disputeGameProxy, uint64 timestamp)',
  'function proofMaturityDelaySeconds() view returns (uint256)',
  'function disputeGameFinalityDelaySeconds() view returns (uint256)',
  'function disputeGameFactory() view returns (address)',
  'function respectedGameType() view returns (uint32)',
])
const oracleAbi = parseAbi([
  'function latestBlockNumber() view returns (uint256)',
  'function finalizationPeriodSeconds() view returns (uint256)',
])
const factoryAbi = parseAbi([
  'function gameCount() view returns (uint256)',
  'struct GameSearchResult { uint256 index; bytes32 metadata; uint64 timestamp; bytes32 rootClaim; bytes extraData; }',
  'function findLatestGames(uint32 gameType, uint256 start, uint256 n) view returns (GameSearchResult[])',
])
const gameAbi = parseAbi(['function status() view returns (uint8)', 'function resolvedAt() view returns (uint64)'])
const DEFENDER_WINS = 2

/** One eth_call by function name: the ABIs above are this file's own, so the names are known to be in them. */
const readAt = <T>(
  client: ReadClient,
  address: Address,
  abi: Abi,
  functionName: string,
  args: readonly unknown[] = [],
) => client.readContract({ address, abi, functionName, args }) as Promise<T>

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

/** An L1StandardBridge/L2StandardBridge event matched to a portal or passer log only when they pair one to one. */
const pairedWith = <T>(bridged: readonly T[], count: number, index: number): T | null =>
  bridged.length === count ? (bridged[index] ?? null) : null

function recognise(source: SourceTransaction): BridgeDeposit[] {
  const { chainId, routes } = source
  return [
    ...recogniseDeposits(
      source,
      routes.opStack.filter((r) => r.l1ChainId === chainId),
    ),
    ...recogniseWithdrawals(
      source,
      routes.opStack.filter((r) => r.l2ChainId === chainId),
    ),
  ]
}

function recogniseDeposits(source: SourceTransaction, l1Routes: readonly OpStackRoute[]): BridgeDeposit[] {
  if (l1Routes.length === 0) return []
  const routeOf = (portal: string) => l1Routes.find((r) => same(r.portal, portal))
  const logs = decodeOpStackDeposits(source.receipt.logs, source.receipt.blockHash, (a) => !!routeOf(a))
  const bridged = decodeStandardBridgeDeposits(source.receipt.logs)
  return logs.map((log, index) => {
    const route = routeOf(log.portal)!
    const viaBridge = pairedWith(bridged, logs.length, index)
    return {
      protocol: 'op-stack',
      direction: 'deposit',
      sourceChainId: route.l1ChainId,
      destinationChainId: route.l2ChainId,
      messageId: log.l2TxHash,
      token: viaBridge?.l1Token ?? null,
      amount: viaBridge ? viaBridge.amount : log.fields.mint,
      sender: log.from,
      recipient: viaBridge ? viaBridge.to : log.fields.isCreation ? zeroAddress : log.to,
      logIndex: log.logIndex,
      details: {
        portal: route.portal,
        via: viaBridge ? 'standard-bridge' : 'portal',
        mint: log.fields.mint.toString(),
        value: log.fields.value.toString(),
        gasLimit: log.fields.gas.toString(),
        ...(viaBridge?.l2Token ? { l2Token: viaBridge.l2Token } : {}),
      },
    }
  })
}

function recogniseWithdrawals(source: SourceTransaction, l2Routes: readonly OpStackRoute[]): BridgeDeposit[] {
  if (l2Routes.length === 0) return []
  const routeOf = (passer: string) => l2Routes.find((r) => same(r.messagePasser, passer))
  const logs = decodeOpStackWithdrawals(source.receipt.logs, (a) => !!routeOf(a))
  const bridged = decodeStandardBridgeWithdrawals(source.receipt.logs)
  return logs.flatMap(({ withdrawal, withdrawalHash, logIndex }, index) => {
    const log = source.receipt.logs.find((l) => l.logIndex === logIndex)
    const route = routeOf(log?.address ?? l2Routes[0]!.messagePasser) ?? l2Routes[0]!
    const viaBridge = pairedWith(bridged, logs.length, index)
    return [
      {
        protocol: 'op-stack' as const,
        direction: 'withdrawal' as const,
        sourceChainId: route.l2ChainId,
        destinationChainId: route.l1ChainId,
        messageId: withdrawalHash,
        token: viaBridge?.l1Token ?? null,
        amount: viaBridge ? viaBridge.amount : withdrawal.value,
        sender: withdrawal.sender,
        recipient: viaBridge ? viaBridge.to : withdrawal.target,
        logIndex,
        details: {
          portal: route.portal,
          via: viaBridge ? 'standard-bridge' : 'message-passer',
          nonce: withdrawal.nonce.toString(),
          sender: withdrawal.sender,
          target: withdrawal.target,
          value: withdrawal.value.toString(),
          gasLimit: withdrawal.gasLimit.toString(),
          data: withdrawal.data,
        },
      },
    ]
  })
}

const withdrawalOf = (deposit: BridgeDeposit): WithdrawalTransaction => {
  const d = deposit.details
  const need = (key: string) => {
    const value = d[key]
    if (value === undefined) throw bridgeUnreadableError('incomplete-record', `the withdrawal's ${key} is missing`)
    return value
  }
  return {
    nonce: BigInt(need('nonce')),
    sender: need('sender') as Address,
    target: need('target') as Address,
    value: BigInt(need('value')),
    gasLimit: BigInt(need('gasLimit')),
    data: need('data') as Hex,
  }
}

async function follow(deposit: BridgeDeposit, context: FollowContext): Promise<BridgeOutcome> {
  const destination = context.destination
  if (!destination) return { state: 'no-endpoint' }
  return deposit.direction === 'deposit'
    ? followDeposit(destination.client, deposit)
    : followWithdrawal(destination.client, deposit, context)
}

/**
 * A deposit is delivered when the L2 holds the deposit transaction under the hash the L1 log
 * derives. Not there yet: the sequencer has not included that L1 block (normally 1–3 min).
 */
async function followDeposit(l2: ReadClient, deposit: BridgeDeposit): Promise<BridgeOutcome> {
  try {
    const receipt = await l2.getTransactionReceipt({ hash: deposit.messageId as Hex })
    return {
      state: 'delivered',
      txHash: receipt.transactionHash,
      blockNumber: receipt.blockNumber,
      // A deposit mints its ETH on L2 whatever the call does; a reverted call leaves it with the sender.
      amountReceived: receipt.status === 'success' ? deposit.amount : null,
      destinationStatus: receipt.status,
    }
  } catch (error) {
    if (error instanceof TransactionReceiptNotFoundError) return { state: 'in-flight', stage: 'sequencer' }
    throw error
  }
}

/** The portal's version string's major number: 3 and up are OptimismPortal2 (dispute games). */
const majorVersion = (version: string) => {
  const major = Number(/^(\d+)\./.exec(version)?.[1])
  if (!Number.isInteger(major))
    throw bridgeUnreadableError('unexpected-answer', `the portal's version "${version.slice(0, 20)}" is not semver`)
  return major
}

/**
 * A withdrawal is read on L1, at the portal: finalized (delivered), proven and past the proof
 * maturity delay (finalize), proven and waiting (challenge period), or not proven: waiting for a
 * state root (output proposal or dispute game) to cover its L2 block, then to be proven.
 */
async function followWithdrawal(l1: ReadClient, deposit: BridgeDeposit, context: FollowContext) {
  const portal = deposit.details['portal'] as Address | undefined
  if (!portal) throw bridgeUnreadableError('no-contract-known', 'no portal for this withdrawal')
  const withdrawal = withdrawalOf(deposit)
  const hash = deposit.messageId as Hex
  const call = <T>(functionName: string, args: readonly unknown[] = []) =>
    readAt<T>(l1, portal, portalAbi, functionName, args)
  const [version, finalized, head] = await Promise.all([
    call<string>('version'),
    call<boolean>('finalizedWithdrawals', [hash]),
    l1.getBlock({ blockTag: 'latest' }),
  ])
  if (finalized) {
    return { state: 'delivered', txHash: null, blockNumber: null, amountReceived: deposit.amount } as const
  }
  const l2Block = context.sourceBlock?.number ?? null
  const major = majorVersion(version)
  return major >= 3
    ? followPortal2(l1, { portal, hash, withdrawal, call, now: head.timestamp, l2Block })
    : followPortal1(l1, { portal, hash, withdrawal, call, now: head.timestamp, l2Block })
}

type PortalReads = {
  portal: Address
  hash: Hex
  withdrawal: WithdrawalTransaction
  call: <T>(functionName: string, args?: readonly unknown[]) => Promise<T>
  /** L1's own time (latest block), the clock the portal checks against. */
  now: bigint
  l2Block: bigint | null
}

/** OptimismPortal (v1–v2): proofs against L2OutputOracle outputs, finalizable after `finalizationPeriodSeconds`. */
async function followPortal1(l1: ReadClient, r: PortalReads): Promise<BridgeOutcome> {
  const chainId = await l1.getChainId()
  const [, provenAt] = await r.call<readonly [Hex, bigint, bigint]>('provenWithdrawals', [r.hash])
  const oracle = await r.call<Address>('l2Oracle')
  const read = <T>(functionName: string) => readAt<T>(l1, oracle, oracleAbi, functionName)
  if (provenAt > 0n) {
    const period = await read<bigint>('finalizationPeriodSeconds')
    if (r.now < provenAt + period) return { state: 'in-flight', stage: 'challenge-period' }
    return {
      state: 'action-needed',
      action: 'finalize',
      call: { chainId, to: r.portal, data: finalizeWithdrawalCalldata(r.withdrawal), function: FINALIZE_SIGNATURE },
      expiresAt: null,
    }
  }
  const latest = await read<bigint>('latestBlockNumber')
  if (r.l2Block === null || latest < r.l2Block) return { state: 'in-flight', stage: 'state-root' }
  return proveNeeded(chainId, r.portal)
}

/**
 * OptimismPortal2 (v3+): proofs against dispute games, kept per proof submitter. Finalizable once
 * the proof is older than `proofMaturityDelaySeconds` and its game resolved for the defender more
 * than `disputeGameFinalityDelaySeconds` ago. The call names the submitter
 * (`finalizeWithdrawalTransactionExternalProof`), so any wallet can send it.
 */
async function followPortal2(l1: ReadClient, r: PortalReads): Promise<BridgeOutcome> {
  const chainId = await l1.getChainId()
  const submitters = await r.call<bigint>('numProofSubmitters', [r.hash])
  if (submitters > 0n) {
    const [maturity, finality] = await Promise.all([
      r.call<bigint>('proofMaturityDelaySeconds'),
      r.call<bigint>('disputeGameFinalityDelaySeconds'),
    ])
    // Any submitter whose proof is ripe will do; the first one found is named in the call.
    for (let i = 0n; i < submitters; i++) {
      const submitter = await r.call<Address>('proofSubmitters', [r.hash, i])
      const [game, provenAt] = await r.call<readonly [Address, bigint]>('provenWithdrawals', [r.hash, submitter])
      if (provenAt === 0n || r.now < provenAt + maturity) continue
      const readGame = <T>(functionName: string) => readAt<T>(l1, game, gameAbi, functionName)
      const [status, resolvedAt] = await Promise.all([readGame<number>('status'), readGame<bigint>('resolvedAt')])
      if (status !== DEFENDER_WINS || r.now < resolvedAt + finality) continue
      return {
        state: 'action-needed',
        action: 'finalize',
        call: {
          chainId,
          to: r.portal,
          data: finalizeExternalProofCalldata(r.withdrawal, submitter),
          function: FINALIZE_EXTERNAL_PROOF_SIGNATURE,
        },
        expiresAt: null,
      }
    }
    return { state: 'in-flight', stage: 'challenge-period' }
  }
  const [factory, gameType] = await Promise.all([
    r.call<Address>('disputeGameFactory'),
    r.call<number>('respectedGameType'),
  ])
  const readFactory = <T>(functionName: string, args: readonly unknown[] = []) =>
    readAt<T>(l1, factory, factoryAbi, functionName, args)
  const count = await readFactory<bigint>('gameCount')
  if (count === 0n || r.l2Block === null) return { state: 'in-flight', stage: 'state-root' }
  const [latest] = await readFactory<readonly { extraData: Hex }[]>('findLatestGames', [gameType, count - 1n, 1n])
  const covered = latest ? gameL2BlockNumber(latest.extraData) : null
  if (covered === null || covered < r.l2Block) return { state: 'in-flight', stage: 'state-root' }
  return proveNeeded(chainId, r.portal)
}

/**
 * Proving needs a Merkle proof of the withdrawal in L2 state at the proposed root, which the
 * wallet or the bridge's page builds: no calldata here, only where and what to call.
 */
const proveNeeded = (chainId: number, portal: Address): BridgeOutcome => ({
  state: 'action-needed',
  action: 'prove',
  call: null,
  target: { chainId, to: portal, function: PROVE_SIGNATURE },
  expiresAt: null,
})

export const opStackProtocol: BridgeProtocol = { id: 'op-stack', recognise, follow }
