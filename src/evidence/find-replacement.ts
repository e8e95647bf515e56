import { numberToHex, type Address, type EIP1193RequestFn, type Hash } from 'viem'
import type { ReplacementData } from './schema.js'
import type { ReadClient } from '../rpc/read-client.js'

/** Probes per round of the nonce search: one batch each, so a 20M-block chain needs ~8 rounds, not ~25. */
const PROBES_PER_ROUND = 8

/**
 * Which transaction used `nonce` instead of the one asked about. Nodes that index by sender
 * (reth, Erigon, anvil) answer `eth_getTransactionBySenderAndNonce` at once; elsewhere the block
 * where the sender's nonce passed `nonce` is found by searching historical nonces, and that
 * block's transactions are read. Needs historical state; without it the hash stays unknown.
 */
export async function findReplacement(
  client: ReadClient,
  { from, nonce, originalHash, head }: { from: Address; nonce: number; originalHash: Hash; head: bigint },
): Promise<ReplacementData> {
  const request = client.request as EIP1193RequestFn
  const indexed = (await request({
    method: 'eth_getTransactionBySenderAndNonce',
    params: [from, numberToHex(nonce)],
  }).catch(() => null)) as { hash?: Hash; blockNumber?: string | null } | null
  if (indexed?.hash && indexed.hash.toLowerCase() !== originalHash.toLowerCase() && indexed.blockNumber) {
    return { hash: indexed.hash, blockNumber: BigInt(indexed.blockNumber), foundBy: 'sender-and-nonce' }
  }
  try {
    const blockNumber = await firstBlockPastNonce(client, from, nonce, head)
    const block = await client.getBlock({ blockNumber, includeTransactions: true })
    const used = block.transactions.find((tx) => tx.from.toLowerCase() === from.toLowerCase() && tx.nonce === nonce)
    return { hash: used?.hash ?? null, blockNumber, foundBy: used ? 'nonce-bisection' : null }
  } catch {
    return { hash: null, blockNumber: null, foundBy: null }
  }
}

/** The first block after which the sender's nonce count exceeds `nonce` (it is known to at `head`). */
export async function firstBlockPastNonce(
  client: ReadClient,
  address: Address,
  nonce: number,
  head: bigint,
): Promise<bigint> {
  let below = -1n // count(below) <= nonce; -1 stands for "before genesis"
  let above = head // count(above) > nonce
  while (above - below > 1n) {
    const probes = spread(below, above, PROBES_PER_ROUND)
    const counts = await Promise.all(probes.map((blockNumber) => client.getTransactionCount({ address, blockNumber })))
    const first = counts.findIndex((count) => count > nonce)
    if (first === -1) below = probes[probes.length - 1] as bigint
    else {
      above = probes[first] as bigint
      if (first > 0) below = probes[first - 1] as bigint
    }
  }
  return above
}

/** Up to `count` block numbers strictly between `low` and `high`, evenly spaced. */
export function spread(low: bigint, high: bigint, count: number): bigint[] {
  const gap = high - low - 1n
  if (gap <= 0n) return []
  const n = gap < BigInt(count) ? gap : BigInt(count)
  const points: bigint[] = []
  for (let i = 1n; i <= n; i++) points.push(low + (i * (high - low)) / (n + 1n))
  return [...new Set(points)].filter((b) => b > low && b < high)
}
