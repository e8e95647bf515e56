import { describe, expect, it } from 'vitest'
import { encodeEventTopics, type Hex, type PublicClient } from 'viem'
import { outboxAbi } from '../../src/decode/bridges/arbitrum.js'
import {
  followArbitrumWithdrawal,
  type WithdrawalReads,
} from '../../src/evidence/bridges/follow-arbitrum-withdrawal.js'

/**
 * The parts of the Arbitrum withdrawal follow-up that a real Arbitrum node (or a hostile endpoint)
 * decides and anvil cannot play: the block's `sendCount` field, which only Arbitrum nodes add, and
 * answers that do not add up. Pure: the two endpoints are stand-in objects answering the four reads
 * the follow-up makes (a unit test; the real chain paths are in
 * test/integration/bridge-arbitrum-withdrawal.test.ts).
 */
const OUTBOX = '0x0b9857ae2d4a3dbe74ffe1d7df045bb7f96e4840'
/** A 32-byte word of one repeated byte. */
const word = (byte: string): Hex => `0x${byte.repeat(32)}`
const ROOT = word('aa')
const L2_BLOCK_HASH = word('bb')

const message = {
  caller: '0x1111111111111111111111111111111111111111',
  destination: '0x2222222222222222222222222222222222222222',
  position: 100n,
  arbBlockNum: 5_000n,
  ethBlockNum: 900n,
  timestamp: 1_700_000_000n,
  callvalue: 10n ** 17n,
  data: '0x',
} as const

const [SEND_ROOT_UPDATED] = encodeEventTopics({ abi: outboxAbi, eventName: 'SendRootUpdated' })

/** L1: not spent; one SendRootUpdated at block 950; `roots(ROOT)` answers `storedHash`. */
function l1(storedHash: Hex) {
  return {
    getBlockNumber: () => Promise.resolve(1_000n),
    // Twelve-second blocks ending at the send's time at block 900: ethBlockNum is this L1's own block.
    getBlock: ({ blockNumber }: { blockNumber: bigint }) =>
      Promise.resolve({ number: blockNumber, timestamp: message.timestamp - 12n * (900n - blockNumber) }),
    readContract: ({ functionName }: { functionName: string }) =>
      Promise.resolve(functionName === 'isSpent' ? false : storedHash),
    request: () =>
      Promise.resolve([
        {
          address: OUTBOX,
          topics: [SEND_ROOT_UPDATED, ROOT, L2_BLOCK_HASH],
          data: '0x',
          transactionHash: `0x${'cc'.repeat(32)}`,
          blockNumber: '0x3b6',
          logIndex: '0x0',
        },
      ]),
  } as unknown as PublicClient
}

/** L2: eth_getBlockByHash answers `block` (null: the endpoint does not know it). */
const l2 = (block: Record<string, string> | null) =>
  ({ request: () => Promise.resolve(block && { hash: L2_BLOCK_HASH, ...block }) }) as unknown as PublicClient

const reads = (l1Client: PublicClient, l2Client: PublicClient): WithdrawalReads => ({
  l1: l1Client,
  l2: l2Client,
  l1ChainId: 1,
  l2ChainId: 42161,
  outbox: OUTBOX,
  message,
  amount: message.callvalue,
})

describe('Arbitrum withdrawal follow-up: what only an Arbitrum node or a bad answer decides', () => {
  it("an Arbitrum node's sendCount decides coverage: at or below the position, still in flight", async () => {
    // The block number alone (6000 ≥ 5000) would say covered; the send count (100, the position) says not yet.
    const outcome = await followArbitrumWithdrawal(
      reads(l1(L2_BLOCK_HASH), l2({ number: '0x1770', sendCount: '0x64' })),
    )
    expect(outcome).toEqual({ state: 'in-flight', stage: 'confirmation' })
  })

  it('a send count above the position: the claim, with that send count as the proof size', async () => {
    const outcome = await followArbitrumWithdrawal(
      reads(l1(L2_BLOCK_HASH), l2({ number: '0x1388', sendCount: '0x65' })),
    )
    expect(outcome).toMatchObject({
      state: 'action-needed',
      action: 'finalize',
      proofFrom: {
        to: '0x00000000000000000000000000000000000000c8',
        args: [
          { name: 'size', value: '101' },
          { name: 'leaf', value: '100' },
        ],
      },
    })
  })

  it('a SendRootUpdated log that roots() does not confirm gives no verdict', async () => {
    await expect(followArbitrumWithdrawal(reads(l1(word('00')), l2({ number: '0x1770' })))).rejects.toMatchObject({
      code: 'bridge.inconsistent-answers',
    })
  })

  it('a confirmed L2 block the L2 endpoint does not know gives no verdict, not "in flight"', async () => {
    await expect(followArbitrumWithdrawal(reads(l1(L2_BLOCK_HASH), l2(null)))).rejects.toMatchObject({
      code: 'bridge.l2-block-unknown',
    })
  })

  it('no confirmed root in a search cut short gives no verdict, not "in flight"', async () => {
    // An L1 a million blocks past the send, no SendRootUpdated in the windows the budget allows.
    const far = {
      getBlockNumber: () => Promise.resolve(1_000_000n),
      getBlock: ({ blockNumber }: { blockNumber: bigint }) =>
        Promise.resolve({ number: blockNumber, timestamp: message.timestamp - 12n * (900n - blockNumber) }),
      readContract: () => Promise.resolve(false),
      request: () => Promise.resolve([]),
    } as unknown as PublicClient
    await expect(followArbitrumWithdrawal(reads(far, l2({ number: '0x1770' })))).rejects.toMatchObject({
      code: 'bridge.search-cut-short',
    })
  })

  it("searches from the send's time when ethBlockNum is another chain's count (an Orbit chain on an L2)", async () => {
    // A parent whose block 900 is a year older than the send: its blocks are counted apart from Ethereum's.
    const asked: bigint[] = []
    const parent = {
      getBlockNumber: () => Promise.resolve(100_000n),
      // One block a second, block 100,000 an hour after the send: the send's time is block 96,400.
      getBlock: ({ blockNumber }: { blockNumber: bigint }) =>
        Promise.resolve({ number: blockNumber, timestamp: message.timestamp + 3_600n - (100_000n - blockNumber) }),
      readContract: ({ functionName }: { functionName: string }) =>
        Promise.resolve(functionName === 'isSpent' ? false : L2_BLOCK_HASH),
      request: ({ params }: { params: [{ fromBlock: Hex; toBlock: Hex }] }) => {
        asked.push(BigInt(params[0].fromBlock))
        return Promise.resolve([])
      },
    } as unknown as PublicClient
    expect(await followArbitrumWithdrawal(reads(parent, l2({ number: '0x1770' })))).toEqual({
      state: 'in-flight',
      stage: 'confirmation',
    })
    expect(asked).toEqual([96_400n])
  })
})
