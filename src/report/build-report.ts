import type { Finding } from '../findings/finding.js'
import { guideForFinding } from '../findings/registry.js'
import type { Lang } from '../i18n/catalog.js'
import type { FindingText } from '../i18n/finding-texts.js'
import { findingTextsFor } from '../i18n/load-language.js'
import { translator } from '../i18n/translate.js'
import { textContext } from './format.js'
import type { Report } from './schema.js'
import { planChainId, planSteps } from './plan-steps.js'
import { supportChannelFor } from './support-channels.js'

export type ReportContext = {
  lang: Lang
  version: string
  environment: Report['environment']
  note: string | null
  tried: string | null
  /** The problem chosen in the conversation (not the person's own words, which are the note). */
  problem?: string | null
  checkedAt: Date
}

/**
 * A finding in the report's language; `chainId` is the network its steps act on, named by name.
 * The language's finding texts must be loaded first (`loadFindingTexts`, i18n/load-language.ts).
 */
export function describeFinding(finding: Finding, lang: Lang, chainId: number | null = null): FindingText {
  const describe = findingTextsFor(lang)[finding.code] as (
    data: Finding['data'],
    ctx: ReturnType<typeof textContext>,
  ) => FindingText
  return describe(finding.data, textContext(translator(lang), chainId))
}

/** The parts every report shares: localised findings, next steps by urgency, environment, support channel. */
export function buildReport(
  parts: Pick<Report, 'subject' | 'chain' | 'status' | 'evidence'> & { findings: Finding[]; context: ReportContext },
): Report {
  const { context } = parts
  const say = translator(context.lang)
  const chainId = planChainId(parts.findings, parts.chain?.id ?? null)
  const described = parts.findings.map((finding) => ({
    finding,
    text: describeFinding(finding, context.lang, chainId),
  }))
  const nextSteps = planSteps(described, { say, chainId })
  return {
    schemaVersion: 1,
    tool: { name: 'support-doctor', version: context.version },
    subject: parts.subject,
    chain: parts.chain,
    status: parts.status,
    findings: described.map(({ finding, text }) => ({
      code: finding.code,
      severity: finding.severity,
      title: text.title,
      detail: text.detail,
      guide: guideForFinding(finding.code),
      data: finding.data,
    })),
    nextSteps,
    evidence: parts.evidence,
    environment: context.environment,
    context: { note: context.note, tried: context.tried, problem: context.problem ?? null },
    support: supportChannelFor(context.environment.wallet),
    lang: context.lang,
    checkedAt: context.checkedAt.toISOString(),
  }
}
