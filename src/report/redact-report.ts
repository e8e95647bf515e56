import { localisePlaceholders } from '../i18n/redaction-placeholders.js'
import { redact } from '../redact/redact.js'
import type { Report } from './schema.js'
import { bridgeHashes } from './bridge-hashes.js'
import { securityHashes } from './security-hashes.js'

/**
 * The second pass (README, "Redaction"): every free-text field goes through the redaction engine before
 * anything is printed. Hashes the tool resolved on chain are known, so they survive. With
 * `shortenAddresses` every address in the report — texts, finding data, evidence — is shortened.
 */
export function redactReport(report: Report, options: { shortenAddresses?: boolean } = {}): Report {
  const knownHashes = new Set<string>(report.subject.kind === 'tx' ? [report.subject.hash] : [])
  // A pasted error's hashes were kept only where their own label said they were transaction hashes.
  if (report.subject.kind === 'userOperation') knownHashes.add(report.subject.hash)
  if (report.subject.kind === 'error') for (const hash of report.subject.hashes) knownHashes.add(hash)
  for (const finding of report.findings) {
    const data: Record<string, unknown> = finding.data
    // Hashes the tool resolved on chain: replacements, and transfers found in an address's history.
    for (const key of ['replacementHash', 'transactionHash']) {
      const hash = data[key]
      if (typeof hash === 'string') knownHashes.add(hash.toLowerCase())
    }
    const lastOut = data.lastOut as { hash?: string } | null | undefined
    if (lastOut?.hash) knownHashes.add(lastOut.hash.toLowerCase())
    for (const hash of securityHashes(finding)) knownHashes.add(hash)
    for (const hash of bridgeHashes(finding)) knownHashes.add(hash)
  }
  // Explorer links the tool built for ids of other chains (tx.non-evm): their base58 ids are the point of the link.
  const builtLinks = report.findings.flatMap((f) => {
    const urls = (f.data as Record<string, unknown>).explorerUrls
    return Array.isArray(urls) ? urls.filter((u): u is string => typeof u === 'string') : []
  })
  // Redacted, then the engine's marks said in the report's language.
  const clean = (text: string) =>
    localisePlaceholders(
      keeping(builtLinks, text, (part) => redact(part, { knownHashes, shortenAddresses: options.shortenAddresses })),
      report.lang,
    )
  const cleanOrNull = (text: string | null) => (text === null ? null : clean(text))
  const cleanData = <T>(value: T): T => (options.shortenAddresses ? (deepMapStrings(value, clean) as T) : value)
  return {
    ...report,
    findings: report.findings.map((f) => ({
      ...f,
      title: clean(f.title),
      detail: clean(f.detail),
      data: cleanData(f.data),
    })),
    nextSteps: report.nextSteps.map(clean),
    evidence: cleanData(report.evidence),
    context: {
      note: cleanOrNull(report.context.note),
      tried: cleanOrNull(report.context.tried),
      problem: cleanOrNull(report.context.problem ?? null),
    },
    environment: {
      ...report.environment,
      wallet: cleanOrNull(report.environment.wallet),
      browser: cleanOrNull(report.environment.browser),
    },
  }
}

function deepMapStrings(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === 'string') return map(value)
  if (Array.isArray(value)) return value.map((v) => deepMapStrings(v, map))
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepMapStrings(v, map)]))
  }
  return value
}

/** Redacts the text around each of `kept` (exact strings the tool wrote itself), leaving them whole. */
function keeping(kept: readonly string[], text: string, redactPart: (part: string) => string): string {
  const link = kept.find((k) => text.includes(k))
  if (link === undefined) return redactPart(text)
  return text
    .split(link)
    .map((part) => keeping(kept, part, redactPart))
    .join(link)
}
