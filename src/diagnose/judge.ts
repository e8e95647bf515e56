import type { DisagreementFact } from '../findings/disagreement-facts.js'
import type { EndpointReading } from '../findings/reading-data.js'

/** One fact two endpoints of the same chain answered differently. */
export type Disagreement = {
  chainId: number
  fact: DisagreementFact
  /**
   * Who said what: `said` in English words (what is matched), `reading` the same as data, for each
   * language to word. `endpoint` null: the answer a report was first read from, whichever endpoint
   * the chain's connection asked (`security`'s owner logs, `address`'s token transfers).
   */
  answers: { endpoint: string | null; said: string; reading: EndpointReading }[]
  /** More than half of the endpoints compared said the same. */
  majority: boolean
  /** What the majority said, when there is one. */
  majoritySaid: string | null
}

/**
 * What several endpoints said about one fact, judged: null when they all said the same, else who
 * said what, and the majority's answer when more than half of those that vote (`votes`, all by
 * default), and at least two, said the same (`key` is what must match).
 */
export function judge(
  chainId: number,
  fact: Disagreement['fact'],
  answers: Disagreement['answers'],
  key: (said: string) => string = (said) => said,
  votes: readonly boolean[] = answers.map(() => true),
): Disagreement | null {
  if (new Set(answers.map((a) => key(a.said))).size < 2) return null
  const counts = new Map<string, number>()
  answers.forEach((a, i) => {
    if (votes[i]) counts.set(key(a.said), (counts.get(key(a.said)) ?? 0) + 1)
  })
  const voters = votes.filter(Boolean).length
  const [top, topCount] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0]
  const majority = topCount >= 2 && topCount * 2 > voters
  return { chainId, fact, answers, majority, majoritySaid: majority ? top : null }
}
