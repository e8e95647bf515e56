import { decodeEventLog, encodeAbiParameters, keccak256, parseAbi, type Address, type Hex } from 'viem'
import type { LogData } from '../token-movements.js'

/**
 * Across V3 SpokePool events, exactly as `@across-protocol/contracts` (5.x,
 * contracts/interfaces/V3SpokePoolInterface.sol) declares them. `FundsDeposited` / `FilledRelay` are
 * today's (bytes32 addresses, uint256 deposit ids); `V3FundsDeposited` / `FilledV3Relay` are the
 * older address-typed ones, still found in pools' history. Deposit and fill index the same two
 * facts (origin or destination chain, deposit id), so a fill is found by its topics alone.
 */
export const acrossEventAbi = parseAbi([
  'event FundsDeposited(bytes32 inputToken, bytes32 outputToken, uint256 inputAmount, uint256 outputAmount, uint256 indexed destinationChainId, uint256 indexed depositId, uint32 quoteTimestamp, uint32 fillDeadline, uint32 exclusivityDeadline, bytes32 indexed depositor, bytes32 recipient, bytes32 exclusiveRelayer, bytes message)',
  'event V3FundsDeposited(address inputToken, address outputToken, uint256 inputAmount, uint256 outputAmount, uint256 indexed destinationChainId, uint32 indexed depositId, uint32 quoteTimestamp, uint32 fillDeadline, uint32 exclusivityDeadline, address indexed depositor, address recipient, address exclusiveRelayer, bytes message)',
  'struct V3RelayExecutionEventInfo { bytes32 updatedRecipient; bytes32 updatedMessageHash; uint256 updatedOutputAmount; uint8 fillType; }',
  'struct LegacyV3RelayExecutionEventInfo { address updatedRecipient; bytes updatedMessage; uint256 updatedOutputAmount; uint8 fillType; }',
  'event FilledRelay(bytes32 inputToken, bytes32 outputToken, uint256 inputAmount, uint256 outputAmount, uint256 repaymentChainId, uint256 indexed originChainId, uint256 indexed depositId, uint32 fillDeadline, uint32 exclusivityDeadline, bytes32 exclusiveRelayer, bytes32 indexed relayer, bytes32 depositor, bytes32 recipient, bytes32 messageHash, V3RelayExecutionEventInfo relayExecutionInfo)',
  'event FilledV3Relay(address inputToken, address outputToken, uint256 inputAmount, uint256 outputAmount, uint256 repaymentChainId, uint256 indexed originChainId, uint32 indexed depositId, uint32 fillDeadline, uint32 exclusivityDeadline, address exclusiveRelayer, address indexed relayer, address depositor, address recipient, bytes message, LegacyV3RelayExecutionEventInfo relayExecutionInfo)',
  'event ExecutedRelayerRefundRoot(uint256 amountToReturn, uint256 indexed chainId, uint256[] refundAmounts, uint32 indexed rootBundleId, uint32 indexed leafId, address l2TokenAddress, address[] refundAddresses, bool deferredRefunds, address caller)',
])

/** `fillStatuses(relayHash)` on the destination SpokePool: 0 Unfilled, 1 RequestedSlowFill, 2 Filled (enum FillStatus). */
export const acrossFillStatusAbi = parseAbi(['function fillStatuses(bytes32) view returns (uint256)'])
export const acrossFillStatus = { unfilled: 0n, slowFillRequested: 1n, filled: 2n } as const

/** A deposit as its source log states it, every address in the bytes32 form today's pools use. */
export type AcrossDepositLog = {
  event: 'FundsDeposited' | 'V3FundsDeposited'
  destinationChainId: bigint
  depositId: bigint
  inputToken: Hex
  outputToken: Hex
  inputAmount: bigint
  outputAmount: bigint
  quoteTimestamp: number
  fillDeadline: number
  exclusivityDeadline: number
  depositor: Hex
  recipient: Hex
  exclusiveRelayer: Hex
  message: Hex
}

const toBytes32 = (value: Hex): Hex => `0x${value.slice(2).toLowerCase().padStart(64, '0')}`

/** The EVM address a bytes32 names, or null when its upper 12 bytes are not zero (a Solana account, say). */
export function evmAddressOf(word: Hex): Address | null {
  const digits = word.slice(2).toLowerCase()
  if (digits.length !== 64 || !/^0{24}/.test(digits)) return null
  return `0x${digits.slice(24)}`
}

