import {
  decodeAbiParameters,
  decodeEventLog,
  encodePacked,
  keccak256,
  numberToHex,
  pad,
  parseAbi,
  parseAbiParameters,
  sliceHex,
  toRlp,
  hexToBigInt,
  size,
  type Address,
  type Hex,
} from 'viem'

/**
 * Arbitrum's L1 side of a retryable ticket, as @arbitrum/nitro-contracts writes it (src/bridge/AbsBridge.sol,
 * AbsInbox.sol, IDelayedMessageProvider.sol): the Bridge logs the message with its kind and the aliased
 * sender, the Inbox logs the message's bytes.
 */
export const arbitrumL1EventAbi = parseAbi([
  'event MessageDelivered(uint256 indexed messageIndex, bytes32 indexed beforeInboxAcc, address inbox, uint8 kind, address sender, bytes32 messageDataHash, uint256 baseFeeL1, uint64 timestamp)',
  'event InboxMessageDelivered(uint256 indexed messageNum, bytes data)',
])

/** libraries/MessageTypes.sol: `L1MessageType_submitRetryableTx = 9`, `L1MessageType_ethDeposit = 12`. */
export const SUBMIT_RETRYABLE_KIND = 9
export const ETH_DEPOSIT_KIND = 12

/** The retryable's fields, in the order AbsInbox._unsafeCreateRetryableTicket packs them. */
export type RetryableMessage = {
  to: Address
  l2CallValue: bigint
  /** What the L1 call paid in (`msg.value`, in the child chain's 18 decimals): minted to the sender on L2. */
  depositValue: bigint
  maxSubmissionCost: bigint
  excessFeeRefundAddress: Address
  /** The ticket's beneficiary: the only one who may cancel it, and who gets l2CallValue back if it expires. */
  callValueRefundAddress: Address
  gasLimit: bigint
  maxFeePerGas: bigint
  data: Hex
}

/** A retryable submission seen on L1: the Bridge's record and the Inbox's bytes, matched by message number. */
export type RetryableSubmission = {
  messageNumber: bigint
  /** The L1 sender as the L2 sees it (aliased when a contract), as the Bridge event gives it. */
  aliasedSender: Address
  baseFeeL1: bigint
  timestamp: bigint
  inbox: Address
  message: RetryableMessage
  /** Position of the Bridge's MessageDelivered log among the receipt's logs. */
  logIndex: number
}

type RawLog = { address: Address; topics: readonly Hex[]; data: Hex }

const lower = (a: string) => a.toLowerCase() as Address
const word = (data: Hex, index: number): Hex => sliceHex(data, index * 32, index * 32 + 32)
const wordAddress = (data: Hex, index: number): Address | null => {
  const w = word(data, index)
  // An address word has twelve zero bytes before it; anything else is not what the Inbox writes.
  return /^0x0{24}[0-9a-fA-F]{40}$/.test(w) ? lower(`0x${w.slice(26)}`) : null
}

/**
 * The message bytes of a retryable (InboxMessageDelivered's `data`): nine 32-byte words (to,
 * l2CallValue, depositValue, maxSubmissionCost, excessFeeRefundAddress, callValueRefundAddress,
 * gasLimit, maxFeePerGas, data length) then the call data. Null when the bytes are not that shape.
 */
export function decodeRetryableMessage(bytes: Hex): RetryableMessage | null {
  if (!/^0x([0-9a-fA-F]{2})*$/.test(bytes) || size(bytes) < 9 * 32) return null
  const to = wordAddress(bytes, 0)
  const excessFeeRefundAddress = wordAddress(bytes, 4)
  const callValueRefundAddress = wordAddress(bytes, 5)
  if (!to || !excessFeeRefundAddress || !callValueRefundAddress) return null
  const dataLength = hexToBigInt(word(bytes, 8))
  if (dataLength !== BigInt(size(bytes) - 9 * 32)) return null
  return {
    to,
    l2CallValue: hexToBigInt(word(bytes, 1)),
    depositValue: hexToBigInt(word(bytes, 2)),
    maxSubmissionCost: hexToBigInt(word(bytes, 3)),
    excessFeeRefundAddress,
    callValueRefundAddress,
    gasLimit: hexToBigInt(word(bytes, 6)),
    maxFeePerGas: hexToBigInt(word(bytes, 7)),
    data: dataLength === 0n ? '0x' : sliceHex(bytes, 9 * 32),
  }
}

