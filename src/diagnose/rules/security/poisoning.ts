import type { Address } from 'viem'
import { finding, type Finding } from '../../../findings/finding.js'
import { summarise, unique, type Move, type SecurityFacts } from './facts.js'

const ZERO = '0x0000000000000000000000000000000000000000'
/** Lookalikes are ground to match this many hex characters at each end: what wallets show. */
const MATCHED_ENDS = 4

/** Two different addresses whose first and last four hex characters agree (case-insensitive). */
export function looksAlike(a: string, b: string): boolean {
  const x = a.toLowerCase().slice(2)
  const y = b.toLowerCase().slice(2)
  return (
    x !== y &&
    x.slice(0, MATCHED_ENDS) === y.slice(0, MATCHED_ENDS) &&
    x.slice(-MATCHED_ENDS) === y.slice(-MATCHED_ENDS)
  )
}

/** A line of carets under the characters where two addresses differ. */
export const differenceMarks = (a: string, b: string) =>
  [...a.toLowerCase()].map((c, i) => (c === b.toLowerCase()[i] ? ' ' : '^')).join('')

/**
 * Address poisoning: a zero-value or dust transfer from a lookalike of someone the owner really
 * dealt with, or the fake outgoing zero transfer to one that a scam contract writes into the
 * owner's history. A warning; critical when the owner has since paid the lookalike.
 */
export function poisoningRule(facts: SecurityFacts): { findings: Finding[]; explained: Set<string> } {
  const dust = (m: Move) => {
    if (m.amount === 0n) return true
    const decimals = facts.token(m.token).decimals
    return (
      (m.standard === 'erc20' || m.standard === 'native') &&
      decimals !== null &&
      m.amount * 10_000n < 10n ** BigInt(decimals)
    )
  }
  const planted = new Map<Address, { form: 'dust-in' | 'fake-out'; seenIn: string[] }>()
  const plant = (address: Address, form: 'dust-in' | 'fake-out', hash: string) => {
    const entry = planted.get(address) ?? { form, seenIn: [] }
    entry.seenIn.push(hash)
    planted.set(address, entry)
  }
  const genuine = new Set<string>()
  for (const m of facts.moves) {
    const incoming = m.to === facts.owner && m.from !== facts.owner
    const outgoing = m.from === facts.owner && m.to !== facts.owner
    if (incoming && dust(m)) plant(m.from, 'dust-in', m.hash)
    else if (outgoing && m.amount === 0n && facts.sentByOwner(m) === false) plant(m.to, 'fake-out', m.hash)
    else if (incoming && !dust(m)) genuine.add(m.from)
    else if (outgoing && !dust(m) && facts.sentByOwner(m) === true) genuine.add(m.to)
  }
  genuine.delete(ZERO)
  const findings: Finding[] = []
  const explained = new Set<string>()
  for (const [lookalike, { form, seenIn }] of planted) {
    const real = [...genuine].find((g) => g !== lookalike && !planted.has(g as Address) && looksAlike(g, lookalike))
    if (!real) continue
    const payments = facts.moves.filter(
      (m) => m.from === facts.owner && m.to === lookalike && m.amount > 0n && facts.sentByOwner(m) === true,
    )
    for (const p of payments) explained.add(p.hash)
    findings.push(
      finding(
        'security.address-poisoning',
        {
          chainId: facts.chainId,
          lookalike,
          genuine: real,
          marks: differenceMarks(real, lookalike),
          form,
          seenIn: unique(seenIn),
          paid: summarise(facts, payments),
        },
        payments.length > 0 ? 'critical' : 'warning',
      ),
    )
  }
  return { findings, explained }
}
