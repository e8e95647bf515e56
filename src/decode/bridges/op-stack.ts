import {
  concat,
  decodeAbiParameters,
  decodeEventLog,
  encodeAbiParameters,
  getAbiItem,
  toEventSelector,
  encodeFunctionData,
  getAddress,
  hexToBigInt,
  keccak256,
  pad,
  parseAbi,
  size,
  slice,
  toHex,
  toRlp,
  zeroAddress,
  type Address,
  type Hex,
} from 'viem'

/**
 * The OP Stack standard bridge's events and calls, decoded without reading anything: the L1
 * portal's `TransactionDeposited` (a deposit), the L2 message passer's `MessagePassed` (a
 * withdrawal), the L1StandardBridge's deposit events (what a bridged deposit was for), and the
 * portal's withdrawal calls. Specs: https://specs.optimism.io/protocol/deposits.html and
 * https://specs.optimism.io/protocol/withdrawals.html.
 */
export const opStackAbi = parseAbi([
  'event TransactionDeposited(address indexed from, address indexed to, uint256 indexed version, bytes opaqueData)',
  'event MessagePassed(uint256 indexed nonce, address indexed sender, address indexed target, uint256 value, uint256 gasLimit, bytes data, bytes32 withdrawalHash)',
  'event ETHDepositInitiated(address indexed from, address indexed to, uint256 amount, bytes extraData)',
  'event ERC20DepositInitiated(address indexed l1Token, address indexed l2Token, address indexed from, address to, uint256 amount, bytes extraData)',
  'event WithdrawalInitiated(address indexed l1Token, address indexed l2Token, address indexed from, address to, uint256 amount, bytes extraData)',
  'event WithdrawalFinalized(bytes32 indexed withdrawalHash, bool success)',
  'struct WithdrawalTransaction { uint256 nonce; address sender; address target; uint256 value; uint256 gasLimit; bytes data; }',
  'function finalizeWithdrawalTransaction(WithdrawalTransaction _tx)',
  'function finalizeWithdrawalTransactionExternalProof(WithdrawalTransaction _tx, address _proofSubmitter)',
  'function finalizedWithdrawals(bytes32) view returns (bool)',
  'function version() view returns (string)',
])

type RawLog = { address: string; topics: readonly Hex[]; data: Hex; logIndex?: number | undefined }

/** keccak256 of each event's signature: the first topic its logs carry. */
const topicOf = (
  name:
    'TransactionDeposited' | 'MessagePassed' | 'ETHDepositInitiated' | 'ERC20DepositInitiated' | 'WithdrawalInitiated',
) => toEventSelector(getAbiItem({ abi: opStackAbi, name }))

/** The deposit fields `opaqueData` packs: mint(32) ‖ value(32) ‖ gasLimit(8) ‖ isCreation(1) ‖ data. */
export type DepositFields = { mint: bigint; value: bigint; gas: bigint; isCreation: boolean; data: Hex }

export function decodeOpaqueData(opaqueData: Hex): DepositFields {
  if (size(opaqueData) < 73)
    throw new Error(`TransactionDeposited opaqueData is ${size(opaqueData)} bytes, expected at least 73`)
  return {
    mint: hexToBigInt(slice(opaqueData, 0, 32)),
    value: hexToBigInt(slice(opaqueData, 32, 64)),
    gas: hexToBigInt(slice(opaqueData, 64, 72)),
    isCreation: hexToBigInt(slice(opaqueData, 72, 73)) === 1n,
    data: size(opaqueData) > 73 ? slice(opaqueData, 73) : '0x',
  }
}

/** A user deposit's source hash: keccak256(bytes32(0) ‖ keccak256(l1BlockHash ‖ bytes32(l1LogIndex))). */
export const userDepositSourceHash = (l1BlockHash: Hex, l1LogIndex: number): Hex =>
  keccak256(concat([pad('0x00', { size: 32 }), keccak256(concat([l1BlockHash, pad(toHex(l1LogIndex), { size: 32 })]))]))

