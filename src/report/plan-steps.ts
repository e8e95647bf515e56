import type { Finding } from '../findings/finding.js'
import { guideForFinding } from '../findings/registry.js'
import type { FindingText } from '../i18n/finding-texts.js'
import type { Say } from '../i18n/translate.js'
import { chainName } from './format.js'
import type { Report } from './schema.js'

/** Problems first, then warnings, then information: the order a person should act in. */
export const severityOrder = { critical: 0, warning: 1, info: 2 } as const

/** The chain a finding is about, when it names one: where the thing is, not where it was looked for. */
export function findingChainId(finding: Finding): number | null {
  const data = finding.data as Record<string, unknown>
  if (finding.code === 'token.wrong-network') return (data.heldOnChainIds as number[])[0] ?? null
  if (finding.code === 'tx.wrong-network') return data.foundChainId as number
  if (finding.code === 'token.no-balance') return (data.lastOut as { chainId: number } | null)?.chainId ?? null
  return typeof data.chainId === 'number' ? data.chainId : null
}

/**
 * The network a person acts on: where the tokens or the transaction turned out to be when that is
 * not where they looked, else the report's own network, else that of the most important finding
 * that names one.
 */
export function planChainId(findings: readonly Finding[], reportChainId: number | null): number | null {
  const moved = findings.find((f) => f.code === 'token.wrong-network' || f.code === 'tx.wrong-network')
  if (moved) return findingChainId(moved)
  if (reportChainId !== null) return reportChainId
  const ordered = [...findings].sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity])
  for (const finding of ordered) if (findingChainId(finding) !== null) return findingChainId(finding)
  return null
}

/**
 * The name of the network a report's explorer link goes to when it is not the report's own (an
 * address's link goes where its tokens are, build-address-report.ts); null when it is the same.
 */
export function explorerElsewhere(report: Pick<Report, 'chain' | 'findings'>): string | null {
  if (!report.chain) return null
  const explorerChainId = planChainId(report.findings as Finding[], report.chain.id)
  return explorerChainId !== null && explorerChainId !== report.chain.id ? chainName(explorerChainId) : null
}

/**
 * Next steps as one plan rather than each finding's steps end to end: the most important action
 * first (problems before warnings before information), each step once, information about another
 * network left out (its finding still says where it is, but "add the token on Ethereum" next to
 * "switch to Base" contradicts the plan), and one guide named last: the guide of the first problem.
 */
export function planSteps(
  described: readonly { finding: Finding; text: FindingText }[],
  { say, chainId }: { say: Say; chainId: number | null },
): string[] {
  const ordered = [...described].sort((a, b) => severityOrder[a.finding.severity] - severityOrder[b.finding.severity])
  const bridged = described.some(({ finding }) => isBridge(finding.code))
  const lostTo = new Set(
    described.flatMap(({ finding }) => (finding.code === 'token.sent-to-contract' ? [tokenOf(finding)] : [])),
  )
  // Where the address holds a token, its "add it by hand" step says so already: a transfer of the
  // same token on that network would give the same advice again in other words.
  const held = new Set(
    described.flatMap(({ finding }) =>
      finding.code === 'token.held' ? [`${tokenOf(finding)}@${String(findingChainId(finding))}`] : [],
    ),
  )
  // A thief holding the key (a sweeper: every chain, the key is the same) or code forwarding what
  // arrives (a delegation: its own chain) takes the gas of any transaction sent from the address
  // first: no step may ask for one there. The approval findings' revoke steps are left out (their
  // details keep the calls); the compromise's own steps say what to do.
  const compromised = compromisedChains(described.map((d) => d.finding))
  const steps = new Map<string, string>()
  for (const { finding, text } of ordered) {
    const elsewhere = findingChainId(finding)
    if (finding.severity === 'info' && chainId !== null && elsewhere !== null && elsewhere !== chainId) continue
    // The tokens a bridge took are on their way to (or at) the other chain: "add the token in your
    // wallet" on the chain they left (a confirmed transaction's advice, a token transfer's) would
    // send the person looking in the wrong place. The bridge's own findings say where to look.
    if (bridged && (finding.code === 'token.transfer-found' || finding.code === 'tx.confirmed')) continue
    // Tokens sent to a contract are not in anyone's wallet: "the transaction worked" and "add the
    // token in your wallet" beside "nobody can move them out" would send the person looking for them.
    if (lostTo.size > 0 && finding.code === 'tx.confirmed') continue
    if (compromised(finding) && SENDS_FROM_THE_ADDRESS.has(finding.code)) {
      // A signature drain's first step is no transaction — never sign such a permit again — and stays.
      if (finding.code === 'security.permit-drain') addStep(steps, text.steps[0])
      continue
    }
    if (finding.code === 'token.transfer-found' && lostTo.has(tokenOf(finding))) continue
    if (
      finding.code === 'token.transfer-found' &&
      (finding.data as { standard?: string }).standard === 'erc20' &&
      held.has(`${tokenOf(finding)}@${String(findingChainId(finding))}`)
    )
      continue
    for (const step of text.steps) addStep(steps, step)
  }
  const guide = leadGuide(ordered.map((d) => ({ ...d.finding, guide: guideForFinding(d.finding.code) })))
  return guide ? [...steps.values(), say('guide.stepLink', { id: guide })] : []
}

/**
 * The one guide a plan names: that of the most important finding, endpoint trouble last (a guide
 * about endpoints is rarely what the person came for), and of equal weight a bridge transfer's
 * first (a transaction that bridged is about the bridge, not the token transfer inside it).
 * Undefined without findings.
 */
export function leadGuide<G extends string>(
  findings: readonly { code: string; severity: keyof typeof severityOrder; guide: G }[],
): G | undefined {
  const ordered = [...findings].sort(
    (a, b) =>
      Number(a.code.startsWith('rpc.')) - Number(b.code.startsWith('rpc.')) ||
      severityOrder[a.severity] - severityOrder[b.severity] ||
      Number(!isBridge(a.code)) - Number(!isBridge(b.code)),
  )
  return ordered[0]?.guide
}

const isBridge = (code: string) => code.startsWith('bridge.')

const normalise = (step: string) => step.replace(/\s+/g, ' ').trim().toLowerCase()

/** The same advice from two findings (ten transfers of one token) is one step. */
function addStep(steps: Map<string, string>, step: string | undefined): void {
  if (step !== undefined && !steps.has(normalise(step))) steps.set(normalise(step), step)
}

/** Findings whose steps ask the owner to send a transaction from the address (a revoke). */
const SENDS_FROM_THE_ADDRESS = new Set(['security.open-approval', 'security.approval-drain', 'security.permit-drain'])

/**
 * Where a transaction from the address would be taken, on evidence the endpoints agree on: every
 * chain under a sweeper (it holds the key), the delegation's own chain where one forwards funds.
 */
function compromisedChains(findings: readonly Finding[]): (finding: Finding) => boolean {
  let everywhere = false
  const chains = new Set<number>()
  for (const finding of findings) {
    const data = finding.data as { disputed?: boolean; forwards?: boolean }
    const chainId = findingChainId(finding)
    if (finding.code === 'security.sweeper' && !data.disputed) everywhere = true
    if (finding.code === 'security.delegated' && data.forwards && chainId !== null) chains.add(chainId)
  }
  return (finding) => {
    const chainId = findingChainId(finding)
    return everywhere || (chainId !== null && chains.has(chainId))
  }
}

/** The token a token finding is about, as one comparable value. */
const tokenOf = (finding: Finding) =>
  ((finding.data as { token?: { address?: string } }).token?.address ?? '').toLowerCase()
