import type { OwnerLogReading, SecurityChain } from '../../../evidence/security-schema.js'
import { judge, type Disagreement } from '../../cross-check.js'

/** What one endpoint returned, as the disagreement finding words it (and compares it). */
const said = (r: OwnerLogReading) => `${r.count} logs in blocks ${r.fromBlock}–${r.toBlock} (${r.digest.slice(0, 10)}…)`

/**
 * Whether the chain's endpoints, each asked on its own for the owner's logs over the same blocks,
 * return the same logs: null when they do, or fewer than two could be compared; else who said
 * what. An endpoint whose head is below the last block asked has not got there and is not
 * compared. Every finding on the chain is read from these logs — "nothing found" too — so any
 * difference, majority or not, leaves the chain without a verdict.
 */
export function ownerLogsDisagreement(chain: SecurityChain): Disagreement | null {
  const compared = (chain.ownerLogReadings ?? []).filter((r) => r.head >= r.toBlock)
  if (compared.length < 2) return null
  return judge(
    chain.chainId,
    'logs',
    compared.map((r) => ({
      endpoint: r.endpoint,
      said: said(r),
      reading: {
        kind: 'logs',
        fromBlock: String(r.fromBlock),
        toBlock: String(r.toBlock),
        count: r.count,
        digest: r.digest,
      },
    })),
  )
}
