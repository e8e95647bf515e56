import {
  decodeEventLog,
  encodePacked,
  hexToBigInt,
  hexToNumber,
  keccak256,
  parseAbi,
  size,
  slice,
  type Address,
  type Hex,
} from 'viem'
import type { LogData } from '../token-movements.js'

/**
 * Circle CCTP events, as github.com/circlefin/evm-cctp-contracts (commit 4061786) declares them:
 * v1 in src/MessageTransmitter.sol and src/TokenMessenger.sol, v2 in src/v2/ (MessageTransmitterV2,
 * TokenMessengerV2, BaseTokenMessenger). Both versions emit `MessageSent(bytes message)` from the
 * MessageTransmitter; the TokenMessenger's `DepositForBurn` differs (v1 carries the nonce, v2
 * cannot: its nonce is assigned by Circle's attestation service).
 */
export const cctpV1Abi = parseAbi([
  'event MessageSent(bytes message)',
  'event DepositForBurn(uint64 indexed nonce, address indexed burnToken, uint256 amount, address indexed depositor, bytes32 mintRecipient, uint32 destinationDomain, bytes32 destinationTokenMessenger, bytes32 destinationCaller)',
  'event MessageReceived(address indexed caller, uint32 sourceDomain, uint64 indexed nonce, bytes32 sender, bytes messageBody)',
  'event MintAndWithdraw(address indexed mintRecipient, uint256 amount, address indexed mintToken)',
])
export const cctpV2Abi = parseAbi([
  'event MessageSent(bytes message)',
  'event DepositForBurn(address indexed burnToken, uint256 amount, address indexed depositor, bytes32 mintRecipient, uint32 destinationDomain, bytes32 destinationTokenMessenger, bytes32 destinationCaller, uint256 maxFee, uint32 indexed minFinalityThreshold, bytes hookData)',
  'event MessageReceived(address indexed caller, uint32 sourceDomain, bytes32 indexed nonce, bytes32 sender, uint32 indexed finalityThresholdExecuted, bytes messageBody)',
  'event MintAndWithdraw(address indexed mintRecipient, uint256 amount, address indexed mintToken, uint256 feeCollected)',
])
/** `usedNonces` on both versions: v1 keyed by keccak256(abi.encodePacked(uint32 sourceDomain, uint64 nonce)), v2 by the bytes32 nonce. */
export const cctpUsedNoncesAbi = parseAbi(['function usedNonces(bytes32) view returns (uint256)'])

const attempt = <T>(decode: () => T): T | null => {
  try {
    return decode()
  } catch {
    return null
  }
}
const word = (data: Hex, start: number): Hex => slice(data, start, start + 32, { strict: true })
const uint = (data: Hex, start: number, bytes: number) =>
  hexToBigInt(slice(data, start, start + bytes, { strict: true }))

/**
 * A v1 message (src/messages/Message.sol): version uint32 @0, sourceDomain uint32 @4,
 * destinationDomain uint32 @8, nonce uint64 @12, sender bytes32 @20, recipient bytes32 @52,
 * destinationCaller bytes32 @84, messageBody @116. Its burn body (src/messages/BurnMessage.sol):
 * version uint32 @0, burnToken bytes32 @4, mintRecipient bytes32 @36, amount uint256 @68,
 * messageSender bytes32 @100 (132 bytes).
 */
export type CctpMessage = {
  version: number
  sourceDomain: number
  destinationDomain: number
  /** v1: the sequence number as a decimal string; v2: the bytes32 nonce (zero as sent: Circle assigns it). */
  nonce: string
  sender: Hex
  recipient: Hex
  destinationCaller: Hex
  /** v2 only. */
  minFinalityThreshold: number | null
  body: Hex
}
export type CctpBurnBody = {
  burnToken: Hex
  mintRecipient: Hex
  amount: bigint
  messageSender: Hex
  /** v2 only (null on v1). */
  maxFee: bigint | null
  hookData: Hex | null
}

export function parseCctpMessageV1(message: Hex): CctpMessage | null {
  return attempt(() => {
    if (size(message) < 116) return null
    return {
      version: hexToNumber(slice(message, 0, 4, { strict: true })),
      sourceDomain: hexToNumber(slice(message, 4, 8, { strict: true })),
      destinationDomain: hexToNumber(slice(message, 8, 12, { strict: true })),
      nonce: uint(message, 12, 8).toString(),
      sender: word(message, 20),
      recipient: word(message, 52),
      destinationCaller: word(message, 84),
      minFinalityThreshold: null,
      body: size(message) > 116 ? slice(message, 116) : '0x',
    }
  })
}

export function parseBurnBodyV1(body: Hex): CctpBurnBody | null {
  return attempt(() => {
    if (size(body) !== 132) return null
    return {
      burnToken: word(body, 4),
      mintRecipient: word(body, 36),
      amount: uint(body, 68, 32),
      messageSender: word(body, 100),
      maxFee: null,
      hookData: null,
    }
  })
}

/**
 * A v2 message (src/messages/v2/MessageV2.sol): version @0, sourceDomain @4, destinationDomain @8,
 * nonce bytes32 @12, sender @44, recipient @76, destinationCaller @108, minFinalityThreshold uint32
 * @140, finalityThresholdExecuted uint32 @144, messageBody @148. Its burn body
 * (src/messages/v2/BurnMessageV2.sol): version @0, burnToken @4, mintRecipient @36, amount @68,
 * messageSender @100, maxFee @132, feeExecuted @164, expirationBlock @196, hookData @228. As sent,
 * nonce, finalityThresholdExecuted, feeExecuted and expirationBlock are empty: Circle fills them in.
 */
