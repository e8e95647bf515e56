import type { TxEvidence } from '../../evidence/schema.js'
import { decodeRevert, revertCategory, type DecodedRevert } from '../../decode/decode-revert.js'
import { finding, type Finding } from '../../findings/finding.js'
import { contractKind } from '../../decode/contract-kinds.js'
import { decodeSwapIntent, routerNames } from '../../decode/swap-intent/index.js'

/** Gas used at or above this share of the limit, with no revert data, is an out-of-gas failure. */
const NEAR_LIMIT = 0.95

/** `tx.reverted` (or `tx.deployment-failed`) with the decoded reason, and `tx.out-of-gas`. */
export function failureRule(evidence: TxEvidence): Finding[] {
  const context = evidence.context
  if (!context?.receipt || !context.tx || context.receipt.status !== 'reverted') return []
  const { receipt, tx, failure } = context
  const revert = decodeRevert(failure?.revertData)
  // An inner call that runs out of gas leaves its caller 1/64 of the gas to revert with, so a
  // transaction can fail for lack of gas with gas used below its limit: "used = limit" is not the test.
  const nearLimit = Number(receipt.gasUsed) >= Number(tx.gas) * NEAR_LIMIT
  const certain = failure?.method === 'trace' && failure.outOfGas
  const outOfGas = certain || (revert.kind === 'empty' && nearLimit && failure?.method !== 'trace')
  const findings: Finding[] = [
    // A contract creation has no `to`: the same facts, explained as a deployment.
    finding(tx.to === null ? 'tx.deployment-failed' : 'tx.reverted', {
      blockNumber: receipt.blockNumber.toString(),
      gasUsed: receipt.gasUsed.toString(),
      gasLimit: tx.gas.toString(),
      reason: describeRevert(revert),
      errorName:
        revert.kind === 'custom'
          ? revert.name
          : revert.kind === 'panic'
            ? 'Panic'
            : revert.kind === 'string'
              ? 'Error'
              : null,
      errorSource: revert.kind === 'custom' || revert.kind === 'string' ? revert.source : null,
      category: revertCategory(revert),
      revertData: failure?.revertData ?? null,
      decodedFrom: failure?.method ?? 'none',
      approximate: failure?.method === 'replay',
      failingContract: failure?.failingCall?.to ?? null,
      calledContract: calledContractName(evidence),
      // Only a trace says so for certain: an INVALID opcode (an old assert) also burns all the gas with
      // no reason, and "send it with more gas" would fail again.
      outOfGas: certain,
    }),
  ]
  if (outOfGas) {
    findings.push(
      finding('tx.out-of-gas', {
        gasUsed: receipt.gasUsed.toString(),
        gasLimit: tx.gas.toString(),
        certain,
        // Wallet estimates can fall short when state moves between estimate and inclusion: +50% is ample.
        suggestedGasLimit: ((tx.gas * 3n) / 2n).toString(),
      }),
    )
  }
  return findings
}

/** The reason as the contract put it: a revert string, `Name(arg: value, …)`, or a panic's meaning. */
export function describeRevert(revert: DecodedRevert): string | null {
  switch (revert.kind) {
    case 'string':
      return revert.message
    case 'panic':
      return `Panic(0x${revert.code.toString(16)}): ${revert.meaning}`
    case 'custom': {
      const args = Object.entries(revert.args).filter(([name]) => name !== 'message')
      const own = `${revert.name}(${args.map(([k, v]) => `${k}: ${v}`).join(', ')})`
      const inner = revert.inner ? describeRevert(revert.inner) : null
      return inner ? `${own} → ${inner}` : own
    }
    case 'unknown':
      return `unknown error ${revert.selector}`
    case 'empty':
      return null
  }
}

/** The router the calldata was read for, or else the known contract the called code is. */
function calledContractName(evidence: TxEvidence): string | null {
  const tx = evidence.context?.tx
  if (!tx?.to) return null
  const intent = decodeSwapIntent(tx.input, tx.value)
  if (intent) return routerNames[intent.router]
  const called = evidence.context?.recipients.find((r) => r.address === tx.to?.toLowerCase())
  return contractKind(called?.kind ?? null)?.name ?? null
}
