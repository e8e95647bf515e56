import type { AddressChain, AddressReading } from '../../evidence/address-schema.js'
import type { EndpointReading } from '../../findings/reading-data.js'
import { judge, type Disagreement } from '../cross-check.js'

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

type Transfers = { fromBlock: bigint; toBlock: bigint; count: number; digest: string }

const transfersAnswer = (endpoint: string | null, t: Transfers) => ({
  endpoint,
  said: `${t.count} token transfers in blocks ${t.fromBlock}–${t.toBlock} (${t.digest.slice(0, 10)}…)`,
  reading: {
    kind: 'logs',
    fromBlock: String(t.fromBlock),
    toBlock: String(t.toBlock),
    count: t.count,
    digest: t.digest,
  } satisfies EndpointReading,
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
    ...(sameBlocks ? [transfersAnswer(null, { ...used, fromBlock: first.fromBlock })] : []),
    ...compared.map((t) => transfersAnswer(t.endpoint, t)),
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
  const transfers = transfersAnswers(chain)
  const transfersDiffer = transfers.length < 2 ? null : judge(chain.chainId, 'transfers', transfers)
  const decimals = decimalsAnswers(chain)
  const decimalsDiffer = decimals.length < 2 ? null : judge(chain.chainId, 'decimals', decimals)
  return [holdingsDiffer, transfersDiffer, decimalsDiffer].filter((d): d is Disagreement => d !== null)
}
