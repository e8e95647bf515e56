/** Endpoints asked side by side in the first round: two is enough to cross-check a receipt. */
const CROSS_CHECK_WIDTH = 2

/**
 * The first round's width: every endpoint of the chain asked for, two of every other chain. Apart
 * from the search (ask-endpoints.ts) so that the round sent ahead (commands/first-round.ts) asks
 * the same endpoints without loading it.
 */
export const firstRoundWidth = (isRequested: boolean): number | 'all' => (isRequested ? 'all' : CROSS_CHECK_WIDTH)
