import { redact } from '../redact/redact.js'
import type { Report } from './schema.js'

/**
 * The second pass (design §2): every free-text field goes through the redaction engine before
 * anything is printed. Hashes the tool resolved on chain are known, so they survive.
 */
export function redactReport(report: Report): Report {
  const knownHashes = new Set<string>([report.subject.hash])
  for (const finding of report.findings) {
    const replacement = finding.data.replacementHash
    if (typeof replacement === 'string') knownHashes.add(replacement.toLowerCase())
  }
  const clean = (text: string) => redact(text, { knownHashes })
  return {
    ...report,
    findings: report.findings.map((f) => ({ ...f, title: clean(f.title), detail: clean(f.detail) })),
    nextSteps: report.nextSteps.map(clean),
    context: { note: report.context.note === null ? null : clean(report.context.note) },
    environment: { ...report.environment, wallet: report.environment.wallet === null ? null : clean(report.environment.wallet) },
  }
}
