import type { AddressEvidence } from '../evidence/address-schema.js'
import { finding, type Finding } from './finding.js'
import { formatAmount, tokenRef } from './rules/token-ref.js'

export const addressStatuses = [
  'ok',
  'pending-transactions',
  'held',
  'wrong-network',
  'no-balance',
  'not-a-token',
] as const
export type AddressStatus = (typeof addressStatuses)[number]

export type AddressDiagnosis = { status: AddressStatus; chainId: number | null; findings: Finding[] }

/** Transfers listed as findings, newest first, per chain. */
const MAX_TRANSFERS = 10

/** Pure: where the address's tokens are, and what is stuck. */
export function diagnoseAddress(evidence: AddressEvidence): AddressDiagnosis {
  const findings: Finding[] = []
  for (const chain of evidence.chains) {
    if (chain.nonces.pending > chain.nonces.latest) {
      const nonces = Array.from(
        { length: Math.min(chain.nonces.pending - chain.nonces.latest, 20) },
        (_, i) => chain.nonces.latest + i,
      )
      findings.push(
        finding('address.pending-transactions', 'warning', {
          chainId: chain.chainId,
          address: evidence.address,
          ...chain.nonces,
          nonces,
        }),
      )
    }
  }
  const status = evidence.token
    ? tokenFindings(evidence, findings)
    : findings.length > 0
      ? 'pending-transactions'
      : 'ok'
  const held = findings.filter((f) => f.code === 'token.held')
  const chainId =
    evidence.requestedChainId ??
    (held.length === 1
      ? (held[0]?.data as { chainId: number }).chainId
      : evidence.chains.length === 1
        ? (evidence.chains[0]?.chainId ?? null)
        : null)
  return { status, chainId, findings }
}

function tokenFindings(evidence: AddressEvidence, findings: Finding[]): AddressStatus {
  const token = evidence.token as string
  const tokenChains = evidence.chains.filter((c) => c.token?.info)
  for (const chain of evidence.chains) {
    if (!chain.otherForm || (chain.token?.balance ?? 0n) > 0n) continue
    const held = tokenRef(chain.otherForm.info.address, [chain.otherForm.info])
    findings.push(
      finding('token.other-form-held', 'warning', {
        chainId: chain.chainId,
        asked: tokenRef(token, chain.token?.info ? [chain.token.info] : []),
        held,
        balance: chain.otherForm.balance.toString(),
        formattedBalance: formatAmount(chain.otherForm.balance, held),
      }),
    )
  }
  if (tokenChains.length === 0) {
    findings.push(
      finding('token.not-a-token', 'critical', { token, searchedChainIds: evidence.chains.map((c) => c.chainId) }),
    )
    return 'not-a-token'
  }
  const ref = (chain: (typeof tokenChains)[number]) => tokenRef(token, chain.token?.info ? [chain.token.info] : [])
  const holding = tokenChains.filter((c) => (c.token?.balance ?? 0n) > 0n)
  for (const chain of holding) {
    const balance = chain.token?.balance as bigint
    findings.push(
      finding('token.held', 'info', {
        chainId: chain.chainId,
        token: ref(chain),
        balance: balance.toString(),
        formattedBalance: formatAmount(balance, ref(chain)),
      }),
    )
  }
  for (const chain of tokenChains) {
    for (const transfer of chain.transfers?.items.slice(0, MAX_TRANSFERS) ?? []) {
      findings.push(
        finding('token.transfer-found', 'info', {
          transactionHash: transfer.hash,
          chainId: chain.chainId,
          standard: 'erc20',
          token: ref(chain),
          from: transfer.from,
          to: transfer.to,
          amount: transfer.amount.toString(),
          formattedAmount: formatAmount(transfer.amount, ref(chain)),
          tokenId: null,
        }),
      )
    }
  }
  const requested = evidence.requestedChainId
  if (requested !== null && holding.length > 0 && !holding.some((c) => c.chainId === requested)) {
    findings.push(
      finding('token.wrong-network', 'critical', {
        token: ref(holding[0] as (typeof tokenChains)[number]),
        requestedChainId: requested,
        heldOnChainIds: holding.map((c) => c.chainId),
      }),
    )
    return 'wrong-network'
  }
  if (holding.length === 0) {
    const lastOut = tokenChains
      .flatMap((c) =>
        (c.transfers?.items ?? [])
          .filter((t) => t.direction === 'out')
          .map((t) => ({
            chainId: c.chainId,
            hash: t.hash,
            to: t.to,
            amount: t.amount.toString(),
            block: t.blockNumber,
          })),
      )
      .sort((a, b) => Number(b.block - a.block))[0]
    findings.push(
      finding('token.no-balance', 'warning', {
        token: ref(tokenChains[0] as (typeof tokenChains)[number]),
        chainIds: tokenChains.map((c) => c.chainId),
        lastOut: lastOut
          ? { chainId: lastOut.chainId, hash: lastOut.hash, to: lastOut.to, amount: lastOut.amount }
          : null,
      }),
    )
    return 'no-balance'
  }
  return 'held'
}

export function addressExitCode(diagnosis: AddressDiagnosis): 0 | 1 {
  return diagnosis.findings.some((f) => f.severity !== 'info' && !f.code.startsWith('rpc.')) ? 1 : 0
}
