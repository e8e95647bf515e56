import type { ReportFinding } from './schema.js'

/** Findings that read the same at the top (severity, title, code) and the detail of each. */
export type FindingGroup = { head: ReportFinding; details: string[] }

/**
 * Findings for a person to read: those with the same severity, title and code under one heading,
 * where the first of them stood, each detail kept. Offline, or behind a firewall, every public
 * endpoint "did not answer": thirty identical headings buried the one finding that mattered. The
 * JSON report keeps one finding per fact.
 */
export function groupFindings(findings: readonly ReportFinding[]): FindingGroup[] {
  const groups: FindingGroup[] = []
  const byHeading = new Map<string, FindingGroup>()
  for (const finding of findings) {
    const heading = JSON.stringify([finding.severity, finding.title, finding.code])
    const group = byHeading.get(heading)
    if (group) group.details.push(finding.detail)
    else {
      const fresh = { head: finding, details: [finding.detail] }
      byHeading.set(heading, fresh)
      groups.push(fresh)
    }
  }
  return groups
}
