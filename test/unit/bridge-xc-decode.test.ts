import { describe, expect, it } from 'vitest'
import {
  concat,
  encodeAbiParameters,
  encodeEventTopics,
  encodePacked,
  keccak256,
  pad,
  toEventSelector,
  toHex,
  type AbiEvent,
  type Address,
  type Hex,
} from 'viem'
import type { BridgeRoutes } from '../../src/chains/bridge-routes.js'
import { acrossEventAbi, decodeAcrossDeposit } from '../../src/decode/bridges/across.js'
import {
  cctpV1Abi,
  cctpV1NonceKey,
  cctpV2Abi,
  parseBurnBodyV2,
  parseCctpMessageV1,
  parseCctpMessageV2,
} from '../../src/decode/bridges/cctp.js'
import { acrossProtocol } from '../../src/evidence/bridges/across.js'
import { cctpProtocol } from '../../src/evidence/bridges/cctp.js'
import type { ReceiptData, TxData } from '../../src/evidence/schema.js'

/**
 * Decoding of Across and CCTP source logs, on logs encoded from the exact event declarations. The
 * topics are checked against the values other published code hard-codes for the same mainnet events
 * (e.g. Across and CCTP indexers): FundsDeposited 0x32ed1a40…, V3FundsDeposited 0xa123dc29…, CCTP v1
 * DepositForBurn 0x2fa9ca89…, v2 DepositForBurn 0x0c8c1cbd…, MessageSent 0x8c526166…, v1
 * MessageReceived 0x58200b4c…. (No raw mainnet log could be retrieved here; the integration tests
 * run the real contracts.)
 */
type LogData = { address: Address; topics: Hex[]; data: Hex }
const POOL = '0x5c7bcd6e7de5423a257d81b442095a1a6ced35c5' as Address
const USER = '0x1111111111111111111111111111111111111111' as Address
const TOKEN = '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48' as Address
const OTHER = '0x2222222222222222222222222222222222222222' as Address

function log(abi: readonly AbiEvent[], name: string, address: Address, args: Record<string, unknown>): LogData {
  const event = abi.find((e) => e.name === name)!
  const topics = encodeEventTopics({ abi: [event], eventName: name, args }) as Hex[]
  const data = encodeAbiParameters(
    event.inputs.filter((i) => !i.indexed),
    event.inputs.filter((i) => !i.indexed).map((i) => args[i.name!]),
  )
  return { address, topics, data }
}
const receipt = (logs: LogData[]): ReceiptData => ({
  status: 'success',
  blockNumber: 1n,
  blockHash: pad('0x01'),
  gasUsed: 1n,
  effectiveGasPrice: 1n,
  logCount: logs.length,
  logs,
})
const routes = (partial: Partial<BridgeRoutes>): BridgeRoutes => ({
  opStack: [],
  arbitrum: [],
  across: [],
  cctp: [],
  ...partial,
})

describe('event topics match the mainnet ones', () => {
  const topic = (abi: readonly AbiEvent[], name: string) => toEventSelector(abi.find((e) => e.name === name)!)
  it('Across', () => {
    expect(topic(acrossEventAbi as never, 'FundsDeposited')).toBe(
      '0x32ed1a409ef04c7b0227189c3a103dc5ac10e775a15b785dcc510201f7c25ad3',
    )
    expect(topic(acrossEventAbi as never, 'V3FundsDeposited')).toBe(
      '0xa123dc29aebf7d0c3322c8eeb5b999e859f39937950ed31056532713d0de396f',
    )
  })
  it('CCTP', () => {
    expect(topic(cctpV1Abi as never, 'DepositForBurn')).toBe(
      '0x2fa9ca894982930190727e75500a97d8dc500233a5065e0f3126c48fbe0343c0',
    )
    expect(topic(cctpV2Abi as never, 'DepositForBurn')).toBe(
      '0x0c8c1cbdc5190613ebd485511d4e2812cfa45eecb79d845893331fedad5130a5',
    )
    expect(topic(cctpV1Abi as never, 'MessageSent')).toBe(
      '0x8c5261668696ce22758910d05bab8f186d6eb247ceac2af2e82c7dc17669b036',
    )
    expect(topic(cctpV1Abi as never, 'MessageReceived')).toBe(
      '0x58200b4c34ae05ee816d710053fff3fb75af4395915d3d2a771b24aa10e3cc5d',
    )
  })
})

