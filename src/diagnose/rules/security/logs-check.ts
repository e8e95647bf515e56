import { digestOfLogs } from '../../../evidence/endpoint-views.js'
import type { SecurityChain } from '../../../evidence/security-schema.js'
import { judge, logsAnswer, type Disagreement, type LogsAnswered } from '../../cross-check.js'

/**
 * The logs the findings are read from (`logs`, one endpoint's answer to the first read), over the
 * blocks the endpoints were compared on — when all of them are there (none left out for the
 * size of the report) and they start where the comparison does.
 */
function logsUsed(chain: SecurityChain, fromBlock: bigint, toBlock: bigint): LogsAnswered | null {
  if (chain.logsDropped > 0 || chain.fromBlock !== fromBlock) return null
  const logs = chain.logs.filter((log) => log.blockNumber <= toBlock)
  return { fromBlock, toBlock, count: logs.length, digest: digestOfLogs(logs) }
}

/**
 * Whether the chain's endpoints, each asked on its own for the owner's logs over the same blocks,
 * return the same logs — and the same as the ones the findings are read from: null when they do,
 * or there is nothing to compare; else who said what (the first read's answer with no endpoint
 * named: the chain's connection chose it). An endpoint whose head is below the last block asked
 * has not got there and is not compared. Every finding on the chain is read from these logs —
 * "nothing found" too — so any difference, majority or not, leaves the chain without a verdict.
 */
export function ownerLogsDisagreement(chain: SecurityChain): Disagreement | null {
  const compared = (chain.ownerLogReadings ?? []).filter((r) => r.head >= r.toBlock)
  const first = compared[0]
  if (!first) return null
  const used = logsUsed(chain, first.fromBlock, first.toBlock)
  return judge(chain.chainId, 'logs', [
    ...(used ? [logsAnswer(null, used, 'logs')] : []),
    ...compared.map((r) => logsAnswer(r.endpoint, r, 'logs')),
  ])
}
