import { keccak256, pad, toEventSelector, toHex, type Address, type Hex } from 'viem'
import { bridgeUnreadableError } from '../../errors/bridge-errors.js'
import type { CctpDomain } from '../../chains/bridge-routes.js'
import { evmAddressOf } from '../../decode/bridges/across.js'
import {
  cctpUsedNoncesAbi,
  cctpV1Abi,
  cctpV1NonceKey,
  cctpV2Abi,
  decodeCctpBurn,
  decodeMessageReceived,
  decodeMessageSent,
  decodeMintAndWithdraw,
  parseBurnBodyV1,
  parseBurnBodyV2,
  parseCctpMessageV1,
  parseCctpMessageV2,
  type CctpBurnLog,
} from '../../decode/bridges/cctp.js'
import type { BridgeDeposit, BridgeOutcome } from '../bridge-schema.js'
import type { BridgeProtocol, FollowContext, SourceTransaction } from './bridge-protocol.js'
import { blockAtOrBefore } from './find-block.js'
import { PUBLIC_LOG_WINDOW, readLogRange } from '../read-log-range.js'
import type { PlacedLog } from '../placed-log-schema.js'

/**
 * Past this long after the burn (on the source chain's clock) a message not yet received is no
 * longer waiting for its attestation in the normal course: Circle's published attestation times are
 * about 13 to 19 minutes for a standard transfer from Ethereum and the rollups that settle on it,
 * seconds from the fast chains and for v2 fast transfers. Twice the slowest, to stay clear of it.
 */
export const CCTP_ATTESTATION_DELAY_SECONDS = 40 * 60
/** Receiving is usually done by the app within minutes; the search starts a little before the burn. */
const CLOCK_SLACK = 3_600n
const MAX_WINDOWS = 30

const RECEIVE_FUNCTION = 'receiveMessage(bytes message, bytes attestation)'
const selector = (abi: typeof cctpV1Abi | typeof cctpV2Abi, name: string) =>
  toEventSelector(abi.find((e) => e.name === name)!)
// Hashed when a deposit is followed, not at module load: every diagnosis loads this file, few follow a bridge.
const messageReceivedV1 = () => selector(cctpV1Abi, 'MessageReceived')
const mintV2 = () => selector(cctpV2Abi, 'MintAndWithdraw')

const lower = (a: string) => a.toLowerCase() as Address
const asWord = (a: Address): Hex => pad(lower(a))

/**
 * Circle CCTP (v1 and v2): the TokenMessenger burns the token on the source chain and the
 * MessageTransmitter emits the message; Circle's off-chain attesters sign it; anyone (the app, a
 * relayer, the user) then calls `receiveMessage(message, attestation)` on the destination
 * MessageTransmitter, which mints. The chain holds everything but the attestation, so a message not
 * received long after the burn needs someone to fetch the attestation from Circle and submit it.
 */
export const cctpProtocol: BridgeProtocol = {
  id: 'cctp',
  recognise(source) {
    const route = source.routes.cctp.find((r) => r.chainId === source.chainId)
    if (!route) return []
    return [...recogniseVersion(source, route, 1), ...recogniseVersion(source, route, 2)]
  },
  follow: followCctp,
}

/** The source logs of one version: each DepositForBurn paired with the MessageSent that carries it. */
function recogniseVersion(source: SourceTransaction, route: CctpDomain, version: 1 | 2): BridgeDeposit[] {
  const messenger = version === 1 ? route.tokenMessenger : route.tokenMessengerV2
  const transmitter = version === 1 ? route.messageTransmitter : route.messageTransmitterV2
  if (!messenger || !transmitter) return []
  const sent = source.receipt.logs.flatMap((log) => {
    // Only the known contracts' logs: anyone can emit an event with the same signature.
    if (lower(log.address) !== lower(transmitter)) return []
    const message = decodeMessageSent(log)
    return message ? [message] : []
  })
  const used = new Set<Hex>()
  return source.receipt.logs.flatMap((log, logIndex): BridgeDeposit[] => {
    if (lower(log.address) !== lower(messenger)) return []
    const burn = decodeCctpBurn(log, version)
    if (!burn) return []
    const message = sent.find((m) => !used.has(m) && carries(m, burn, messenger, route.domain))
    if (!message) return []
    used.add(message)
    // A domain with no chain in the routes (a non-EVM chain, one not listed): nothing to follow it on.
    const destination = source.routes.cctp.find((r) => r.domain === burn.destinationDomain)
    const recipient = evmAddressOf(burn.mintRecipient)
    if (!destination || !recipient) return []
    const receiveOn = version === 1 ? destination.messageTransmitter : destination.messageTransmitterV2
    return [
      {
        protocol: 'cctp',
        direction: 'deposit',
        sourceChainId: source.chainId,
        destinationChainId: destination.chainId,
        // v1: the nonce the destination is keyed by; v2: the message's hash (Circle assigns the nonce off-chain).
        messageId: burn.nonce !== null ? burn.nonce.toString() : keccak256(message),
        token: burn.burnToken,
        amount: burn.amount,
        sender: burn.depositor,
        recipient,
        logIndex,
        details: {
          version: `v${version}`,
          message,
          messageHash: keccak256(message),
          sourceDomain: String(route.domain),
          destinationDomain: String(burn.destinationDomain),
          ...(burn.nonce !== null ? { nonce: burn.nonce.toString() } : {}),
          burnToken: burn.burnToken,
          mintRecipient: burn.mintRecipient,
          destinationCaller: burn.destinationCaller,
          destinationTokenMessenger: burn.destinationTokenMessenger,
          sourceTokenMessenger: lower(messenger),
          ...(receiveOn ? { receiveOn: lower(receiveOn) } : {}),
          receiveFunction: RECEIVE_FUNCTION,
          ...(burn.maxFee !== null ? { maxFee: burn.maxFee.toString() } : {}),
          ...(burn.minFinalityThreshold !== null ? { minFinalityThreshold: String(burn.minFinalityThreshold) } : {}),
        },
      },
    ]
  })
}

