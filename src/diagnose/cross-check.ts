import { BEHIND_BLOCKS, isBehind, receiptFacts } from '../evidence/endpoint-views.js'
import type { EndpointView, TxEvidence } from '../evidence/schema.js'
import type { DisagreementFact } from '../findings/disagreement-facts.js'
import type { EndpointReading } from '../findings/reading-data.js'
import { headAge, trustedHead } from './trusted-head.js'

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

const viewsOf = (evidence: TxEvidence, chainId: number) => evidence.endpointViews.filter((v) => v.chainId === chainId)

/**
 * Endpoints more than a couple of blocks behind the trusted head of their chain (trusted-head.ts:
 * not one endpoint's word alone), with that head and, where it was read, the age of their own.
 */
export function behindViews(
  evidence: TxEvidence,
): { view: EndpointView; freshest: bigint; ageSeconds: number | null }[] {
  const chains = [...new Set(evidence.endpointViews.map((v) => v.chainId))]
  return chains.flatMap((chainId) => {
    const views = viewsOf(evidence, chainId)
    const freshest = trustedHead(views, evidence.gatheredAt)
    return views
      .filter((v) => isBehind(v, freshest))
      .map((view) => ({ view, freshest, ageSeconds: headAge(view, evidence.gatheredAt) }))
  })
}

/**
 * Where the endpoints disagree on what a verdict rests on: the receipt (mined or not, status, block,
 * logs), the sender's mined nonce, and the head those stand on. An endpoint that has not reached the
 * receipt's block is not counted as saying "not mined"; a nonce is compared only where it cannot have
 * moved honestly (the same head, or a later head with a lower count). Every endpoint of the chain is
 * compared, those behind the freshest head too: the freshest head is one endpoint's word, and one that
 * claimed a head far ahead would otherwise leave every other endpoint "behind" and its own receipt
 * unchallenged. A receipt or a nonce that moved on in blocks beyond the trusted head is that one
 * endpoint's word on blocks no other has reached: disputed, unless the others are shown stale.
 */
export function disagreements(evidence: TxEvidence): Disagreement[] {
  const chainId = evidence.context?.chainId
  if (chainId === undefined) return []
  const views = viewsOf(evidence, chainId)
  return [
    receiptDisagreement(chainId, views),
    nonceDisagreement(chainId, views, evidence.gatheredAt),
    headDisagreement(chainId, views, evidence.gatheredAt),
  ].filter((d): d is Disagreement => d !== null)
}

function receiptDisagreement(chainId: number, views: EndpointView[]): Disagreement | null {
  const mined = views.map((v) => v.receipt?.blockNumber).filter((b): b is bigint => b !== undefined)
  if (mined.length === 0) return null
  const earliest = mined.reduce((a, b) => (b < a ? b : a))
  const compared = views.filter((v) => v.receipt !== null || v.headBlock >= earliest)
  return judge(
    chainId,
    'receipt',
    compared.map((v) => ({ endpoint: v.endpoint, said: receiptFacts(v) ?? 'no receipt', reading: receiptReading(v) })),
  )
}

/**
 * Nonces move only forward with the head, so two counts are in dispute only where they cannot both
 * be honest. Only endpoints at the trusted head vote for a majority: a stale endpoint's older count
 * is no evidence for anyone, and must not side with a liar that gives the same count at the head.
 */
function nonceDisagreement(chainId: number, views: EndpointView[], gatheredAt: string): Disagreement | null {
  const read = views.filter((v) => v.nonces !== null)
  const impossible = read.some((a) =>
    read.some(
      (b) =>
        a.nonces!.atBlock <= b.nonces!.atBlock &&
        (a.nonces!.latest > b.nonces!.latest ||
          (a.nonces!.atBlock === b.nonces!.atBlock && a.nonces!.latest !== b.nonces!.latest)),
    ),
  )
  if (!impossible) return null
  const head = trustedHead(views, gatheredAt)
  return judge(
    chainId,
    'nonce',
    read.map((v) => ({
      endpoint: v.endpoint,
      said: `nonce ${v.nonces!.latest} at block ${v.nonces!.atBlock}`,
      reading: { kind: 'nonce', nonce: v.nonces!.latest, atBlock: String(v.nonces!.atBlock) },
    })),
    (said) => said.replace(/ at block \d+$/, ''),
    read.map((v) => !isBehind({ headBlock: v.nonces!.atBlock }, head)),
  )
}

