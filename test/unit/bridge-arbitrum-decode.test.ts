import { describe, expect, it } from 'vitest'
import {
  concat,
  encodeAbiParameters,
  encodeEventTopics,
  encodeFunctionData,
  keccak256,
  numberToHex,
  pad,
  parseAbi,
  type Address,
  type Hex,
} from 'viem'
import {
  ARB_SYS,
  arbSysEventAbi,
  arbitrumL1EventAbi,
  decodeGatewayFinalize,
  decodeRetryableMessage,
  ethDepositTxHash,
  findEthDeposits,
  findL2ToL1Messages,
  findRetryableSubmissions,
  outboxItemHash,
  retryableTicketId,
  type RetryableMessage,
  type RetryableSubmission,
} from '../../src/decode/bridges/arbitrum.js'

/**
 * A real Arbitrum One deposit (WETH through the L1 WETH gateway), L1 transaction
 * 0x00000a61331187be51ab9ae792d74f601a5a21fb112f5b9ac5bccb23d4d5aaba, block 15500657: its Bridge and
 * Inbox logs verbatim, and the retryable ticket id, delayed message number and fields that arbitrum-sdk's
 * own unit test asserts for that transaction (OffchainLabs/arbitrum-sdk,
 * packages/sdk/tests/unit/parentToChildMessageEvents.test.ts, "does call for nitro events").
 */
const MAINNET_TICKET = '0x8ba13904639c7444d8578cc582a230b8501c9f0f7903f5069d276fdd3a7dea44'
const MAINNET_BRIDGE_LOG = {
  address: '0x8315177aB297bA92A06054cE80a67Ed4DBd7ed3a' as Address,
  topics: [
    '0x5e3c1311ea442664e8b1611bfabef659120ea7a0a2cfc0667700bebc69cbffe1',
    '0x000000000000000000000000000000000000000000000000000000000000504c',
    '0x2a5dcbed3d730861a810a913641dd7b8d5ff3ee20b716517934795dcef1fa7a7',
  ] as Hex[],
  data: ('0x0000000000000000000000004dbd4fc535ac27206064b68ffcf827b0a60bab3f' +
    '0000000000000000000000000000000000000000000000000000000000000009' +
    '000000000000000000000000ea3123e9d9911199a6711321d1277285e6d4f3ec' +
    '33b030be5f0dd0f325a650d7517584f9d94942bfcd0fa5f05d5ebeeb5e409af1' +
    '00000000000000000000000000000000000000000000000000000005e0fc4c58' +
    '00000000000000000000000000000000000000000000000000000000631abc80') as Hex,
}
const MAINNET_INBOX_LOG = {
  address: '0x4Dbd4fc535Ac27206064B68FfCf827b0A60BAB3f' as Address,
  topics: [
    '0xff64905f73a67fb594e0f940a8075a860db489ad991e032f48c81123eb52d60b',
    '0x000000000000000000000000000000000000000000000000000000000000504c',
  ] as Hex[],
  data: ('0x' +
    '0000000000000000000000000000000000000000000000000000000000000020' +
    '0000000000000000000000000000000000000000000000000000000000000264' +
    '0000000000000000000000006c411ad3e74de3e7bd422b94a27770f5b86c623b' +
    '0000000000000000000000000000000000000000000000000853a0d2313c0000' +
    '0000000000000000000000000000000000000000000000000854e8ab1802ca80' +
    '0000000000000000000000000000000000000000000000000001270f6740d880' +
    '000000000000000000000000a2e06c19ee14255889f0ec0ca37f6d0778d06754' +
    '000000000000000000000000a2e06c19ee14255889f0ec0ca37f6d0778d06754' +
    '000000000000000000000000000000000000000000000000000000000001d566' +
    '0000000000000000000000000000000000000000000000000000000011e1a300' +
    '0000000000000000000000000000000000000000000000000000000000000144' +
    '2e567b36000000000000000000000000c02aaa39b223fe8d0a0e5c4f27ead908' +
    '3c756cc2000000000000000000000000a2e06c19ee14255889f0ec0ca37f6d07' +
    '78d06754000000000000000000000000a2e06c19ee14255889f0ec0ca37f6d07' +
    '78d067540000000000000000000000000000000000000000000000000853a0d2' +
    '313c000000000000000000000000000000000000000000000000000000000000' +
    '000000a000000000000000000000000000000000000000000000000000000000' +
    '0000008000000000000000000000000000000000000000000000000000000000' +
    '0000004000000000000000000000000000000000000000000000000000000000' +
    '0000006000000000000000000000000000000000000000000000000000000000' +
    '0000000000000000000000000000000000000000000000000000000000000000' +
    '0000000000000000000000000000000000000000000000000000000000000000') as Hex,
}
const MAINNET_CALL: Hex = ('0x2e567b36' +
  '000000000000000000000000c02aaa39b223fe8d0a0e5c4f27ead9083c756cc2' +
  '000000000000000000000000a2e06c19ee14255889f0ec0ca37f6d0778d06754' +
  '000000000000000000000000a2e06c19ee14255889f0ec0ca37f6d0778d06754' +
  '0000000000000000000000000000000000000000000000000853a0d2313c0000' +
  '00000000000000000000000000000000000000000000000000000000000000a0' +
  '0000000000000000000000000000000000000000000000000000000000000080' +
  '0000000000000000000000000000000000000000000000000000000000000040' +
  '0000000000000000000000000000000000000000000000000000000000000060' +
  '0000000000000000000000000000000000000000000000000000000000000000' +
  '0000000000000000000000000000000000000000000000000000000000000000') as Hex