/** Whether a sent message is the one carrying this burn: same route, sender, and burn body. */
function carries(message: Hex, burn: CctpBurnLog, messenger: Address, sourceDomain: number): boolean {
  const parsed = burn.version === 1 ? parseCctpMessageV1(message) : parseCctpMessageV2(message)
  if (!parsed || parsed.sourceDomain !== sourceDomain || parsed.destinationDomain !== burn.destinationDomain)
    return false
  if (parsed.sender !== asWord(messenger) || parsed.destinationCaller !== burn.destinationCaller) return false
  if (burn.version === 1 && parsed.nonce !== burn.nonce?.toString()) return false
  const body = burn.version === 1 ? parseBurnBodyV1(parsed.body) : parseBurnBodyV2(parsed.body)
  return (
    body !== null &&
    body.burnToken === asWord(burn.burnToken) &&
    body.mintRecipient === burn.mintRecipient &&
    body.amount === burn.amount &&
    body.messageSender === asWord(burn.depositor) &&
    body.maxFee === burn.maxFee &&
    body.hookData === burn.hookData
  )
}

async function followCctp(deposit: BridgeDeposit, context: FollowContext): Promise<BridgeOutcome> {
  const destination = context.destination
  if (!destination) return { state: 'no-endpoint' }
  const version = deposit.details.version === 'v2' ? 2 : 1
  const route = context.routes.cctp.find((r) => r.chainId === deposit.destinationChainId)
  const transmitter = version === 1 ? route?.messageTransmitter : route?.messageTransmitterV2
  const messenger = version === 1 ? route?.tokenMessenger : route?.tokenMessengerV2
  if (!transmitter || !messenger)
    return {
      state: 'unreadable',
      reason: 'no-contract-known',
    }
  const message = deposit.details.message
  if (!message || !/^0x([0-9a-f]{2})*$/.test(message))
    throw bridgeUnreadableError('incomplete-record', 'the CCTP deposit lacks its message')
  const parsed = version === 1 ? parseCctpMessageV1(message as Hex) : parseCctpMessageV2(message as Hex)
  if (!parsed) throw bridgeUnreadableError('incomplete-record', 'the CCTP message does not parse')

  const head = await destination.client.getBlock()
  const sentAt = context.sourceBlock ? BigInt(context.sourceBlock.timestamp) : null
  const fromBlock = await blockAtOrBefore(
    destination.client,
    sentAt !== null && sentAt > CLOCK_SLACK ? sentAt - CLOCK_SLACK : 0n,
    head.number,
  )
  const found =
    version === 1
      ? await receivedV1(destination.client, transmitter, messenger, parsed.sourceDomain, BigInt(parsed.nonce), {
          fromBlock,
          head: head.number,
        })
      : await receivedV2(destination.client, transmitter, messenger, parsed, deposit, {
          fromBlock,
          head: head.number,
        })
  if (found.state !== 'not-seen') return found
  // Not received: how long since the burn, on the source chain's clock (what attestation waits on).
  const sourceHead = await context.source.client.getBlock()
  const elapsed = sentAt === null ? null : Number(sourceHead.timestamp - sentAt)
  if (elapsed === null) return { state: 'unreadable', reason: 'source-time-unknown' }
  if (!found.searchedToHead) return { state: 'unreadable', reason: 'search-cut-short' }
  if (elapsed < CCTP_ATTESTATION_DELAY_SECONDS) return { state: 'in-flight', stage: 'attestation' }
  // The call needs Circle's attestation, which no chain holds: the calldata cannot be built here, but
  // where and what to call can (the message bytes are in the deposit's details).
  return {
    state: 'action-needed',
    action: 'receive-message',
    call: null,
    expiresAt: null,
    target: { chainId: deposit.destinationChainId, to: transmitter, function: RECEIVE_FUNCTION },
  }
}

