import { agreedEarliest } from '../../../evidence/endpoint-views.js'
import type { OutflowReading, SecurityChain } from '../../../evidence/security-schema.js'
import type { Finding } from '../../../findings/finding.js'
import type { EndpointReading } from '../../../findings/reading-data.js'
import { judge, type Disagreement } from '../../cross-check.js'
import { disagreementFinding } from '../cross-check.js'

type Receipt = OutflowReading['receipts'][number]['receipt']

/** What one endpoint said of a transaction, as the disagreement finding words it (and compares it). */
const said = (hash: string, receipt: Receipt) =>
  receipt
    ? `${hash} sent by ${receipt.from} to ${receipt.to ?? 'a new contract'}, ${receipt.status} in block ${receipt.blockNumber}, logs ${receipt.logsDigest.slice(0, 10)}…`
    : `${hash} unknown`

/** The same, as data for each language to word. */
const outflowReading = (hash: string, receipt: Receipt): EndpointReading =>
  receipt
    ? {
        kind: 'outflow',
        hash,
        from: receipt.from,
        to: receipt.to,
        status: receipt.status,
        blockNumber: String(receipt.blockNumber),
        logsDigest: receipt.logsDigest,
      }
    : { kind: 'unknown-transaction', hash }

/**
 * Whether the chain's endpoints, each asked on its own, say the same of an outflow transaction (who
 * sent it, what it called, its status, block and logs): null when they do or were not asked, else
 * who said what. An endpoint whose head is below the block the others put it in is not counted as
 * not knowing it: it has not got there.
 */
export function outflowDisagreement(chain: SecurityChain, hash: string): Disagreement | null {
  const key = hash.toLowerCase()
  const answers = (chain.outflowReceipts ?? []).flatMap((reading) => {
    const asked = reading.receipts.find((r) => r.hash.toLowerCase() === key)
    return asked ? [{ endpoint: reading.endpoint, head: reading.head, receipt: asked.receipt }] : []
  })
  // Only a block two endpoints put it in excuses the others' "unknown".
  const earliest = agreedEarliest(answers.flatMap((a) => (a.receipt ? [a.receipt.blockNumber] : [])))
  const compared = answers.filter((a) => a.receipt !== null || earliest === null || a.head >= earliest)
  return judge(
    chain.chainId,
    'drain',
    compared.map((a) => ({
      endpoint: a.endpoint,
      said: said(hash, a.receipt),
      reading: outflowReading(hash, a.receipt),
    })),
  )
}

/**
 * `rpc.disagreement` for every outflow the chain's endpoints do not say the same of — those a drain
 * or a sweeper rests on (then marked disputed there) and any other, such as one an endpoint says
 * the owner sent: whatever a finding makes of it, the report says the endpoints disagree.
 */
export function outflowDisagreementRule(chain: SecurityChain): Finding[] {
  const asked = [...new Set((chain.outflowReceipts ?? []).flatMap((r) => r.receipts.map((x) => x.hash.toLowerCase())))]
  return asked.flatMap((hash) => {
    const disagreement = outflowDisagreement(chain, hash)
    return disagreement ? [disagreementFinding(disagreement, 'warning')] : []
  })
}