const mainnetMessage: RetryableMessage = {
  to: '0x6c411ad3e74de3e7bd422b94a27770f5b86c623b',
  l2CallValue: 0x0853a0d2313c0000n,
  depositValue: 0x0854e8ab1802ca80n,
  maxSubmissionCost: 0x01270f6740d880n,
  excessFeeRefundAddress: '0xa2e06c19ee14255889f0ec0ca37f6d0778d06754',
  callValueRefundAddress: '0xa2e06c19ee14255889f0ec0ca37f6d0778d06754',
  gasLimit: 0x01d566n,
  maxFeePerGas: 0x11e1a300n,
  data: MAINNET_CALL,
}
const mainnetSubmission: RetryableSubmission = {
  messageNumber: 0x504cn,
  aliasedSender: '0xea3123e9d9911199a6711321d1277285e6d4f3ec',
  baseFeeL1: 0x05e0fc4c58n,
  timestamp: 0x631abc80n,
  inbox: '0x4dbd4fc535ac27206064b68ffcf827b0a60bab3f',
  message: mainnetMessage,
  logIndex: 0,
}

/** The Inbox's bytes exactly as AbsInbox._unsafeCreateRetryableTicket packs them (abi.encodePacked of words). */
const packMessage = (m: RetryableMessage): Hex =>
  concat([
    pad(m.to),
    numberToHex(m.l2CallValue, { size: 32 }),
    numberToHex(m.depositValue, { size: 32 }),
    numberToHex(m.maxSubmissionCost, { size: 32 }),
    pad(m.excessFeeRefundAddress),
    pad(m.callValueRefundAddress),
    numberToHex(m.gasLimit, { size: 32 }),
    numberToHex(m.maxFeePerGas, { size: 32 }),
    numberToHex(BigInt((m.data.length - 2) / 2), { size: 32 }),
    m.data,
  ])

const INBOX: Address = '0x4dbd4fc535ac27206064b68ffcf827b0a60bab3f'
const BRIDGE: Address = '0x8315177ab297ba92a06054ce80a67ed4dbd7ed3a'