const deposit = (overrides: Record<string, unknown> = {}) => ({
  inputToken: pad(TOKEN),
  outputToken: pad(OTHER),
  inputAmount: 1_000_000n,
  outputAmount: 990_000n,
  destinationChainId: 8453n,
  depositId: 42n,
  quoteTimestamp: 1_700_000_000,
  fillDeadline: 1_700_010_000,
  exclusivityDeadline: 0,
  depositor: pad(USER),
  recipient: pad(USER),
  exclusiveRelayer: pad('0x00'),
  message: '0x',
  ...overrides,
})
const source = (logs: LogData[], r: BridgeRoutes) => ({
  chainId: 1,
  tx: {} as TxData,
  receipt: receipt(logs),
  routes: r,
})

describe('Across deposits', () => {
  const acrossRoutes = routes({ across: [{ chainId: 1, spokePool: POOL }] })

  it('FundsDeposited from the known pool: the deposit, with what its fill needs', () => {
    const [found, ...rest] = acrossProtocol.recognise(
      source([log(acrossEventAbi, 'FundsDeposited', POOL, deposit())], acrossRoutes),
    )
    expect(rest).toEqual([])
    expect(found).toMatchObject({
      protocol: 'across',
      sourceChainId: 1,
      destinationChainId: 8453,
      messageId: '42',
      token: TOKEN,
      amount: 1_000_000n,
      sender: USER,
      recipient: USER,
    })
    expect(found!.details).toMatchObject({
      event: 'FundsDeposited',
      outputAmount: '990000',
      fillDeadline: '1700010000',
      recipientIsEvmAddress: 'true',
    })
  })

  it('the older V3FundsDeposited (address types) widens its addresses to bytes32', () => {
    const legacy = log(acrossEventAbi, 'V3FundsDeposited', POOL, {
      ...deposit(),
      inputToken: TOKEN,
      outputToken: OTHER,
      depositId: 7,
      depositor: USER,
      recipient: USER,
      exclusiveRelayer: '0x0000000000000000000000000000000000000000',
    })
    expect(decodeAcrossDeposit(legacy)).toMatchObject({
      event: 'V3FundsDeposited',
      depositId: 7n,
      inputToken: pad(TOKEN),
      depositor: pad(USER),
    })
  })

  it('the same event from another contract is not a deposit', () => {
    expect(
      acrossProtocol.recognise(
        source([log(acrossEventAbi as never, 'FundsDeposited', OTHER, deposit())], acrossRoutes),
      ),
    ).toEqual([])
  })

  it('a non-EVM recipient is kept whole in the details, never cut to 20 bytes', () => {
    const solana = keccak256(toHex('a solana account'))
    const [found] = acrossProtocol.recognise(
      source([log(acrossEventAbi, 'FundsDeposited', POOL, deposit({ recipient: solana }))], acrossRoutes),
    )
    expect(found!.recipient).toBe('0x0000000000000000000000000000000000000000')
    expect(found!.details).toMatchObject({ recipient: solana, recipientIsEvmAddress: 'false' })
  })

  it('a destination chain id beyond what a chain id can be is not followed', () => {
    const huge = deposit({ destinationChainId: 2n ** 64n })
    expect(
      acrossProtocol.recognise(source([log(acrossEventAbi as never, 'FundsDeposited', POOL, huge)], acrossRoutes)),
    ).toEqual([])
  })
})

/** A v1 message laid out as src/messages/Message.sol and BurnMessage.sol say. */
function messageV1(
  { nonce, amount, destination = 6 }: { nonce: bigint; amount: bigint; destination?: number },
  messenger: Address,
) {
  const body = encodePacked(
    ['uint32', 'bytes32', 'bytes32', 'uint256', 'bytes32'],
    [0, pad(TOKEN), pad(USER), amount, pad(USER)],
  )
  return encodePacked(
    ['uint32', 'uint32', 'uint32', 'uint64', 'bytes32', 'bytes32', 'bytes32', 'bytes'],
    [0, 0, destination, nonce, pad(messenger), pad(OTHER), pad('0x00'), body],
  )
}

