import type { Address, EIP1193RequestFn } from 'viem'
import { optionalRead } from './optional-read.js'
import type { NativeBlock, NativeHistory, NativeTransfer, SentBy, TracedOutflow } from './security-schema.js'
import type { ReadClient } from '../rpc/read-client.js'

type State = { balance: bigint; nonce: number }

/** Blocks fetched whole at most: a support report needs the pattern, not a ledger. */
export const MAX_NATIVE_BLOCKS = 48
/** Blocks after an EIP-7702 delegation read whole: a forwarding delegate moves deposits without a trace in balance or nonce. */
export const DELEGATION_WINDOW = 16n
/** Deposits into a delegated account traced (debug_traceTransaction) to see where the delegate sent them. */
const MAX_TRACES = 24

/**
 * Native coin has no logs, so its movements are read from blocks — only the blocks where the
 * owner's balance or nonce changed, found by bisection on eth_getBalance and
 * eth_getTransactionCount at past heights (archive reads). For an account without code this is
 * exact: its nonce only grows, and its balance only falls through its own (nonce-raising)
 * transactions, so equal state at both ends of a span means nothing happened in between.
 *
 * Limits, said in the report: it needs an endpoint that keeps past state (else 'no-archive');
 * coin received from contracts (internal transfers) shows as a balance change with no transaction
 * to explain it; an account with code (an EIP-7702 delegation) can pass coin on within one
 * transaction leaving balance and nonce unchanged — for it, the blocks just after the delegation
 * are read whole too, and deposits into it are traced where debug_traceTransaction is served.
 */
export async function readNativeHistory(
  client: ReadClient,
  {
    owner,
    fromBlock,
    head,
    delegatedSince,
  }: { owner: Address; fromBlock: bigint; head: bigint; delegatedSince: Promise<bigint | null> },
): Promise<{ history: NativeHistory; sent: SentBy[] }> {
  const states = new Map<bigint, Promise<State>>()
  const stateAt = (blockNumber: bigint) => {
    let state = states.get(blockNumber)
    if (!state) {
      state = Promise.all([
        client.getBalance({ address: owner, blockNumber }),
        client.getTransactionCount({ address: owner, blockNumber }),
      ]).then(([balance, nonce]) => ({ balance, nonce }))
      states.set(blockNumber, state)
    }
    return state
  }
  const start = fromBlock > 0n ? fromBlock - 1n : 0n
  try {
    await Promise.all([stateAt(start), stateAt(head)])
  } catch {
    // Past state is pruned on this endpoint (or refused): native transfers cannot be read here.
    return {
      history: { read: 'no-archive', truncated: false, blocks: [], transfers: [], traced: null, outflows: [] },
      sent: [],
    }
  }

  const { changed, truncated } = await bisect(stateAt, start, head)
  const since = await delegatedSince
  const window: bigint[] = []
  if (since !== null)
    for (let b = since > fromBlock ? since : fromBlock; b <= head && b < since + DELEGATION_WINDOW; b++) window.push(b)
  const numbers = [...new Set([...changed, ...window])].sort((a, b) => (a > b ? -1 : 1)).slice(0, MAX_NATIVE_BLOCKS)
  const more = truncated || changed.length + window.length > numbers.length

  const read = await Promise.all(
    numbers.map(async (number): Promise<{ block: NativeBlock; txs: NativeTransfer[]; sent: SentBy[] } | null> => {
      const [before, after, block] = await Promise.all([
        stateAt(number - 1n),
        stateAt(number),
        client.getBlock({ blockNumber: number, includeTransactions: true }),
      ])
      const touching = block.transactions.filter(
        (tx) => tx.from.toLowerCase() === owner || tx.to?.toLowerCase() === owner,
      )
      const txs = await Promise.all(
        touching.map(async (tx): Promise<NativeTransfer> => {
          const receipt = await optionalRead(client.getTransactionReceipt({ hash: tx.hash }))
          return {
            hash: tx.hash,
            from: tx.from.toLowerCase() as Address,
            to: tx.to ? (tx.to.toLowerCase() as Address) : null,
            value: tx.value,
            blockNumber: number,
            index: tx.transactionIndex ?? 0,
            status: receipt ? receipt.status : null,
          }
        }),
      )
      return {
        block: {
          number,
          balanceBefore: before.balance,
          balanceAfter: after.balance,
          nonceBefore: before.nonce,
          nonceAfter: after.nonce,
        },
        txs,
        sent: touching.map((tx) => ({
          hash: tx.hash,
          from: tx.from.toLowerCase() as Address,
          to: tx.to ? (tx.to.toLowerCase() as Address) : null,
          blockNumber: tx.blockNumber,
          type: tx.type,
        })),
      }
    }),
  )
  const transfers = read.flatMap((r) => r?.txs ?? [])
  const { traced, outflows } =
    since === null ? { traced: null, outflows: [] } : await traceDeposits(client, owner, transfers)
  return {
    history: {
      read: 'read',
      truncated: more,
      blocks: read.flatMap((r) => (r ? [r.block] : [])).sort((a, b) => (a.number < b.number ? -1 : 1)),
      transfers: transfers.sort((a, b) =>
        a.blockNumber === b.blockNumber ? a.index - b.index : a.blockNumber < b.blockNumber ? -1 : 1,
      ),
      traced,
      outflows,
    },
    sent: read.flatMap((r) => r?.sent ?? []),
  }
}