const bridgeLog = (over: { kind?: number; inbox?: Address; hash?: Hex; index?: bigint } = {}) => ({
  address: BRIDGE,
  topics: encodeEventTopics({
    abi: arbitrumL1EventAbi,
    eventName: 'MessageDelivered',
    args: { messageIndex: over.index ?? 0x504cn, beforeInboxAcc: pad('0x01') },
  }) as Hex[],
  data: encodeAbiParameters(
    [
      { type: 'address' },
      { type: 'uint8' },
      { type: 'address' },
      { type: 'bytes32' },
      { type: 'uint256' },
      { type: 'uint64' },
    ],
    [
      over.inbox ?? INBOX,
      over.kind ?? 9,
      mainnetSubmission.aliasedSender,
      over.hash ?? keccak256(packMessage(mainnetMessage)),
      mainnetSubmission.baseFeeL1,
      mainnetSubmission.timestamp,
    ],
  ),
})
const inboxLog = (bytes: Hex = packMessage(mainnetMessage), address: Address = INBOX) => ({
  address,
  topics: encodeEventTopics({
    abi: arbitrumL1EventAbi,
    eventName: 'InboxMessageDelivered',
    args: { messageNum: 0x504cn },
  }) as Hex[],
  data: encodeAbiParameters([{ type: 'bytes' }], [bytes]),
})

describe('Arbitrum retryable ticket id', () => {
  it('matches the id ArbOS gave a real Arbitrum One deposit', () => {
    expect(retryableTicketId(42161, mainnetSubmission)).toBe(MAINNET_TICKET)
  })

  it('changes with any field (chain id, message number, sender)', () => {
    expect(retryableTicketId(42170, mainnetSubmission)).not.toBe(MAINNET_TICKET)
    expect(retryableTicketId(42161, { ...mainnetSubmission, messageNumber: 0x63341n })).not.toBe(MAINNET_TICKET)
    expect(
      retryableTicketId(42161, { ...mainnetSubmission, aliasedSender: '0x12dec91b0a9ba741903aa3699bf4ce31d6c5dd18' }),
    ).not.toBe(MAINNET_TICKET)
  })
})

describe('Arbitrum retryable message bytes', () => {
  it('decodes what the Inbox packs', () => {
    expect(decodeRetryableMessage(packMessage(mainnetMessage))).toEqual(mainnetMessage)
    expect(decodeRetryableMessage(packMessage({ ...mainnetMessage, data: '0x' }))).toEqual({
      ...mainnetMessage,
      data: '0x',
    })
  })

  it('refuses bytes of another shape', () => {
    const bytes = packMessage(mainnetMessage)
    expect(decodeRetryableMessage(bytes.slice(0, -2) as Hex)).toBeNull() // data shorter than its length word
    expect(decodeRetryableMessage('0x1234')).toBeNull()
    // An address word with something in its upper twelve bytes is not an address.
    expect(decodeRetryableMessage(`0x01${bytes.slice(4)}`)).toBeNull()
  })

  it('reads a token gateway call for the token, sender, recipient and amount', () => {
    expect(decodeGatewayFinalize(MAINNET_CALL)).toEqual({
      l1Token: '0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2',
      from: '0xa2e06c19ee14255889f0ec0ca37f6d0778d06754',
      to: '0xa2e06c19ee14255889f0ec0ca37f6d0778d06754',
      amount: 0x0853a0d2313c0000n,
    })
    expect(decodeGatewayFinalize('0xa9059cbb')).toBeNull()
  })
})

describe('Arbitrum retryable submissions in an L1 receipt', () => {
  it('finds the real deposit ticket from its verbatim logs', () => {
    const unrelated = { address: INBOX, topics: [pad('0x01')], data: '0x' as Hex }
    const found = findRetryableSubmissions([unrelated, MAINNET_BRIDGE_LOG, MAINNET_INBOX_LOG], {
      inbox: '0x4Dbd4fc535Ac27206064B68FfCf827b0A60BAB3f',
      bridge: '0x8315177aB297bA92A06054cE80a67Ed4DBd7ed3a',
    })
    expect(found).toEqual([{ ...mainnetSubmission, logIndex: 1 }])
    expect(retryableTicketId(42161, found[0]!)).toBe(MAINNET_TICKET)
  })

  it('pairs the Bridge record with the Inbox bytes', () => {
    const found = findRetryableSubmissions([inboxLog(), bridgeLog()], { inbox: INBOX, bridge: BRIDGE })
    expect(found).toEqual([{ ...mainnetSubmission, logIndex: 1 }])
    expect(retryableTicketId(42161, found[0]!)).toBe(MAINNET_TICKET)
  })

  it('ignores other message kinds, other inboxes, other emitters and bytes that do not match the hash', () => {
    const route = { inbox: INBOX, bridge: BRIDGE }
    expect(findRetryableSubmissions([inboxLog(), bridgeLog({ kind: 12 })], route)).toEqual([])
    expect(
      findRetryableSubmissions([inboxLog(), bridgeLog({ inbox: '0x0000000000000000000000000000000000000001' })], route),
    ).toEqual([])
    expect(
      findRetryableSubmissions([inboxLog(undefined, '0x0000000000000000000000000000000000000002'), bridgeLog()], route),
    ).toEqual([])
    expect(findRetryableSubmissions([inboxLog(), bridgeLog({ hash: keccak256('0x00') })], route)).toEqual([])
    expect(findRetryableSubmissions([inboxLog(), bridgeLog({ index: 5n })], route)).toEqual([])
  })
})