const decodeL1Event = (log: RawLog) => {
  try {
    return decodeEventLog({ abi: arbitrumL1EventAbi, topics: log.topics as [Hex, ...Hex[]], data: log.data })
  } catch {
    return null
  }
}

type DeliveredMessage = {
  messageNumber: bigint
  aliasedSender: Address
  baseFeeL1: bigint
  timestamp: bigint
  inbox: Address
  bytes: Hex
  logIndex: number
}

/**
 * Every message of one kind a transaction sent through this Inbox/Bridge pair. The Bridge's
 * MessageDelivered must name the Inbox and the kind, and the Inbox's bytes must hash to the
 * Bridge's `messageDataHash`: a log from anywhere else, or bytes that do not match, is not one.
 */
function deliveredMessages(
  logs: readonly RawLog[],
  route: { inbox: Address; bridge: Address },
  wantedKind: number,
): DeliveredMessage[] {
  const inbox = lower(route.inbox)
  const bridge = lower(route.bridge)
  const inboxData = new Map<bigint, Hex>()
  for (const log of logs) {
    if (lower(log.address) !== inbox) continue
    const event = decodeL1Event(log)
    if (event?.eventName === 'InboxMessageDelivered') inboxData.set(event.args.messageNum, event.args.data)
  }
  const found: DeliveredMessage[] = []
  logs.forEach((log, logIndex) => {
    if (lower(log.address) !== bridge) return
    const event = decodeL1Event(log)
    if (event?.eventName !== 'MessageDelivered') return
    const { messageIndex, inbox: from, kind, sender, messageDataHash, baseFeeL1, timestamp } = event.args
    if (kind !== wantedKind || lower(from) !== inbox) return
    const bytes = inboxData.get(messageIndex)
    if (!bytes || keccak256(bytes) !== messageDataHash.toLowerCase()) return
    found.push({
      messageNumber: messageIndex,
      aliasedSender: lower(sender),
      baseFeeL1,
      timestamp,
      inbox,
      bytes,
      logIndex,
    })
  })
  return found
}

/** Every retryable ticket a transaction submitted through this Inbox/Bridge pair. */
export function findRetryableSubmissions(
  logs: readonly RawLog[],
  route: { inbox: Address; bridge: Address },
): RetryableSubmission[] {
  return deliveredMessages(logs, route, SUBMIT_RETRYABLE_KIND).flatMap(({ bytes, ...delivered }) => {
    const message = decodeRetryableMessage(bytes)
    return message ? [{ ...delivered, message }] : []
  })
}

/** An ETH deposit (`Inbox.depositEth`): no ticket, ArbOS credits `to` with a deposit transaction. */
export type EthDeposit = Omit<DeliveredMessage, 'bytes'> & { to: Address; value: bigint }

/** Every ETH deposit a transaction made through this Inbox/Bridge pair: its bytes are the 20-byte destination and the 32-byte value. */
export function findEthDeposits(logs: readonly RawLog[], route: { inbox: Address; bridge: Address }): EthDeposit[] {
  return deliveredMessages(logs, route, ETH_DEPOSIT_KIND).flatMap(({ bytes, ...delivered }) =>
    size(bytes) === 52
      ? [{ ...delivered, to: lower(sliceHex(bytes, 0, 20)), value: hexToBigInt(sliceHex(bytes, 20, 52)) }]
      : [],
  )
}

/** RLP's integer: big-endian without leading zeros, zero as the empty string (ethers' stripZeros). */
const rlpInt = (value: bigint): Hex => (value === 0n ? '0x' : numberToHex(value))

/**
 * The retryable ticket id: the hash of the L2 ArbitrumSubmitRetryableTx (EIP-2718 type 0x69) that
 * ArbOS creates from the L1 message, field by field as nitro's `ArbitrumSubmitRetryableTx` and
 * arbitrum-sdk's `ParentToChildMessage.calculateSubmitRetryableId` encode it: chain id, the message
 * number as a 32-byte request id, the aliased sender, the L1 base fee, the deposit, max fee per gas,
 * gas limit, the destination (empty for the zero address, which ArbOS treats as none), the call
 * value, the beneficiary, the max submission fee, the fee refund address, the call data.
 */
