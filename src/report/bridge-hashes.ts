import type { ReportFinding } from './schema.js'

const HASH = /^0x[0-9a-fA-F]{64}$/

/**
 * The hashes a bridge finding names, all derived from or read on chain, never typed by the user:
 * the protocol's id of the transfer (an L2 deposit transaction hash, a withdrawal hash, a ticket
 * id, all from the source transaction's logs) and the destination or refund transaction. The
 * redaction pass keeps them; without them "arrived in transaction …" would say nothing.
 */
export function bridgeHashes(finding: ReportFinding): string[] {
  if (!finding.code.startsWith('bridge.')) return []
  const data = finding.data as Record<string, unknown>
  return [data.messageId, data.txHash]
    .filter((v): v is string => typeof v === 'string' && HASH.test(v))
    .map((v) => v.toLowerCase())
}
