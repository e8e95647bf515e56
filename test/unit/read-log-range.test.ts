import { describe, expect, it } from 'vitest'
import type { PublicClient } from 'viem'
import { abortedError } from '../../src/errors/rpc-errors.js'
import { readLogRange } from '../../src/evidence/read-log-range.js'

const CONTRACT = '0x00000000000000000000000000000000000000aa'
const TOPIC = `0x${'11'.repeat(32)}` as const

/** A log as an endpoint answers it, in block `block`. */
const rawLog = (block: number, index = 0, address = CONTRACT) => ({
  address,
  topics: [TOPIC],
  data: '0x',
  transactionHash: `0x${block.toString(16).padStart(62, '0')}${index.toString(16).padStart(2, '0')}`,
  blockNumber: `0x${block.toString(16)}`,
  logIndex: `0x${index.toString(16)}`,
})

/**
 * A pure stand-in for an endpoint (a unit test: no chain): it refuses any eth_getLogs wider than
 * `limit` blocks, as public endpoints do, answers the logs of `blocks` inside the window, and
 * records every window it was asked.
 */
function endpoint(blocks: number[], limit: bigint, extra: unknown[] = []) {
  const asked: [bigint, bigint][] = []
  const client = {
    request: ({ params }: { params: [{ fromBlock: string; toBlock: string }] }) => {
      const from = BigInt(params[0].fromBlock)
      const to = BigInt(params[0].toBlock)
      asked.push([from, to])
      if (to - from + 1n > limit) return Promise.reject(new Error('range too wide'))
      const inside = blocks.filter((b) => BigInt(b) >= from && BigInt(b) <= to).map((b) => rawLog(b))
      return Promise.resolve([...inside, ...extra])
    },
  } as unknown as PublicClient
  return { client, asked }
}

const filters = [{ address: CONTRACT as `0x${string}`, topics: [TOPIC] as `0x${string}`[] }]

describe('readLogRange: the one log-range reader', () => {
  it('halves a refused range and walks forward over every block once, in order', async () => {
    const { client, asked } = endpoint([5, 150, 390], 100n)
    const read = await readLogRange(client, { filters, fromBlock: 0n, toBlock: 399n })
    expect(read.logs.map((l) => l.blockNumber)).toEqual([5n, 150n, 390n])
    expect(read).toMatchObject({ complete: true, narrowed: true, searchedFrom: 0n, searchedTo: 399n })
    const answered = asked.filter(([from, to]) => to - from + 1n <= 100n)
    expect(answered).toEqual([
      [0n, 99n],
      [100n, 199n],
      [200n, 299n],
      [300n, 399n],
    ])
  })

  it('backward with firstOnly finds the newest match first', async () => {
    const { client } = endpoint([5, 150, 390], 1000n)
    const read = await readLogRange(client, {
      filters,
      fromBlock: 0n,
      toBlock: 399n,
      direction: 'backward',
      window: 100n,
      firstOnly: true,
    })
    expect(read.logs.map((l) => l.blockNumber)).toEqual([390n])
    expect(read).toMatchObject({ complete: true, searchedFrom: 300n, searchedTo: 399n })
  })

  it('one window only (maxWindows 1): the newest part an endpoint answers, said to be narrowed', async () => {
    const { client } = endpoint([5, 390], 200n)
    const read = await readLogRange(client, {
      filters,
      fromBlock: 0n,
      toBlock: 399n,
      direction: 'backward',
      maxWindows: 1,
    })
    expect(read.logs.map((l) => l.blockNumber)).toEqual([390n])
    expect(read).toMatchObject({ complete: false, narrowed: true, searchedFrom: 200n, searchedTo: 399n })
  })

  it('a walk cut short by maxRequests says so, and accept filters in block order', async () => {
    const { client } = endpoint([5, 150, 390], 100n)
    const seen: bigint[] = []
    const read = await readLogRange(client, {
      filters,
      fromBlock: 0n,
      toBlock: 399n,
      window: 100n,
      maxRequests: 2,
      accept: (log) => {
        seen.push(log.blockNumber)
        return log.blockNumber > 100n
      },
    })
    expect(seen).toEqual([5n, 150n])
    expect(read.logs.map((l) => l.blockNumber)).toEqual([150n])
    expect(read).toMatchObject({ complete: false, searchedTo: 199n })
  })

  it('drops logs from another contract, outside the window, or malformed; throws when even the floor is refused', async () => {
    const { client } = endpoint([50], 1000n, [
      rawLog(60, 0, '0x00000000000000000000000000000000000000bb'),
      rawLog(5000),
      { junk: 1 },
    ])
    const read = await readLogRange(client, { filters, fromBlock: 0n, toBlock: 99n })
    expect(read.logs.map((l) => l.blockNumber)).toEqual([50n])
    const refusing = endpoint([], 10n).client
    await expect(readLogRange(refusing, { filters, fromBlock: 0n, toBlock: 999n })).rejects.toThrow('range too wide')
  })

  it("drops a log whose topics are not the filter's: the endpoint's filtering is not taken on trust", async () => {
    const other = { ...rawLog(70, 1), topics: [`0x${'22'.repeat(32)}`] }
    const { client } = endpoint([50], 1000n, [other])
    const read = await readLogRange(client, { filters, fromBlock: 0n, toBlock: 99n })
    expect(read.logs.map((l) => l.blockNumber)).toEqual([50n])
    // A list is "one of them", null is "any", and case does not matter.
    const lists = [
      {
        address: CONTRACT as `0x${string}`,
        topics: [[`0x${'22'.repeat(32)}`, TOPIC.toUpperCase().replace('0X', '0x')] as `0x${string}`[], null],
      },
    ]
    const both = await readLogRange(endpoint([50], 1000n, [other]).client, {
      filters: lists,
      fromBlock: 0n,
      toBlock: 99n,
    })
    expect(both.logs.map((l) => l.blockNumber)).toEqual([50n, 70n])
  })

  it('a budget that runs out on a failed request throws its error, not "searched part of it"', async () => {
    // Every window fails (a dead endpoint, not a range limit): halving twice uses the two requests.
    const dead = { request: () => Promise.reject(new Error('connection refused')) } as unknown as PublicClient
    await expect(
      readLogRange(dead, { filters, fromBlock: 0n, toBlock: 99_999n, window: 10_000n, maxRequests: 2 }),
    ).rejects.toThrow('connection refused')
  })

  it("the caller's abort ends the walk at once instead of narrowing the range", async () => {
    let asked = 0
    const aborting = {
      request: () => {
        asked++
        return Promise.reject(abortedError(new Error('stop')))
      },
    } as unknown as PublicClient
    await expect(readLogRange(aborting, { filters, fromBlock: 0n, toBlock: 99_999n })).rejects.toMatchObject({
      code: 'aborted',
    })
    expect(asked).toBe(1)
  })
})
