import type { NativeReading, SecurityChain } from '../../../evidence/security-schema.js'
import { judge, type Disagreement } from '../../cross-check.js'

/** What one endpoint said, as the disagreement finding words it (and compares it). */
const said = (r: NativeReading) =>
  `balance ${r.start.balance}, nonce ${r.start.nonce} at block ${r.fromBlock}; balance ${r.end.balance}, nonce ${r.end.nonce} at block ${r.toBlock}`

/**
 * Whether the chain's endpoints, each asked on its own, say the same of the owner's coin balance and
 * nonce where the coin history starts and two blocks below the head: null when they do, or fewer
 * than two could be compared; else who said what. Honest endpoints agree exactly at a past block;
 * one whose head is below the last block asked has not got there and is not compared. The coin
 * history (and the sweeps and key-signed outflows read from it) would rest on one endpoint's word
 * otherwise, so any difference leaves the chain without a verdict.
 */
export function nativeDisagreement(chain: SecurityChain): Disagreement | null {
  const compared = (chain.nativeReadings ?? []).filter((r) => r.head >= r.toBlock)
  return judge(
    chain.chainId,
    'coin',
    compared.map((r) => ({
      endpoint: r.endpoint,
      said: said(r),
      reading: {
        kind: 'coin',
        fromBlock: String(r.fromBlock),
        toBlock: String(r.toBlock),
        startBalance: String(r.start.balance),
        startNonce: r.start.nonce,
        endBalance: String(r.end.balance),
        endNonce: r.end.nonce,
      },
    })),
  )
}
