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
 * and the token: null when they do (or were not asked), else who said what. Read at one block,
 * honest endpoints agree exactly, so any difference is a wrong answer somewhere.
 */
export function addressDisagreement(chain: AddressChain): Disagreement | null {
  const readings = chain.endpointReadings ?? []
  return judge(
    chain.chainId,
    'balance',
    readings.map((r) => ({ endpoint: r.endpoint, said: `${said(r)} at block ${r.atBlock}`, reading: holdings(r) })),
  )
}