/**
 * The blocks in (start, end] where balance or nonce differ from the block before: each span whose
 * ends differ is halved, all spans of a level at once (one batch a level). Newest kept past the cap.
 */
async function bisect(
  stateAt: (block: bigint) => Promise<State>,
  start: bigint,
  end: bigint,
): Promise<{ changed: bigint[]; truncated: boolean }> {
  const same = (a: State, b: State) => a.balance === b.balance && a.nonce === b.nonce
  let spans: [bigint, bigint][] = [[start, end]]
  const changed: bigint[] = []
  let truncated = false
  while (spans.length > 0) {
    const ends = await Promise.all(spans.map(async ([lo, hi]) => [await stateAt(lo), await stateAt(hi)] as const))
    const live = spans.filter((_, i) => !same(ends[i]![0], ends[i]![1]))
    const next: [bigint, bigint][] = []
    for (const [lo, hi] of live) {
      if (hi - lo === 1n) changed.push(hi)
      else {
        const middle = (lo + hi) / 2n
        next.push([middle, hi], [lo, middle])
      }
    }
    if (next.length + changed.length > MAX_NATIVE_BLOCKS * 2) {
      truncated = true
      next.sort((a, b) => (a[1] > b[1] ? -1 : 1))
      next.length = Math.max(0, MAX_NATIVE_BLOCKS * 2 - changed.length)
    }
    spans = next
    if (changed.length >= MAX_NATIVE_BLOCKS) {
      truncated = truncated || spans.length > 0
      break
    }
  }
  return { changed, truncated }
}

type RawFrame = { type?: string; from?: string; to?: string; value?: string; error?: string; calls?: RawFrame[] }

/**
 * Where the delegated account's code sent each deposit: the call tracer's frames that move coin out
 * of the owner. `traced` is false when the endpoint does not serve debug_traceTransaction.
 */
async function traceDeposits(
  client: ReadClient,
  owner: Address,
  transfers: NativeTransfer[],
): Promise<{ traced: boolean | null; outflows: TracedOutflow[] }> {
  const deposits = transfers
    .filter((t) => t.to === owner && t.from !== owner && t.status === 'success')
    .slice(0, MAX_TRACES)
  if (deposits.length === 0) return { traced: null, outflows: [] }
  const request = client.request as EIP1193RequestFn
  try {
    const traces = await Promise.all(
      deposits.map((d) =>
        request<{ Method: string; Parameters: unknown[]; ReturnType: RawFrame }>({
          method: 'debug_traceTransaction',
          params: [d.hash, { tracer: 'callTracer' }],
        }).then((trace) => ({ d, trace })),
      ),
    )
    const outflows: TracedOutflow[] = []
    for (const { d, trace } of traces) {
      const walk = (frame: RawFrame, top: boolean) => {
        if (frame.error) return
        const value = typeof frame.value === 'string' && /^0x[0-9a-f]+$/i.test(frame.value) ? BigInt(frame.value) : 0n
        if (!top && frame.from?.toLowerCase() === owner && value > 0n && frame.to && /^0x[0-9a-f]{40}$/i.test(frame.to))
          outflows.push({ hash: d.hash, blockNumber: d.blockNumber, to: frame.to.toLowerCase() as Address, value })
        for (const call of (frame.calls ?? []).slice(0, 200)) walk(call, false)
      }
      walk(trace, true)
    }
    return { traced: true, outflows }
  } catch {
    return { traced: false, outflows: [] }
  }
}