/** Pure: a SpokePool log → the deposit it records, or null when it is not one (or does not decode). */
export function decodeAcrossDeposit(log: LogData): AcrossDepositLog | null {
  let event
  try {
    event = decodeEventLog({ abi: acrossEventAbi, topics: log.topics as [Hex, ...Hex[]], data: log.data })
  } catch {
    return null
  }
  if (event.eventName !== 'FundsDeposited' && event.eventName !== 'V3FundsDeposited') return null
  const a = event.args
  return {
    event: event.eventName,
    destinationChainId: a.destinationChainId,
    depositId: BigInt(a.depositId),
    inputToken: toBytes32(a.inputToken),
    outputToken: toBytes32(a.outputToken),
    inputAmount: a.inputAmount,
    outputAmount: a.outputAmount,
    quoteTimestamp: a.quoteTimestamp,
    fillDeadline: a.fillDeadline,
    exclusivityDeadline: a.exclusivityDeadline,
    depositor: toBytes32(a.depositor),
    recipient: toBytes32(a.recipient),
    exclusiveRelayer: toBytes32(a.exclusiveRelayer),
    message: a.message.toLowerCase() as Hex,
  }
}

const relayDataAbi = [
  {
    type: 'tuple',
    components: [
      { name: 'depositor', type: 'bytes32' },
      { name: 'recipient', type: 'bytes32' },
      { name: 'exclusiveRelayer', type: 'bytes32' },
      { name: 'inputToken', type: 'bytes32' },
      { name: 'outputToken', type: 'bytes32' },
      { name: 'inputAmount', type: 'uint256' },
      { name: 'outputAmount', type: 'uint256' },
      { name: 'originChainId', type: 'uint256' },
      { name: 'depositId', type: 'uint256' },
      { name: 'fillDeadline', type: 'uint32' },
      { name: 'exclusivityDeadline', type: 'uint32' },
      { name: 'message', type: 'bytes' },
    ],
  },
  { type: 'uint256' },
] as const

/**
 * The key of the destination pool's `fillStatuses`: SpokePool._getV3RelayHash is
 * `keccak256(abi.encode(relayData, chainId()))`, relayData being V3RelayData (bytes32 addresses,
 * uint256 deposit id; legacy address-typed deposits are widened the same way by the pool) and
 * chainId() the destination's. The exclusivity deadline in the relay data is the one the deposit
 * event reports (the pool stores the computed deadline, not the parameter).
 */
export function acrossRelayHash(deposit: AcrossDepositLog, originChainId: bigint): Hex {
  return keccak256(
    encodeAbiParameters(relayDataAbi, [
      {
        depositor: deposit.depositor,
        recipient: deposit.recipient,
        exclusiveRelayer: deposit.exclusiveRelayer,
        inputToken: deposit.inputToken,
        outputToken: deposit.outputToken,
        inputAmount: deposit.inputAmount,
        outputAmount: deposit.outputAmount,
        originChainId,
        depositId: deposit.depositId,
        fillDeadline: deposit.fillDeadline,
        exclusivityDeadline: deposit.exclusivityDeadline,
        message: deposit.message,
      },
      deposit.destinationChainId,
    ]),
  )
}

/** A fill as the destination pool logs it: what the recipient got (a sped-up deposit may differ from the quote). */
export type AcrossFillLog = {
  originChainId: bigint
  depositId: bigint
  amountReceived: bigint
  relayer: Hex
  /** The token the recipient got on the destination chain (bytes32; an EVM address in its last 20 bytes). */
  outputToken: Hex
}

/** Pure: a destination SpokePool log → the fill it records, or null. */
export function decodeAcrossFill(log: LogData): AcrossFillLog | null {
  let event
  try {
    event = decodeEventLog({ abi: acrossEventAbi, topics: log.topics as [Hex, ...Hex[]], data: log.data })
  } catch {
    return null
  }
  if (event.eventName !== 'FilledRelay' && event.eventName !== 'FilledV3Relay') return null
  return {
    originChainId: event.args.originChainId,
    depositId: BigInt(event.args.depositId),
    amountReceived: event.args.relayExecutionInfo.updatedOutputAmount,
    relayer: toBytes32(event.args.relayer),
    outputToken: toBytes32(event.args.outputToken),
  }
}

/** A relayer refund leaf executed on a pool: who got how much of which token, and whether it was paid or only credited. */
export type AcrossRefundLog = {
  chainId: bigint
  token: Address
  refunds: { address: Address; amount: bigint }[]
  deferred: boolean
}

/** Pure: an origin SpokePool log → the refunds it pays, or null. */
export function decodeAcrossRefund(log: LogData): AcrossRefundLog | null {
  let event
  try {
    event = decodeEventLog({ abi: acrossEventAbi, topics: log.topics as [Hex, ...Hex[]], data: log.data })
  } catch {
    return null
  }
  if (event.eventName !== 'ExecutedRelayerRefundRoot') return null
  const { refundAddresses, refundAmounts } = event.args
  return {
    chainId: event.args.chainId,
    token: event.args.l2TokenAddress.toLowerCase() as Address,
    refunds: refundAddresses.map((address, i) => ({
      address: address.toLowerCase() as Address,
      amount: refundAmounts[i] ?? 0n,
    })),
    deferred: event.args.deferredRefunds,
  }
}