type Search = { fromBlock: bigint; head: bigint }
type Found = BridgeOutcome | { state: 'not-seen'; searchedToHead: boolean }

/** The mint in the receiving transaction: what the recipient got (v2: net of the fee). */
async function mintedIn(client: FollowContext['source']['client'], log: PlacedLog, messenger: Address, v: 1 | 2) {
  const receipt = await client.getTransactionReceipt({ hash: log.transactionHash })
  for (const candidate of receipt.logs) {
    if (lower(candidate.address) !== lower(messenger)) continue
    const mint = decodeMintAndWithdraw(candidate, v)
    if (mint) return mint.amount
  }
  return null
}

/**
 * v1: `usedNonces(keccak256(sourceDomain, nonce))` is 1 once received; the MessageReceived log
 * (the nonce is indexed) names the transaction. The mapping is the verdict, the log the detail.
 */
async function receivedV1(
  client: FollowContext['source']['client'],
  transmitter: Address,
  messenger: Address,
  sourceDomain: number,
  nonce: bigint,
  { fromBlock, head }: Search,
): Promise<Found> {
  const used = await client.readContract({
    address: transmitter,
    abi: cctpUsedNoncesAbi,
    functionName: 'usedNonces',
    args: [cctpV1NonceKey(sourceDomain, nonce)],
    blockNumber: head,
  })
  if (used === 0n) return { state: 'not-seen', searchedToHead: true }
  const {
    logs: [log],
  } = await readLogRange(client, {
    filters: [{ address: transmitter, topics: [messageReceivedV1(), null, pad(toHex(nonce))] }],
    fromBlock,
    toBlock: head,
    window: PUBLIC_LOG_WINDOW,
    maxRequests: MAX_WINDOWS,
    firstOnly: true,
    accept: (candidate) => decodeMessageReceived(candidate, 1)?.sourceDomain === sourceDomain,
  })
  return {
    state: 'delivered',
    txHash: log?.transactionHash ?? null,
    blockNumber: log?.blockNumber ?? null,
    amountReceived: log ? await mintedIn(client, log, messenger, 1) : null,
  }
}

/**
 * v2: the nonce is Circle's, so the message is found by what it carries: a MintAndWithdraw to the
 * recipient (indexed) whose transaction also holds a MessageReceived from the source domain and
 * TokenMessengerV2 with this burn's body (token, recipient, amount, sender, max fee, hook data;
 * Circle fills in the fee charged and the expiry). Its nonce is then confirmed used.
 */
async function receivedV2(
  client: FollowContext['source']['client'],
  transmitter: Address,
  messenger: Address,
  sent: NonNullable<ReturnType<typeof parseCctpMessageV2>>,
  deposit: BridgeDeposit,
  { fromBlock, head }: Search,
): Promise<Found> {
  const sentBody = parseBurnBodyV2(sent.body)
  if (!sentBody) throw bridgeUnreadableError('incomplete-record', 'the CCTP v2 burn body does not parse')
  let nonce: Hex | null = null
  // A mint to the recipient may be another transfer's: each candidate's message is compared.
  const {
    logs: [log],
    searchedTo,
  } = await readLogRange(client, {
    filters: [{ address: messenger, topics: [mintV2(), pad(lower(deposit.recipient))] }],
    fromBlock,
    toBlock: head,
    window: PUBLIC_LOG_WINDOW,
    maxRequests: MAX_WINDOWS,
    firstOnly: true,
    accept: async (candidate) => {
      const receipt = await client.getTransactionReceipt({ hash: candidate.transactionHash })
      for (const entry of receipt.logs) {
        if (lower(entry.address) !== lower(transmitter)) continue
        const received = decodeMessageReceived(entry, 2)
        const body = received ? parseBurnBodyV2(received.messageBody) : null
        if (!received || !body || received.sourceDomain !== sent.sourceDomain || received.sender !== sent.sender)
          continue
        if (
          body.burnToken === sentBody.burnToken &&
          body.mintRecipient === sentBody.mintRecipient &&
          body.amount === sentBody.amount &&
          body.messageSender === sentBody.messageSender &&
          body.maxFee === sentBody.maxFee &&
          body.hookData === sentBody.hookData
        ) {
          nonce = received.nonce as Hex
          return true
        }
      }
      return false
    },
  })
  if (!log || !nonce) return { state: 'not-seen', searchedToHead: searchedTo >= head }
  const used = await client.readContract({
    address: transmitter,
    abi: cctpUsedNoncesAbi,
    functionName: 'usedNonces',
    args: [nonce],
    blockNumber: head,
  })
  if (used === 0n) return { state: 'unreadable', reason: 'inconsistent-answers' }
  return {
    state: 'delivered',
    txHash: log.transactionHash,
    blockNumber: log.blockNumber,
    amountReceived: await mintedIn(client, log, messenger, 2),
  }
}
