import { finding, type Finding } from '../../../findings/finding.js'
import type { SecurityFacts } from './facts.js'

/** Always said: which blocks "nothing found" covers on this chain, so a clean status is read for what it is. */
export const searchedRule = (facts: SecurityFacts): Finding =>
  finding('security.searched', {
    chainId: facts.chainId,
    fromBlock: facts.chain.fromBlock.toString(),
    toBlock: facts.chain.head.toString(),
    narrowed: facts.chain.narrowed,
    logsDropped: facts.chain.logsDropped,
    native: facts.chain.native?.read ?? 'not-read',
    nativeTruncated: facts.chain.native?.truncated ?? false,
  })