export function retryableTicketId(l2ChainId: number, submission: RetryableSubmission): Hex {
  const m = submission.message
  const fields: Hex[] = [
    rlpInt(BigInt(l2ChainId)),
    pad(numberToHex(submission.messageNumber), { size: 32 }),
    submission.aliasedSender,
    rlpInt(submission.baseFeeL1),
    rlpInt(m.depositValue),
    rlpInt(m.maxFeePerGas),
    rlpInt(m.gasLimit),
    /^0x0{40}$/.test(m.to) ? '0x' : m.to,
    rlpInt(m.l2CallValue),
    m.callValueRefundAddress,
    rlpInt(m.maxSubmissionCost),
    m.excessFeeRefundAddress,
    m.data,
  ]
  return keccak256(`0x69${toRlp(fields).slice(2)}`)
}

/**
 * The hash of the L2 ArbitrumDepositTx (EIP-2718 type 0x64) ArbOS makes of an ETH deposit: chain id,
 * the message number as a 32-byte request id, the aliased sender, the destination, the value (as
 * arbitrum-sdk's `EthDepositMessage.calculateDepositTxId` and nitro's go-ethereum `ArbitrumDepositTx`).
 */
export function ethDepositTxHash(l2ChainId: number, deposit: EthDeposit): Hex {
  const fields: Hex[] = [
    rlpInt(BigInt(l2ChainId)),
    pad(numberToHex(deposit.messageNumber), { size: 32 }),
    deposit.aliasedSender,
    deposit.to,
    rlpInt(deposit.value),
  ]
  return keccak256(`0x64${toRlp(fields).slice(2)}`)
}

/**
 * The token gateways' `finalizeInboundTransfer(l1Token, from, to, amount, data)` (selector 0x2e567b36,
 * arbitrum-token-bridge's ITokenGateway), the same on both sides: a deposit's ticket carries it to the
 * L2 gateway, a withdrawal's L2→L1 message to the L1 gateway. When a message carries it, it moves a
 * token, and this says which (the L1 token's address), from whom, to whom, and how much. Null for any other call.
 */
export function decodeGatewayFinalize(
  data: Hex,
): { l1Token: Address; from: Address; to: Address; amount: bigint } | null {
  if (!data.toLowerCase().startsWith('0x2e567b36')) return null
  try {
    const [l1Token, from, to, amount] = decodeAbiParameters(
      parseAbiParameters('address, address, address, uint256, bytes'),
      `0x${data.slice(10)}`,
    )
    return { l1Token: lower(l1Token), from: lower(from), to: lower(to), amount }
  } catch {
    return null
  }
}

/** What ArbOS adds to an L1 contract's address on the L2 (nitro-contracts AddressAliasHelper.sol `offset`). */
const L1_TO_L2_ALIAS_OFFSET = 0x1111000000000000000000000000000000001111n

/** The L1 address behind an aliased L2 sender (AddressAliasHelper.undoL1ToL2Alias): the Bridge logs every Inbox sender aliased. */
export function undoL1ToL2Alias(aliased: Address): Address {
  const l1 = (BigInt(aliased) - L1_TO_L2_ALIAS_OFFSET + (1n << 160n)) % (1n << 160n)
  return `0x${l1.toString(16).padStart(40, '0')}`
}

/** The two views a token gateway check reads on L1 (token-bridge-contracts GatewayRouter, TokenGateway). */
export const tokenGatewayAbi = parseAbi([
  'function getGateway(address token) view returns (address)',
  'function counterpartGateway() view returns (address)',
])

/** ArbOS's retryable precompile on every Arbitrum chain (nitro-contracts src/precompiles/ArbRetryableTx.sol). */
export const ARB_RETRYABLE_TX: Address = '0x000000000000000000000000000000000000006e'

/** The part of ArbRetryableTx the follow-up reads, and `redeem`, the call it tells people to make. */
export const arbRetryableTxAbi = parseAbi([
  'function redeem(bytes32 ticketId) returns (bytes32)',
  'function getLifetime() view returns (uint256)',
  'function getTimeout(bytes32 ticketId) view returns (uint256)',
  'function getBeneficiary(bytes32 ticketId) view returns (address)',
  'event TicketCreated(bytes32 indexed ticketId)',
  'event LifetimeExtended(bytes32 indexed ticketId, uint256 newTimeout)',
  'event RedeemScheduled(bytes32 indexed ticketId, bytes32 indexed retryTxHash, uint64 indexed sequenceNum, uint64 donatedGas, address gasDonor, uint256 maxRefund, uint256 submissionFeeRefund)',
  'event Canceled(bytes32 indexed ticketId)',
  'error NoTicketWithID()',
  'error NotCallable()',
])