describe('CCTP burns', () => {
  const MESSENGER = '0xbd3fa81b58ba92a82136038b25adec7066af3155' as Address
  const TRANSMITTER = '0x0a992d191deec32afe36203ad87d7d289a738f81' as Address
  const cctpRoutes = routes({
    cctp: [
      { chainId: 1, domain: 0, tokenMessenger: MESSENGER, messageTransmitter: TRANSMITTER },
      { chainId: 8453, domain: 6, tokenMessenger: OTHER, messageTransmitter: OTHER },
    ],
  })
  const burn = (over: Record<string, unknown> = {}) =>
    log(cctpV1Abi, 'DepositForBurn', MESSENGER, {
      nonce: 123_456n,
      burnToken: TOKEN,
      amount: 5_000_000n,
      depositor: USER,
      mintRecipient: pad(USER),
      destinationDomain: 6,
      destinationTokenMessenger: pad(OTHER),
      destinationCaller: pad('0x00'),
      ...over,
    })
  const sent = (message: Hex, from = TRANSMITTER) => log(cctpV1Abi, 'MessageSent', from, { message })

  it('parses a v1 message and its usedNonces key (keccak of the packed source domain and nonce)', () => {
    const message = messageV1({ nonce: 123_456n, amount: 5_000_000n }, MESSENGER)
    expect(parseCctpMessageV1(message)).toMatchObject({
      sourceDomain: 0,
      destinationDomain: 6,
      nonce: '123456',
      sender: pad(MESSENGER),
    })
    expect(cctpV1NonceKey(0, 123_456n)).toBe(keccak256(concat([toHex(0, { size: 4 }), toHex(123_456n, { size: 8 })])))
  })

  it('pairs the burn with the message that carries it, and maps the domain to its chain', () => {
    const message = messageV1({ nonce: 123_456n, amount: 5_000_000n }, MESSENGER)
    const [found, ...rest] = cctpProtocol.recognise(source([sent(message), burn()], cctpRoutes))
    expect(rest).toEqual([])
    expect(found).toMatchObject({
      protocol: 'cctp',
      destinationChainId: 8453,
      messageId: '123456',
      amount: 5_000_000n,
      recipient: USER,
    })
    expect(found!.details).toMatchObject({
      version: 'v1',
      message,
      messageHash: keccak256(message),
      nonce: '123456',
      receiveOn: OTHER,
    })
  })

  it('a message from another contract, or one that carries another amount, is not paired', () => {
    const message = messageV1({ nonce: 123_456n, amount: 5_000_000n }, MESSENGER)
    expect(cctpProtocol.recognise(source([sent(message, OTHER), burn()], cctpRoutes))).toEqual([])
    const other = messageV1({ nonce: 123_456n, amount: 4_000_000n }, MESSENGER)
    expect(cctpProtocol.recognise(source([sent(other), burn()], cctpRoutes))).toEqual([])
  })

  it('a destination domain with no chain in the routes (Solana, Noble…) is not followed', () => {
    const message = messageV1({ nonce: 9n, amount: 5_000_000n, destination: 5 }, MESSENGER)
    expect(
      cctpProtocol.recognise(source([sent(message), burn({ nonce: 9n, destinationDomain: 5 })], cctpRoutes)),
    ).toEqual([])
  })

  it('parses a v2 message as sent: empty nonce, the fee cap and hook data in the body', () => {
    const body = encodePacked(
      ['uint32', 'bytes32', 'bytes32', 'uint256', 'bytes32', 'uint256', 'uint256', 'uint256', 'bytes'],
      [1, pad(TOKEN), pad(USER), 5_000_000n, pad(USER), 500n, 0n, 0n, '0xbeef'],
    )
    const message = encodePacked(
      ['uint32', 'uint32', 'uint32', 'bytes32', 'bytes32', 'bytes32', 'bytes32', 'uint32', 'uint32', 'bytes'],
      [1, 0, 6, pad('0x00'), pad(MESSENGER), pad(OTHER), pad('0x00'), 1000, 0, body],
    )
    const parsed = parseCctpMessageV2(message)!
    expect(parsed).toMatchObject({
      sourceDomain: 0,
      destinationDomain: 6,
      nonce: pad('0x00'),
      minFinalityThreshold: 1000,
    })
    expect(parseBurnBodyV2(parsed.body)).toMatchObject({ amount: 5_000_000n, maxFee: 500n, hookData: '0xbeef' })
  })

  it('a truncated message does not parse', () => {
    expect(parseCctpMessageV1('0x0000')).toBeNull()
    expect(parseCctpMessageV2(messageV1({ nonce: 1n, amount: 1n }, MESSENGER).slice(0, 200) as Hex)).toBeNull()
  })
})
