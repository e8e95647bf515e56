import { redact } from '../redact/redact.js'
import type { Report } from './schema.js'

/**
 * The second pass (README, "Redaction"): every free-text field goes through the redaction engine before
 * anything is printed. Hashes the tool resolved on chain are known, so they survive. With
 * `shortenAddresses` every address in the report — texts, finding data, evidence — is shortened.
 */
export function redactReport(report: Report, options: { shortenAddresses?: boolean } = {}): Report {
  const knownHashes = new Set<string>(report.subject.kind === 'tx' ? [report.subject.hash] : [])
  for (const finding of report.findings) {
    const data: Record<string, unknown> = finding.data
    // Hashes the tool resolved on chain: replacements, and transfers found in an address's history.
    for (const key of ['replacementHash', 'transactionHash']) {
      const hash = data[key]
      if (typeof hash === 'string') knownHashes.add(hash.toLowerCase())
    }
    const lastOut = data.lastOut as { hash?: string } | null | undefined
    if (lastOut?.hash) knownHashes.add(lastOut.hash.toLowerCase())
  }
  const clean = (text: string) => redact(text, { knownHashes, shortenAddresses: options.shortenAddresses })
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