/** ArbOS's system precompile on every Arbitrum chain (nitro-contracts src/precompiles/ArbSys.sol): L2→L1 messages start here. */
export const ARB_SYS: Address = '0x0000000000000000000000000000000000000064'
/** NodeInterface, the virtual contract an Arbitrum node answers eth_call on: it builds the Outbox proof of a send. */
export const NODE_INTERFACE: Address = '0x00000000000000000000000000000000000000c8'

/** ArbSys's L2ToL1Tx (nitro-contracts 3.2.0 src/precompiles/ArbSys.sol): one per withdrawal or L1 call. */
export const arbSysEventAbi = parseAbi([
  'event L2ToL1Tx(address caller, address indexed destination, uint256 indexed hash, uint256 indexed position, uint256 arbBlockNum, uint256 ethBlockNum, uint256 timestamp, uint256 callvalue, bytes data)',
])

/** The Outbox on L1 (nitro-contracts src/bridge/IOutbox.sol, AbsOutbox.sol): what the follow-up reads, and the call it names. */
export const outboxAbi = parseAbi([
  'event SendRootUpdated(bytes32 indexed outputRoot, bytes32 indexed l2BlockHash)',
  'event OutBoxTransactionExecuted(address indexed to, address indexed l2Sender, uint256 indexed zero, uint256 transactionIndex)',
  'function isSpent(uint256 index) view returns (bool)',
  'function roots(bytes32) view returns (bytes32)',
  'function executeTransaction(bytes32[] proof, uint256 index, address l2Sender, address to, uint256 l2Block, uint256 l1Block, uint256 l2Timestamp, uint256 value, bytes data)',
])
export const EXECUTE_TRANSACTION_SIGNATURE =
  'executeTransaction(bytes32[],uint256,address,address,uint256,uint256,uint256,uint256,bytes)'
export const CONSTRUCT_OUTBOX_PROOF_SIGNATURE = 'constructOutboxProof(uint64,uint64)'

/** An L2→L1 message as ArbSys logged it: the Outbox's `executeTransaction` takes these fields back. */
export type L2ToL1Message = {
  /** The L2 account that sent it (a user for `withdrawEth`, the L2 gateway for a token). */
  caller: Address
  destination: Address
  /** The send's hash: the Outbox's `calculateItemHash` of the fields below. */
  hash: Hex
  /** The send's leaf in the Outbox's Merkle tree: `isSpent(position)`, `executeTransaction`'s index. */
  position: bigint
  arbBlockNum: bigint
  ethBlockNum: bigint
  timestamp: bigint
  callvalue: bigint
  data: Hex
  logIndex: number
}

/** AbsOutbox.calculateItemHash: keccak256(abi.encodePacked(l2Sender, to, l2Block, l1Block, l2Timestamp, value, data)). */
export function outboxItemHash(m: Omit<L2ToL1Message, 'hash' | 'position' | 'logIndex'>): Hex {
  return keccak256(
    encodePacked(
      ['address', 'address', 'uint256', 'uint256', 'uint256', 'uint256', 'bytes'],
      [m.caller, m.destination, m.arbBlockNum, m.ethBlockNum, m.timestamp, m.callvalue, m.data],
    ),
  )
}

/**
 * Every L2→L1 message a transaction sent through ArbSys. A log from another address, one that does
 * not decode, or one whose hash is not the hash of its own fields (what the Outbox will check) is not one.
 */
export function findL2ToL1Messages(logs: readonly RawLog[]): L2ToL1Message[] {
  const found: L2ToL1Message[] = []
  logs.forEach((log, logIndex) => {
    if (lower(log.address) !== ARB_SYS) return
    let event
    try {
      event = decodeEventLog({ abi: arbSysEventAbi, topics: log.topics as [Hex, ...Hex[]], data: log.data })
    } catch {
      return
    }
    const a = event.args
    const message = {
      caller: lower(a.caller),
      destination: lower(a.destination),
      position: a.position,
      arbBlockNum: a.arbBlockNum,
      ethBlockNum: a.ethBlockNum,
      timestamp: a.timestamp,
      callvalue: a.callvalue,
      data: a.data,
      logIndex,
    }
    const hash = outboxItemHash(message)
    if (hexToBigInt(hash) !== a.hash) return
    found.push({ ...message, hash })
  })
  return found
}