export function parseCctpMessageV2(message: Hex): CctpMessage | null {
  return attempt(() => {
    if (size(message) < 148) return null
    return {
      version: hexToNumber(slice(message, 0, 4, { strict: true })),
      sourceDomain: hexToNumber(slice(message, 4, 8, { strict: true })),
      destinationDomain: hexToNumber(slice(message, 8, 12, { strict: true })),
      nonce: word(message, 12),
      sender: word(message, 44),
      recipient: word(message, 76),
      destinationCaller: word(message, 108),
      minFinalityThreshold: hexToNumber(slice(message, 140, 144, { strict: true })),
      body: size(message) > 148 ? slice(message, 148) : '0x',
    }
  })
}

export function parseBurnBodyV2(body: Hex): CctpBurnBody | null {
  return attempt(() => {
    if (size(body) < 228) return null
    return {
      burnToken: word(body, 4),
      mintRecipient: word(body, 36),
      amount: uint(body, 68, 32),
      messageSender: word(body, 100),
      maxFee: uint(body, 132, 32),
      hookData: size(body) > 228 ? slice(body, 228) : '0x',
    }
  })
}

/** The v1 `usedNonces` key of a message: keccak256(abi.encodePacked(uint32 sourceDomain, uint64 nonce)). */
export const cctpV1NonceKey = (sourceDomain: number, nonce: bigint): Hex =>
  keccak256(encodePacked(['uint32', 'uint64'], [sourceDomain, nonce]))

/** A burn as the TokenMessenger logs it. */
export type CctpBurnLog = {
  version: 1 | 2
  /** v1 only. */
  nonce: bigint | null
  burnToken: Address
  amount: bigint
  depositor: Address
  mintRecipient: Hex
  destinationDomain: number
  destinationTokenMessenger: Hex
  destinationCaller: Hex
  maxFee: bigint | null
  minFinalityThreshold: number | null
  hookData: Hex | null
}

const lower = (a: string) => a.toLowerCase() as Address
const lowerHex = (h: string) => h.toLowerCase() as Hex

/** Pure: a TokenMessenger log of the given version → the burn it records, or null. */
export function decodeCctpBurn(log: LogData, version: 1 | 2): CctpBurnLog | null {
  const topics = log.topics as [Hex, ...Hex[]]
  if (version === 1) {
    const event = attempt(() => decodeEventLog({ abi: cctpV1Abi, topics, data: log.data }))
    if (event?.eventName !== 'DepositForBurn') return null
    const a = event.args
    return {
      version,
      nonce: a.nonce,
      burnToken: lower(a.burnToken),
      amount: a.amount,
      depositor: lower(a.depositor),
      mintRecipient: lowerHex(a.mintRecipient),
      destinationDomain: a.destinationDomain,
      destinationTokenMessenger: lowerHex(a.destinationTokenMessenger),
      destinationCaller: lowerHex(a.destinationCaller),
      maxFee: null,
      minFinalityThreshold: null,
      hookData: null,
    }
  }
  const event = attempt(() => decodeEventLog({ abi: cctpV2Abi, topics, data: log.data }))
  if (event?.eventName !== 'DepositForBurn') return null
  const a = event.args
  return {
    version,
    nonce: null,
    burnToken: lower(a.burnToken),
    amount: a.amount,
    depositor: lower(a.depositor),
    mintRecipient: lowerHex(a.mintRecipient),
    destinationDomain: a.destinationDomain,
    destinationTokenMessenger: lowerHex(a.destinationTokenMessenger),
    destinationCaller: lowerHex(a.destinationCaller),
    maxFee: a.maxFee,
    minFinalityThreshold: a.minFinalityThreshold,
    hookData: lowerHex(a.hookData),
  }
}

/** Pure: a MessageTransmitter log → the message bytes it sent, or null. */
export function decodeMessageSent(log: LogData): Hex | null {
  const event = attempt(() => decodeEventLog({ abi: cctpV1Abi, topics: log.topics as [Hex, ...Hex[]], data: log.data }))
  return event?.eventName === 'MessageSent' ? lowerHex(event.args.message) : null
}

/** A message received on the destination, as its MessageTransmitter logs it. */
export type CctpReceivedLog = { sourceDomain: number; nonce: string; sender: Hex; messageBody: Hex }

export function decodeMessageReceived(log: LogData, version: 1 | 2): CctpReceivedLog | null {
  const topics = log.topics as [Hex, ...Hex[]]
  const event = attempt(() => decodeEventLog({ abi: version === 1 ? cctpV1Abi : cctpV2Abi, topics, data: log.data }))
  if (event?.eventName !== 'MessageReceived') return null
  const a = event.args
  return {
    sourceDomain: a.sourceDomain,
    nonce: typeof a.nonce === 'bigint' ? a.nonce.toString() : lowerHex(a.nonce),
    sender: lowerHex(a.sender),
    messageBody: lowerHex(a.messageBody),
  }
}

/** A mint on the destination, as its TokenMessenger logs it: the amount is what the recipient got (v2: after the fee). */
export type CctpMintLog = { mintRecipient: Address; amount: bigint; mintToken: Address }

export function decodeMintAndWithdraw(log: LogData, version: 1 | 2): CctpMintLog | null {
  const topics = log.topics as [Hex, ...Hex[]]
  const event = attempt(() => decodeEventLog({ abi: version === 1 ? cctpV1Abi : cctpV2Abi, topics, data: log.data }))
  if (event?.eventName !== 'MintAndWithdraw') return null
  return {
    mintRecipient: lower(event.args.mintRecipient),
    amount: event.args.amount,
    mintToken: lower(event.args.mintToken),
  }
}
