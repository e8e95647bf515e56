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

/**
 * Whether a chain's endpoints, each asked on its own at the same block, say the same of the address
 * and the token — and return the same token transfers over the same blocks: none when they do (or
 * were not asked), else who said what, per fact. Read at one block, honest endpoints agree
 * exactly, so any difference is a wrong answer somewhere. An endpoint that refused the transfers'
 * range is compared on the rest.
 */
export function addressDisagreements(chain: AddressChain): Disagreement[] {
  const readings = chain.endpointReadings ?? []
  const holdingsDiffer = judge(
    chain.chainId,
    'balance',
    readings.map((r) => ({ endpoint: r.endpoint, said: `${said(r)} at block ${r.atBlock}`, reading: holdings(r) })),
  )
  const withTransfers = readings.flatMap((r) => (r.transfers ? [{ ...r, transfers: r.transfers }] : []))
  const transfersDiffer = judge(
    chain.chainId,
    'transfers',
    withTransfers.map((r) => ({
      endpoint: r.endpoint,
      said: `${r.transfers.count} token transfers in blocks ${r.transfers.fromBlock}–${r.atBlock} (${r.transfers.digest.slice(0, 10)}…)`,
      reading: {
        kind: 'logs',
        fromBlock: String(r.transfers.fromBlock),
        toBlock: String(r.atBlock),
        count: r.transfers.count,
        digest: r.transfers.digest,
      },
    })),
  )
  return [holdingsDiffer, transfersDiffer].filter((d): d is Disagreement => d !== null)
}
