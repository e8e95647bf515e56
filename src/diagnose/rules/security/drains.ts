import { finding, type Finding } from '../../../findings/finding.js'
import { summarise, unique, type Approval, type Move, type SecurityFacts } from './facts.js'
import { outflowDisagreement } from './outflow-check.js'

type Attribution =
  'sent-the-transaction' | 'called-contract' | 'called-permit2' | 'only-approval' | 'unknown' | 'disputed'
type Cause =
  | {
      code: 'security.approval-drain'
      via: 'approve' | 'set-approval-for-all' | 'permit2-approve' | 'unknown'
      source: string | null
    }
  | {
      code: 'security.permit-drain'
      via: 'erc20-permit' | 'permit2-permit' | 'permit2-signature-transfer' | 'signature'
      source: string | null
    }

export type DrainResult = {
  findings: Finding[]
  /** Spenders that took funds: their open approvals are critical. */
  drainers: Set<string>
  /** Outflows through the owner's own (EIP-7702 delegated) code, sent by someone else. */
  throughDelegation: Move[]
}

/**
 * Tokens that left the address in a transaction the owner did not send. For an ordinary account
 * only an approved spender can do that (transferFrom), so each such outflow is matched to the
 * approvals seen: the spender that sent the transaction or whose contract it called; failing that,
 * the only approval of that token; failing that, "unknown" — never a guess. Whether the approval was
 * the owner's own transaction or a signature submitted by someone else decides approval- or permit-drain.
 * Where the chain's endpoints, each asked on its own, do not say the same of the transaction, no
 * one is named ("disputed"; `rpc.disagreement` says who said what, outflow-check.ts).
 */
export function drainRule(facts: SecurityFacts): DrainResult {
  const groups = new Map<string, { cause: Cause; spender: string | null; attribution: Attribution; moves: Move[] }>()
  const drainers = new Set<string>()
  const throughDelegation: Move[] = []
  // An account with code (a smart wallet, or one delegated with EIP-7702) moves its own tokens in
  // transactions others send (bundlers, relayers): only a spender the transaction names is a drain.
  const hasCode = facts.chain.code !== '0x'
  // A transaction that also paid the owner is a trade someone filled for them (CoW, UniswapX, 1inch Fusion).
  const paidBack = new Set(
    facts.moves.filter((m) => m.to === facts.owner && m.from !== facts.owner && m.amount > 0n).map((m) => m.hash),
  )
  for (const move of facts.moves) {
    if (move.from !== facts.owner || move.amount === 0n || !move.sentBy || move.sentBy.from === facts.owner) continue
    if (facts.chain.delegation && move.sentBy.to === facts.owner) {
      throughDelegation.push(move)
      continue
    }
    if (paidBack.has(move.hash) || (move.sentBy.to && isApp(facts, move.sentBy.to))) continue
    const attributed = attribute(facts, move)
    if (attributed.spender && isApp(facts, attributed.spender)) continue
    if (hasCode && (attributed.attribution === 'unknown' || attributed.attribution === 'only-approval')) continue
    // The chain's endpoints do not say the same of this transaction: it is still an outflow (the
    // address stays compromised), but no one is named, and no approval is called the way in.
    const { spender, attribution, cause } = outflowDisagreement(facts.chain, move.hash) ? disputed : attributed
    if (spender) drainers.add(spender)
    const key = `${cause.code}|${cause.via}|${spender}|${cause.source}|${attribution}`
    const group = groups.get(key) ?? { cause, spender, attribution, moves: [] }
    group.moves.push(move)
    groups.set(key, group)
  }
  const findings = [...groups.values()].map(({ cause, spender, attribution, moves }) => {
    const common = {
      chainId: facts.chainId,
      spender,
      spenderName: spender ? (facts.known(spender)?.name ?? null) : null,
      attribution,
      taken: summarise(facts, moves),
      drainHashes: unique(moves.map((m) => m.hash)),
    }
    return cause.code === 'security.approval-drain'
      ? finding('security.approval-drain', { ...common, via: cause.via, approvalTx: cause.source })
      : finding('security.permit-drain', { ...common, via: cause.via, signatureUsedIn: cause.source })
  })
  return { findings, drainers, throughDelegation }
}

/** A drain the endpoints disagree about: no spender, no approval, no way in named. */
const disputed: { spender: null; attribution: Attribution; cause: Cause } = {
  spender: null,
  attribution: 'disputed',
  cause: { code: 'security.approval-drain', via: 'unknown', source: null },
}