/** RLP integers are minimal big-endian bytes, zero is the empty string. */
const rlpUint = (n: bigint): Hex => (n === 0n ? '0x' : toHex(n))

/**
 * The L2 hash of the deposit transaction the sequencer must include for this L1 log:
 * keccak256(0x7E ‖ rlp([sourceHash, from, to, mint, value, gas, isSystemTx, data])), with `to`
 * empty for a contract creation and isSystemTx false for user deposits. `from` is the log's,
 * already aliased by the portal when a contract deposited.
 */
export function depositTransactionHash(log: {
  from: Address
  to: Address
  opaqueData: Hex
  l1BlockHash: Hex
  l1LogIndex: number
}): Hex {
  const fields = decodeOpaqueData(log.opaqueData)
  const rlp = toRlp([
    userDepositSourceHash(log.l1BlockHash, log.l1LogIndex),
    log.from,
    fields.isCreation ? '0x' : log.to,
    rlpUint(fields.mint),
    rlpUint(fields.value),
    rlpUint(fields.gas),
    '0x',
    fields.data,
  ])
  return keccak256(concat(['0x7e', rlp]))
}

export type OpStackDepositLog = {
  portal: Address
  from: Address
  to: Address
  fields: DepositFields
  logIndex: number
  l2TxHash: Hex
}

/** The portal deposits (version 0, the only one defined) among a receipt's logs, with their L2 hashes. */
export function decodeOpStackDeposits(
  logs: readonly RawLog[],
  blockHash: Hex,
  isPortal: (address: string) => boolean,
): OpStackDepositLog[] {
  return logs.flatMap((log) => {
    if (log.topics[0] !== topicOf('TransactionDeposited') || !isPortal(log.address) || log.logIndex === undefined)
      return []
    try {
      const { args } = decodeEventLog({ abi: opStackAbi, eventName: 'TransactionDeposited', ...asEvent(log) })
      if (args.version !== 0n) return []
      const fields = decodeOpaqueData(args.opaqueData)
      const l2TxHash = depositTransactionHash({
        from: args.from,
        to: args.to,
        opaqueData: args.opaqueData,
        l1BlockHash: blockHash,
        l1LogIndex: log.logIndex,
      })
      return [
        { portal: getAddress(log.address), from: args.from, to: args.to, fields, logIndex: log.logIndex, l2TxHash },
      ]
    } catch {
      return []
    }
  })
}

/** What an L1StandardBridge deposit in the same transaction said it was for: token, amount, recipient. */
export type StandardBridgeDeposit = { l1Token: Address | null; l2Token: Address | null; to: Address; amount: bigint }

export function decodeStandardBridgeDeposits(logs: readonly RawLog[]): StandardBridgeDeposit[] {
  return logs.flatMap((log): StandardBridgeDeposit[] => {
    try {
      if (log.topics[0] === topicOf('ETHDepositInitiated')) {
        const { args } = decodeEventLog({ abi: opStackAbi, eventName: 'ETHDepositInitiated', ...asEvent(log) })
        return [{ l1Token: null, l2Token: null, to: args.to, amount: args.amount }]
      }
      if (log.topics[0] === topicOf('ERC20DepositInitiated')) {
        const { args } = decodeEventLog({ abi: opStackAbi, eventName: 'ERC20DepositInitiated', ...asEvent(log) })
        return [{ l1Token: args.l1Token, l2Token: args.l2Token, to: args.to, amount: args.amount }]
      }
    } catch {
      // Not the standard bridge's event after all (same signature, other layout): ignore it.
    }
    return []
  })
}

/** The L2StandardBridge's ETH stand-in: withdrawals of ETH name it as the L2 token and address(0) on L1. */
const LEGACY_ETH = '0xdeaddeaddeaddeaddeaddeaddeaddeaddead0000'