/**
 * The verdict would rest on blocks beyond the trusted head — a receipt there, or a nonce that moved
 * on there while the endpoints within it give a lower one (nonces are compared only when the verdict
 * rests on them: then every endpoint is asked) — and the endpoints below are not shown stale: which
 * of them is right cannot be told, so there is no majority.
 */
function headDisagreement(chainId: number, views: EndpointView[], gatheredAt: string): Disagreement | null {
  const limit = trustedHead(views, gatheredAt) + BEHIND_BLOCKS
  const noncesWithin = views.flatMap((v) => (v.nonces && v.nonces.atBlock <= limit ? [v.nonces.latest] : []))
  const highestWithin = noncesWithin.length > 0 ? Math.max(...noncesWithin) : null
  const receiptBeyond = (v: EndpointView) => v.receipt !== null && v.receipt.blockNumber > limit
  const nonceBeyond = (v: EndpointView) =>
    v.nonces !== null && v.nonces.atBlock > limit && highestWithin !== null && v.nonces.latest > highestWithin
  if (!views.some((v) => receiptBeyond(v) || nonceBeyond(v))) return null
  const answers = views.map((v) => {
    const reading: EndpointReading = {
      kind: 'head',
      headBlock: String(v.headBlock),
      ageSeconds: headAge(v, gatheredAt),
      receiptBlock: receiptBeyond(v) ? String(v.receipt!.blockNumber) : null,
      nonce: nonceBeyond(v) ? v.nonces!.latest : null,
    }
    return { endpoint: v.endpoint, said: headSaid(reading), reading }
  })
  return { chainId, fact: 'head', answers, majority: false, majoritySaid: null }
}

const headSaid = ({ headBlock, ageSeconds, receiptBlock, nonce }: Extract<EndpointReading, { kind: 'head' }>) =>
  [
    `head at block ${headBlock}`,
    ageSeconds === null ? '' : ` (${ageSeconds} s old)`,
    receiptBlock === null ? '' : `, with the transaction mined in block ${receiptBlock}`,
    nonce === null ? '' : `, with the sender's nonce at ${nonce}`,
  ].join('')

const receiptReading = ({ receipt }: EndpointView): EndpointReading =>
  receipt
    ? {
        kind: 'receipt',
        status: receipt.status,
        blockNumber: String(receipt.blockNumber),
        blockHash: receipt.blockHash,
        logCount: receipt.logCount,
        logsDigest: receipt.logsDigest,
      }
    : { kind: 'no-receipt' }

/** Logs over a range of blocks, as one answer gave them: how many, and their digest. */
export type LogsAnswered = { fromBlock: bigint; toBlock: bigint; count: number; digest: string }

/**
 * One answer about a range of logs (`security`'s owner logs, `address`'s token transfers), as the
 * disagreement finding holds it: `said` names what they are (`noun`), `reading` is the same as data.
 */
export const logsAnswer = (endpoint: string | null, logs: LogsAnswered, noun: string) => ({
  endpoint,
  said: `${logs.count} ${noun} in blocks ${logs.fromBlock}–${logs.toBlock} (${logs.digest.slice(0, 10)}…)`,
  reading: {
    kind: 'logs',
    fromBlock: String(logs.fromBlock),
    toBlock: String(logs.toBlock),
    count: logs.count,
    digest: logs.digest,
  } satisfies EndpointReading,
})

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

/**
 * The evidence's own answer stands against the majority: the receipt it took is the one most
 * endpoints served, and its nonce is the majority's. Otherwise no verdict can be given.
 */
export function verdictUndecided(evidence: TxEvidence): boolean {
  return disagreements(evidence).some((d) => {
    if (!d.majority) return true
    const context = evidence.context
    if (d.fact === 'nonce') return d.majoritySaid !== `nonce ${context?.nonces?.latest ?? -1}`
    return false
  })
}

/**
 * The tool saw this hash mined (its memory), yet no endpoint knows it now: the endpoints are behind,
 * pruned or wrong, and "not found", "dropped" or "replaced" would be advice built on their gap.
 */
export function seenMinedButUnknown(evidence: TxEvidence): boolean {
  const lastStatus = evidence.memory?.lastStatus
  const seenMined = lastStatus === 'confirmed' || lastStatus === 'failed'
  return seenMined && !evidence.context?.tx && !evidence.context?.receipt
}
