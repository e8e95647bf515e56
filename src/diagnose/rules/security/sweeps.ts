import { finding, type Finding } from '../../../findings/finding.js'
import { unique, type Move, type SecurityFacts } from './facts.js'
import { outflowDisagreement } from './outflow-check.js'

/** Deposits that leave this soon, by the owner's own key, look like a bot holding the key. */
const SWEEP_WITHIN_BLOCKS = 3n
/** One quick forward is a habit; this many to the same place is a pattern. */
const SWEPT_DEPOSITS = 2

/**
 * A compromised key at work: deposits (tokens) leave within three blocks in transactions signed
 * with the owner's own key, to the same destination, at least twice. Returns the finding and the
 * sweep transactions it explains; marked disputed where the chain's endpoints disagree about a sweep.
 */
export function sweeperRule(facts: SecurityFacts): { findings: Finding[]; explained: Set<string> } {
  const deposits = facts.moves.filter((m) => m.to === facts.owner && m.from !== facts.owner && m.amount > 0n)
  const own = facts.moves.filter(
    (m) =>
      m.from === facts.owner &&
      m.amount > 0n &&
      facts.sentByOwner(m) === true &&
      !(m.sentBy?.to && facts.known(m.sentBy.to)),
  )
  const used = new Set<Move>()
  const pairs: { deposit: Move; sweep: Move }[] = []
  for (const deposit of deposits) {
    const sweep = own.find(
      (s) =>
        !used.has(s) &&
        s.token === deposit.token &&
        s.block - deposit.block <= SWEEP_WITHIN_BLOCKS &&
        (s.block > deposit.block || (s.block === deposit.block && s.logIndex > deposit.logIndex)),
    )
    if (!sweep) continue
    used.add(sweep)
    pairs.push({ deposit, sweep })
  }
  const destinations = unique(pairs.map((p) => p.sweep.to)).filter(
    (to) => pairs.filter((p) => p.sweep.to === to).length >= SWEPT_DEPOSITS,
  )
  if (destinations.length === 0) return { findings: [], explained: new Set() }
  const swept = pairs.filter((p) => destinations.includes(p.sweep.to))
  // The endpoints, each asked on its own, do not say the same of a sweep: still said (a live sweeper
  // takes whatever arrives, so silence would cost more than a warning), and marked.
  const disputed = swept.some((p) => outflowDisagreement(facts.chain, p.sweep.hash) !== null)
  return {
    findings: [
      finding('security.sweeper', {
        disputed,
        chainId: facts.chainId,
        destinations,
        deposits: swept.map(({ deposit: d }) => ({
          hash: d.hash,
          token: facts.token(d.token),
          amount: d.amount.toString(),
          blockNumber: d.block.toString(),
          from: d.from,
        })),
        sweeps: swept.map(({ sweep: s }) => ({
          hash: s.hash,
          token: facts.token(s.token),
          amount: s.amount.toString(),
          blockNumber: s.block.toString(),
          to: s.to,
        })),
      }),
    ],
    explained: new Set(swept.map((p) => p.sweep.hash)),
  }
}
