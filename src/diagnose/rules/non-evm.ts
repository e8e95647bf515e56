import type { NonEvmId } from '../../decode/non-evm-ids.js'
import { finding, type Finding } from '../../findings/finding.js'

/** `tx.non-evm`: an id of a chain this tool does not read, with where to look instead. */
export function nonEvmFinding(ids: readonly NonEvmId[], searchedAsEvm: boolean): Finding {
  const first = ids[0] as NonEvmId
  return finding(
    'tx.non-evm',
    {
      id: first.id,
      families: ids.map((i) => i.family),
      kind: first.kind,
      explorerUrls: ids.map((i) => i.explorerUrl),
      searchedAsEvm,
    },
    // Beside tx.not-found, a possibility worth knowing; alone, it is the answer.
    searchedAsEvm ? 'info' : 'critical',
  )
}
