import type { ReportFinding } from './schema.js'

const HASH = /^0x[0-9a-fA-F]{64}$/

/**
 * The transaction hashes a security finding names: all read from the chain (logs and the
 * transactions behind them), never typed by the user, so the redaction pass keeps them.
 */
export function securityHashes(finding: ReportFinding): string[] {
  if (!finding.code.startsWith('security.')) return []
  const found: string[] = []
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      if (HASH.test(value) && /hash|tx$|in$|usedin/i.test(key)) found.push(value.toLowerCase())
    } else if (Array.isArray(value)) value.forEach((v) => walk(v, key))
    else if (value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) walk(v, k)
  }
  walk(finding.data, '')
  return found
}
