import type { BlockData, FeeHistoryData } from './schema.js'

export type HeadAndFees = { head: BlockData; feeHistory: FeeHistoryData | null }

/**
 * The head block and fee history of each chain, shared by every look of one run (`batch`): a
 * thousand tickets on one chain within one block need them once, not a thousand times. Keyed by
 * chain and by the head the look's endpoints reported in round one, so a look that saw a newer
 * block reads afresh (and older entries of that chain go): the head moving invalidates the rest.
 * A read that fails is forgotten at once, for the next look to try again. A single `tx` has none.
 */
export class SharedChainState {
  private readonly reads = new Map<number, Map<bigint, Promise<HeadAndFees>>>()

  headAndFees(chainId: number, seenHead: bigint, read: () => Promise<HeadAndFees>): Promise<HeadAndFees> {
    let chain = this.reads.get(chainId)
    if (!chain) this.reads.set(chainId, (chain = new Map<bigint, Promise<HeadAndFees>>()))
    const known = chain.get(seenHead)
    if (known) return known
    const fresh = read()
    chain.set(seenHead, fresh)
    for (const head of chain.keys()) if (head < seenHead) chain.delete(head)
    fresh.catch(() => chain.get(seenHead) === fresh && chain.delete(seenHead))
    return fresh
  }
}