/** A known router or marketplace: an app acting for the owner. Permit2 is not one: it moves what signatures allow. */
const isApp = (facts: SecurityFacts, address: string) => {
  const known = facts.known(address)
  return known !== null && known.kind !== 'permit2'
}

function attribute(
  facts: SecurityFacts,
  move: Move,
): { spender: string | null; attribution: Attribution; cause: Cause } {
  const tx = move.sentBy!
  const before = facts.approvals.filter((a) => a.block <= move.block)
  const direct = before.filter((a) => grantsDirect(a, move) && !facts.permit2.includes(a.event.spender))
  const throughPermit2 =
    move.standard === 'erc20' &&
    before.some(
      (a) =>
        a.event.kind === 'erc20-approval' && a.event.contract === move.token && facts.permit2.includes(a.event.spender),
    )
  const viaPermit2 = throughPermit2
    ? before.filter(
        (a) =>
          (a.event.kind === 'permit2-approval' || a.event.kind === 'permit2-permit') && a.event.token === move.token,
      )
    : []
  const involved = (spender: string): Attribution | null =>
    spender === tx.from ? 'sent-the-transaction' : spender === tx.to ? 'called-contract' : null

  for (const approval of [...direct].reverse()) {
    const how = involved(approval.event.spender)
    if (how) return { spender: approval.event.spender, attribution: how, cause: directCause(facts, approval) }
  }
  // Permit2's SignatureTransfer moved it (seen in the trace, or from the owner's Permit2 nonce bit
  // set in that block): a signature was spent, whoever's contract submitted it. The approval of the
  // token to Permit2 is infrastructure, not the cause.
  const route = move.standard === 'erc20' ? facts.chain.permit2Routes.find((r) => r.hash === move.hash) : undefined
  if (route) {
    const spender = route.caller ?? tx.to
    return {
      spender,
      attribution: route.caller === null ? 'called-contract' : (involved(route.caller) ?? 'called-permit2'),
      cause: { code: 'security.permit-drain', via: 'permit2-signature-transfer', source: move.hash },
    }
  }
  for (const approval of [...viaPermit2].reverse()) {
    const how = involved(approval.event.spender)
    if (how) return { spender: approval.event.spender, attribution: how, cause: permit2Cause(facts, approval) }
  }
  // Called Permit2 itself, with no Permit2 allowance for the caller: a SignatureTransfer signature.
  if (throughPermit2 && tx.to && facts.permit2.includes(tx.to))
    return {
      spender: tx.from,
      attribution: 'sent-the-transaction',
      cause: { code: 'security.permit-drain', via: 'permit2-signature-transfer', source: move.hash },
    }
  const directSpenders = unique(direct.map((a) => a.event.spender))
  const permit2Spenders = unique(viaPermit2.map((a) => a.event.spender))
  if (directSpenders.length === 1 && !throughPermit2) {
    const latest = direct.filter((a) => a.event.spender === directSpenders[0]).at(-1)!
    return { spender: latest.event.spender, attribution: 'only-approval', cause: directCause(facts, latest) }
  }
  if (directSpenders.length === 0 && permit2Spenders.length === 1) {
    const latest = viaPermit2.at(-1)!
    return { spender: latest.event.spender, attribution: 'only-approval', cause: permit2Cause(facts, latest) }
  }
  return {
    spender: null,
    attribution: 'unknown',
    cause: { code: 'security.approval-drain', via: 'unknown', source: null },
  }
}

/** An approval event that lets its spender move this movement's token. */
function grantsDirect(approval: Approval, move: Move): boolean {
  const e = approval.event
  if (e.contract !== move.token) return false
  if (move.standard === 'erc20') return e.kind === 'erc20-approval' && e.amount > 0n
  if (e.kind === 'approval-for-all') return e.approved
  return e.kind === 'erc721-approval' && e.tokenId === move.tokenId
}

function directCause(facts: SecurityFacts, approval: Approval): Cause {
  const own = facts.sentByOwner(approval)
  const nft = approval.event.kind !== 'erc20-approval'
  if (own === false)
    return { code: 'security.permit-drain', via: nft ? 'signature' : 'erc20-permit', source: approval.hash }
  return {
    code: 'security.approval-drain',
    via: approval.event.kind === 'approval-for-all' ? 'set-approval-for-all' : 'approve',
    source: own ? approval.hash : null,
  }
}

function permit2Cause(facts: SecurityFacts, approval: Approval): Cause {
  if (approval.event.kind === 'permit2-permit')
    return { code: 'security.permit-drain', via: 'permit2-permit', source: approval.hash }
  return {
    code: 'security.approval-drain',
    via: 'permit2-approve',
    source: facts.sentByOwner(approval) ? approval.hash : null,
  }
}