/** What an L2StandardBridge withdrawal in the same transaction was for: the L1 token (null: ETH), amount, recipient. */
export function decodeStandardBridgeWithdrawals(logs: readonly RawLog[]): StandardBridgeDeposit[] {
  return logs.flatMap((log): StandardBridgeDeposit[] => {
    if (log.topics[0] !== topicOf('WithdrawalInitiated')) return []
    try {
      const { args } = decodeEventLog({ abi: opStackAbi, eventName: 'WithdrawalInitiated', ...asEvent(log) })
      const eth = args.l2Token.toLowerCase() === LEGACY_ETH || args.l1Token === zeroAddress
      return [{ l1Token: eth ? null : args.l1Token, l2Token: args.l2Token, to: args.to, amount: args.amount }]
    } catch {
      return []
    }
  })
}

/** A withdrawal as L2ToL1MessagePasser records it: everything `finalizeWithdrawalTransaction` takes. */
export type WithdrawalTransaction = {
  nonce: bigint
  sender: Address
  target: Address
  value: bigint
  gasLimit: bigint
  data: Hex
}
export type OpStackWithdrawalLog = { withdrawal: WithdrawalTransaction; withdrawalHash: Hex; logIndex: number }

/** The withdrawals a transaction started through the message passer at `messagePasser`. */
export function decodeOpStackWithdrawals(logs: readonly RawLog[], isMessagePasser: (a: string) => boolean) {
  return logs.flatMap((log, position): OpStackWithdrawalLog[] => {
    if (log.topics[0] !== topicOf('MessagePassed') || !isMessagePasser(log.address)) return []
    try {
      const { args } = decodeEventLog({ abi: opStackAbi, eventName: 'MessagePassed', ...asEvent(log) })
      const withdrawal = {
        nonce: args.nonce,
        sender: args.sender,
        target: args.target,
        value: args.value,
        gasLimit: args.gasLimit,
        data: args.data,
      }
      // The passer's own hash must match the fields: a log that disagrees is not trusted.
      if (withdrawalHash(withdrawal).toLowerCase() !== args.withdrawalHash.toLowerCase()) return []
      return [{ withdrawal, withdrawalHash: args.withdrawalHash, logIndex: log.logIndex ?? position }]
    } catch {
      return []
    }
  })
}

/** keccak256(abi.encode(nonce, sender, target, value, gasLimit, data)): the contracts' Hashing.hashWithdrawal. */
export const withdrawalHash = (w: WithdrawalTransaction): Hex =>
  keccak256(
    encodeAbiParameters(
      ['uint256', 'address', 'address', 'uint256', 'uint256', 'bytes'].map((type) => ({ type })),
      [w.nonce, w.sender, w.target, w.value, w.gasLimit, w.data],
    ),
  )

/** The calldata of `finalizeWithdrawalTransaction((nonce,sender,target,value,gasLimit,data))`. */
export const finalizeWithdrawalCalldata = (w: WithdrawalTransaction): Hex =>
  encodeFunctionData({ abi: opStackAbi, functionName: 'finalizeWithdrawalTransaction', args: [w] })

/** OptimismPortal2: the same, naming whose proof to use, so that any wallet may send it. */
export const finalizeExternalProofCalldata = (w: WithdrawalTransaction, proofSubmitter: Address): Hex =>
  encodeFunctionData({
    abi: opStackAbi,
    functionName: 'finalizeWithdrawalTransactionExternalProof',
    args: [w, proofSubmitter],
  })

export const FINALIZE_EXTERNAL_PROOF_SIGNATURE =
  'finalizeWithdrawalTransactionExternalProof((uint256,address,address,uint256,uint256,bytes),address)'
export const FINALIZE_SIGNATURE = 'finalizeWithdrawalTransaction((uint256,address,address,uint256,uint256,bytes))'
export const PROVE_SIGNATURE =
  'proveWithdrawalTransaction((uint256,address,address,uint256,uint256,bytes),uint256,(bytes32,bytes32,bytes32,bytes32),bytes[])'

/** The L2 block number a dispute game's `extraData` names (its first 32 bytes). */
export const gameL2BlockNumber = (extraData: Hex): bigint | null =>
  size(extraData) >= 32 ? decodeAbiParameters([{ type: 'uint256' }], slice(extraData, 0, 32))[0] : null

const asEvent = (log: RawLog) => ({ topics: log.topics as [Hex, ...Hex[]], data: log.data })
