import type { AddressChain, AddressReading } from '../../evidence/address-schema.js'
import type { EndpointReading } from '../../findings/reading-data.js'
import { judge, logsAnswer, type Disagreement } from '../cross-check.js'

/** What one endpoint said, as the disagreement finding words it (and compares it). */
const said = (r: AddressReading) =>
  [
    `balance ${r.balance}`,
    `nonce ${r.nonce}`,
    ...(r.tokenHasCode === null
      ? []
      : [r.tokenHasCode ? `token balance ${r.tokenBalance ?? 'not an ERC-20 answer'}` : 'no token contract']),
  ].join(', ')

const holdings = (r: AddressReading): EndpointReading => ({
  kind: 'holdings',
  atBlock: String(r.atBlock),
  balance: String(r.balance),
  nonce: r.nonce,
  token:
    r.tokenHasCode === null
      ? null
      : { hasCode: r.tokenHasCode, balance: r.tokenBalance === null ? null : String(r.tokenBalance) },
})

/**
 * The token's transfers as each endpoint returned them on its own over the same blocks, and as the
 * report's transfers were first read (endpoint null: the chain's connection chose who answered):
 * an endpoint whose head is below the last block compared has not got there and is left out, and
 * so is one that refused the range.
 */
function transfersAnswers(chain: AddressChain) {
  const compared = (chain.endpointReadings ?? []).flatMap((r) =>
    r.transfers && r.transfers.head >= r.transfers.toBlock ? [{ endpoint: r.endpoint, ...r.transfers }] : [],
  )
  const first = compared[0]
  const used = chain.transfers?.compared
  const sameBlocks =
    first !== undefined &&
    used !== undefined &&
    used.toBlock === first.toBlock &&
    chain.transfers?.fromBlock === first.fromBlock
  return [
    ...(sameBlocks ? [logsAnswer(null, { ...used, fromBlock: first.fromBlock }, 'token transfers')] : []),
    ...compared.map((t) => logsAnswer(t.endpoint, t, 'token transfers')),
  ]
}

/**
 * The token's decimals as each endpoint said them, and as the report uses them (endpoint null: the
 * first read's, which amounts are shown in and the import advice gives).
 */
function decimalsAnswers(chain: AddressChain) {
  const said = (endpoint: string | null, decimals: number | null) => ({
    endpoint,
    said: `decimals ${decimals ?? 'not answered'}`,
    reading: { kind: 'decimals', decimals } satisfies EndpointReading,
  })
  const asked = (chain.endpointReadings ?? []).flatMap((r) =>
    r.tokenHasCode && r.tokenDecimals !== undefined ? [said(r.endpoint, r.tokenDecimals)] : [],
  )
  const used = chain.token?.info
  return asked.length > 0 && used ? [said(null, used.decimals), ...asked] : asked
}

/**
 * Whether a chain's endpoints, each asked on its own at the same block, say the same of the address
 * and the token — and return the same token transfers over the same blocks, and the same decimals,
 * the same as the report's: none when they do (or were not asked), else who said what, per fact. Read at one
 * block, honest endpoints agree exactly, so any difference is a wrong answer somewhere.
 */
export function addressDisagreements(chain: AddressChain): Disagreement[] {
  const readings = chain.endpointReadings ?? []
  const holdingsDiffer = judge(
    chain.chainId,
    'balance',
    readings.map((r) => ({ endpoint: r.endpoint, said: `${said(r)} at block ${r.atBlock}`, reading: holdings(r) })),
  )
  const transfersDiffer = judge(chain.chainId, 'transfers', transfersAnswers(chain))
  const decimalsDiffer = judge(chain.chainId, 'decimals', decimalsAnswers(chain))
  return [holdingsDiffer, transfersDiffer, decimalsDiffer].filter((d): d is Disagreement => d !== null)
}
