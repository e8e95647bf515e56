import type { AddressEvidence } from '../../evidence/address-schema.js'
import { finding, type Finding } from '../../findings/finding.js'
import type { AddressStatus } from '../address-status.js'
import { formatAmount, tokenRef } from './token-ref.js'

/** Transfers listed as findings, newest first, per chain. */
const MAX_TRANSFERS = 10

/**
 * Asked without a token: what the address holds of each network's coin and has sent, where it has
 * either (`address.account`), or that it has neither anywhere searched (`address.unused`).
 */
export function accountRule(evidence: AddressEvidence): Finding[] {
  if (evidence.token) return []
  const active = evidence.chains.filter((chain) => chain.balance > 0n || chain.nonces.latest > 0)
  if (active.length === 0 && evidence.chains.length > 0) {
    return [finding('address.unused', { searchedChainIds: evidence.chains.map((chain) => chain.chainId) })]
  }
  return active.map((chain) =>
    finding('address.account', {
      chainId: chain.chainId,
      balance: chain.balance.toString(),
      sent: chain.nonces.latest,
      isContract: chain.isContract,
    }),
  )
}

/** `address.pending-transactions`: nonces sent but not mined, per chain. */
export function pendingTransactionsRule(evidence: AddressEvidence): Finding[] {
  const findings: Finding[] = []
  for (const chain of evidence.chains) {
    if (chain.nonces.pending > chain.nonces.latest) {
      const nonces = Array.from(
        { length: Math.min(chain.nonces.pending - chain.nonces.latest, 20) },
        (_, i) => chain.nonces.latest + i,
      )
      findings.push(
        finding('address.pending-transactions', {
          chainId: chain.chainId,
          address: evidence.address,
          ...chain.nonces,
          nonces,
        }),
      )
    }
  }
  return findings
}

/**
 * Where the token asked about is: held (`token.held`), on another network (`token.wrong-network`),
 * gone (`token.no-balance` with the last transfer out), in another form (`token.other-form-held`),
 * or not a token at all; recent transfers as `token.transfer-found`. Returns the address's status.
 */
export function tokenLocationRule(evidence: AddressEvidence, findings: Finding[]): AddressStatus {
  const token = evidence.token as string
  const tokenChains = evidence.chains.filter((c) => c.token?.info)
  for (const chain of evidence.chains) {
    if (!chain.otherForm || (chain.token?.balance ?? 0n) > 0n) continue
    const held = tokenRef(chain.otherForm.info.address, [chain.otherForm.info])
    findings.push(
      finding('token.other-form-held', {
        chainId: chain.chainId,
        asked: tokenRef(token, chain.token?.info ? [chain.token.info] : []),
        held,
        balance: chain.otherForm.balance.toString(),
        formattedBalance: formatAmount(chain.otherForm.balance, held),
      }),
    )
  }
  if (tokenChains.length === 0) {
    findings.push(finding('token.not-a-token', { token, searchedChainIds: evidence.chains.map((c) => c.chainId) }))
    return 'not-a-token'
  }
  const ref = (chain: (typeof tokenChains)[number]) => tokenRef(token, chain.token?.info ? [chain.token.info] : [])
  const holding = tokenChains.filter((c) => (c.token?.balance ?? 0n) > 0n)
  for (const chain of holding) {
    const balance = chain.token?.balance as bigint
    findings.push(
      finding('token.held', {
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
        finding('token.transfer-found', {
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
      finding('token.wrong-network', {
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
      finding('token.no-balance', {
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