/**
 * A real Arbitrum One ETH deposit (Inbox.depositEth): L1 transaction
 * 0xdf70960177a95813a9a543cd1bb5aa1167e9c3bed55629b8d679c13b0079d2bf, its Bridge log verbatim, and the
 * L2 deposit transaction 0x6071e5f7…b943 (type 0x64, request id 0x5129, to, value) as arbitrum-sdk's
 * tracing fixture recorded them from the chains (packages/sdk/tests/fixtures/tracing/deposit.json).
 * The Inbox's bytes are rebuilt from the L2 transaction's `to` and `value`: the Bridge's recorded
 * messageDataHash must match them, which checks the layout too.
 */
describe('Arbitrum ETH deposits', () => {
  const ethBridgeLog = {
    address: '0x8315177aB297bA92A06054cE80a67Ed4DBd7ed3a' as Address,
    topics: [
      '0x5e3c1311ea442664e8b1611bfabef659120ea7a0a2cfc0667700bebc69cbffe1',
      '0x0000000000000000000000000000000000000000000000000000000000005129',
      '0xf0a3189fdccc7ec2e8b9ddc416c45d4262f568c543e7fda2f32f170caabb4f3f',
    ] as Hex[],
    data: ('0x0000000000000000000000004dbd4fc535ac27206064b68ffcf827b0a60bab3f' +
      '000000000000000000000000000000000000000000000000000000000000000c' +
      '000000000000000000000000aeb7413b16281c9270268f3f5b826c8c59d8c142' +
      'c0ce66d9287825c22d018c90b8f7828fa0f13671f2d426acb52e1d2bf98ec0e2' +
      '00000000000000000000000000000000000000000000000000000002c2ebd5a8' +
      '00000000000000000000000000000000000000000000000000000000631ae85f') as Hex,
  }
  const ethInboxLog = {
    address: INBOX,
    topics: encodeEventTopics({
      abi: arbitrumL1EventAbi,
      eventName: 'InboxMessageDelivered',
      args: { messageNum: 0x5129n },
    }) as Hex[],
    data: encodeAbiParameters(
      [{ type: 'bytes' }],
      [concat(['0x9da6413b16281c9270268f3f5b826c8c59d8b031', numberToHex(0x13101ebdfc1004en, { size: 32 })])],
    ),
  }

  it('finds the deposit and the hash of the L2 deposit transaction ArbOS made of it', () => {
    const found = findEthDeposits([ethBridgeLog, ethInboxLog], { inbox: INBOX, bridge: BRIDGE })
    expect(found).toEqual([
      {
        messageNumber: 0x5129n,
        aliasedSender: '0xaeb7413b16281c9270268f3f5b826c8c59d8c142',
        baseFeeL1: 0x2c2ebd5a8n,
        timestamp: 0x631ae85fn,
        inbox: INBOX,
        to: '0x9da6413b16281c9270268f3f5b826c8c59d8b031',
        value: 0x13101ebdfc1004en,
        logIndex: 0,
      },
    ])
    expect(ethDepositTxHash(42161, found[0]!)).toBe(
      '0x6071e5f7d054487a4c9498dc4b7bc30c62d52b630ec4e46936899d470b64b943',
    )
  })

  it('is not a retryable, and a retryable is not an ETH deposit', () => {
    expect(findRetryableSubmissions([ethBridgeLog, ethInboxLog], { inbox: INBOX, bridge: BRIDGE })).toEqual([])
    expect(findEthDeposits([inboxLog(), bridgeLog()], { inbox: INBOX, bridge: BRIDGE })).toEqual([])
  })
})

