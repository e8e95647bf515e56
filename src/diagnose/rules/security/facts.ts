import { coinRef } from '../../../findings/coin-ref.js'
import type { Address } from 'viem'
import { knownSpender, permit2On, type KnownSpender } from '../../../chains/known-spenders.js'
import { decodeApprovalEvent, type ApprovalEvent } from '../../../decode/approval-events.js'
import { tokenMovements, type TokenMovement } from '../../../decode/token-movements.js'
import type { SecurityChain, SentBy } from '../../../evidence/security-schema.js'
import type { TokenRef } from '../../../findings/data-types.js'
import type { Taken } from '../../../findings/security-data.js'
import { tokenRef } from '../token-ref.js'

/** Where a log sat: its transaction, block and place, and who sent that transaction (when it was read). */
type Placed = { hash: `0x${string}`; block: bigint; logIndex: number; sentBy: SentBy | null }
export type Move = Omit<TokenMovement, 'standard'> & Placed & { standard: 'erc20' | 'erc721' | 'erc1155' | 'native' }

/** Native coin stands in the token lists under the conventional 0xeeee… address. */
export const NATIVE: Address = '0xeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee'
export type Approval = Placed & { event: ApprovalEvent }

/** One chain's evidence, decoded once for every rule: the owner's movements and approvals, in order. */
export type SecurityFacts = {
  chainId: number
  owner: Address
  chain: SecurityChain
  moves: Move[]
  approvals: Approval[]
  permit2: Address[]
  token: (address: string) => TokenRef
  known: (address: string) => KnownSpender | null
  isContract: (address: string) => boolean | null
  /** The owner's own key signed it (null: the transaction was not read). */
  sentByOwner: (placed: Placed) => boolean | null
}

export function securityFacts(owner: Address, chain: SecurityChain): SecurityFacts {
  const me = owner.toLowerCase() as Address
  const txs = new Map(chain.transactions.map((t) => [t.hash.toLowerCase(), t]))
  const permit2 = permit2On(chain.chainId)
  const moves: Move[] = []
  const approvals: Approval[] = []
  for (const log of chain.logs) {
    const placed: Placed = {
      hash: log.transactionHash,
      block: log.blockNumber,
      logIndex: log.logIndex,
      sentBy: txs.get(log.transactionHash.toLowerCase()) ?? null,
    }
    const event = decodeApprovalEvent(log, permit2)
    if (event) {
      if (event.owner === me) approvals.push({ ...placed, event })
      continue
    }
    for (const m of tokenMovements([log])) {
      if (m.standard !== 'erc20' && m.standard !== 'erc721' && m.standard !== 'erc1155') continue
      if (m.from !== me && m.to !== me) continue
      moves.push({ ...m, standard: m.standard, ...placed })
    }
  }
  // Native coin: the owner's own successful transactions with value, and what its delegated code
  // sent on inside deposits (seen by trace). Placed by transaction index within the block.
  for (const t of chain.native?.transfers ?? []) {
    if (t.status !== 'success' || t.value === 0n || t.to === null || t.from === t.to) continue
    if (t.from !== me && t.to !== me) continue
    moves.push(nativeMove(t.from, t.to, t.value, t.hash, t.blockNumber, t.index, txs))
  }
  for (const o of chain.native?.outflows ?? []) {
    const index = chain.native?.transfers.find((t) => t.hash === o.hash)?.index ?? 0
    moves.push(nativeMove(me, o.to, o.value, o.hash, o.blockNumber, index, txs))
  }
  moves.sort((a, b) => (a.block === b.block ? 0 : a.block < b.block ? -1 : 1))
  const codes = new Map(chain.contracts.map((c) => [c.address.toLowerCase(), c.isContract]))
  return {
    chainId: chain.chainId,
    owner: me,
    chain,
    moves,
    approvals,
    permit2,
    token: (address) =>
      address.toLowerCase() === NATIVE ? coinRef(chain.chainId, NATIVE) : tokenRef(address, chain.tokens),
    known: (address) => knownSpender(chain.chainId, address),
    isContract: (address) => codes.get(address.toLowerCase()) ?? null,
    sentByOwner: (placed) => (placed.sentBy ? placed.sentBy.from === me : null),
  }
}

function nativeMove(
  from: Address,
  to: Address,
  amount: bigint,
  hash: `0x${string}`,
  block: bigint,
  index: number,
  txs: ReadonlyMap<string, SentBy>,
): Move {
  return {
    standard: 'native',
    token: NATIVE,
    from,
    to,
    amount,
    tokenId: null,
    hash,
    block,
    logIndex: index,
    sentBy: txs.get(hash.toLowerCase()) ?? null,
  }
}

/** Movements summed per token, as findings carry them. */
export function summarise(facts: SecurityFacts, moves: readonly Move[]): Taken[] {
  const byToken = new Map<string, Move[]>()
  for (const m of moves) byToken.set(m.token, [...(byToken.get(m.token) ?? []), m])
  return [...byToken.values()].map((group) => {
    const first = group[0]!
    return {
      token: facts.token(first.token),
      standard: first.standard,
      amount: group.reduce((sum, m) => sum + m.amount, 0n).toString(),
      tokenIds:
        first.standard === 'erc20' || first.standard === 'native' ? [] : group.map((m) => (m.tokenId ?? 0n).toString()),
      to: unique(group.map((m) => m.to)),
      hashes: unique(group.map((m) => m.hash)),
    }
  })
}

export const unique = <T>(items: readonly T[]): T[] => [...new Set(items)]