describe('Arbitrum withdrawals (ArbSys L2ToL1Tx on the L2)', () => {
  const caller = '0x1111111111111111111111111111111111111111' as Address
  const destination = '0x2222222222222222222222222222222222222222' as Address
  /** A send as ArbOS logs it: the hash is keccak256 of the packed fields, as nitro's ArbSys.SendTxToL1 computes it. */
  const sendLog = (fields: { callvalue: bigint; data: Hex; position: bigint; to?: Address }, hashOverride?: bigint) => {
    const to = fields.to ?? destination
    const packed = concat([
      caller,
      to,
      pad(numberToHex(500n)),
      pad(numberToHex(20_000_000n)),
      pad(numberToHex(1_700_000_000n)),
      pad(numberToHex(fields.callvalue)),
      fields.data,
    ])
    const hash = hashOverride ?? BigInt(keccak256(packed))
    return {
      address: ARB_SYS,
      topics: encodeEventTopics({
        abi: arbSysEventAbi,
        eventName: 'L2ToL1Tx',
        args: { destination: to, hash, position: fields.position },
      }) as Hex[],
      data: encodeAbiParameters(
        [
          { type: 'address' },
          { type: 'uint256' },
          { type: 'uint256' },
          { type: 'uint256' },
          { type: 'uint256' },
          { type: 'bytes' },
        ],
        [caller, 500n, 20_000_000n, 1_700_000_000n, fields.callvalue, fields.data],
      ),
    }
  }

  it('an ETH withdrawal (withdrawEth): the value to the destination, the hash checked against the fields', () => {
    const [found] = findL2ToL1Messages([sendLog({ callvalue: 10n ** 17n, data: '0x', position: 7n })])
    expect(found).toMatchObject({
      caller,
      destination,
      position: 7n,
      arbBlockNum: 500n,
      ethBlockNum: 20_000_000n,
      timestamp: 1_700_000_000n,
      callvalue: 10n ** 17n,
      data: '0x',
      logIndex: 0,
    })
    expect(found!.hash).toBe(outboxItemHash(found!))
    expect(decodeGatewayFinalize(found!.data)).toBeNull()
  })

  it('a token withdrawal through a gateway: the L1 gateway call names the token, sender, recipient and amount', () => {
    const l1Token = '0x6b175474e89094c44da98b954eedeac495271d0f' as Address
    const from = '0x3333333333333333333333333333333333333333' as Address
    const to = '0x4444444444444444444444444444444444444444' as Address
    const data = encodeFunctionData({
      abi: parseAbi(['function finalizeInboundTransfer(address,address,address,uint256,bytes)']),
      functionName: 'finalizeInboundTransfer',
      args: [l1Token, from, to, 5_000_000n, encodeAbiParameters([{ type: 'uint256' }, { type: 'bytes' }], [3n, '0x'])],
    })
    const [found] = findL2ToL1Messages([sendLog({ callvalue: 0n, data, position: 8n })])
    expect(found).toMatchObject({ position: 8n, callvalue: 0n, data })
    expect(decodeGatewayFinalize(found!.data)).toEqual({ l1Token, from, to, amount: 5_000_000n })
  })

  it('ignores a log whose hash is not the hash of its own fields, and logs from anywhere but ArbSys', () => {
    const good = sendLog({ callvalue: 1n, data: '0x', position: 1n })
    expect(findL2ToL1Messages([sendLog({ callvalue: 1n, data: '0x', position: 1n }, 12345n)])).toEqual([])
    expect(findL2ToL1Messages([{ ...good, address: '0x0000000000000000000000000000000000000065' }])).toEqual([])
    expect(findL2ToL1Messages([{ ...good, data: '0x1234' }])).toEqual([])
    expect(findL2ToL1Messages([good])).toHaveLength(1)
  })
})
