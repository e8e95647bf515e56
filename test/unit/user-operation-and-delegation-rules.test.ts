import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { diagnoseTx, exitCodeFor } from '../../src/diagnose/diagnose-tx.js'
import { txEvidenceSchema, type TxEvidence, type UserOperationData } from '../../src/evidence/schema.js'
import { HASH, pendingEvidence } from '../support/evidence.js'
import { delegationRule } from '../../src/diagnose/rules/delegation.js'

const SENDER = '0x2222222222222222222222222222222222222222'
const BUNDLE = `0x${'cc'.repeat(32)}` as const

const userOperation = (overrides: Partial<UserOperationData> = {}): UserOperationData => ({
  chainId: 1,
  entryPoint: '0x0000000071727de22e5e9d8baf0edac6f37da032',
  userOpHash: HASH,
  sender: SENDER,
  paymaster: '0x0000000000000000000000000000000000000000',
  nonce: 3n,
  success: true,
  actualGasCost: 123_000n,
  actualGasUsed: 90_000n,
  transactionHash: BUNDLE,
  blockNumber: 99n,
  bundleStatus: 'success',
  revertReason: null,
  logs: [],
  tokens: [],
  ...overrides,
})

const evidence = (op: UserOperationData): TxEvidence => ({
  evidenceVersion: 1,
  kind: 'tx',
  hash: HASH,
  requestedChainId: null,
  searchedChainIds: [1],
  unreachableChainIds: [],
  foundOnChainIds: [],
  sender: null,
  userOperation: op,
  memory: null,
  context: null,
  endpointProblems: [],
  endpointViews: [],
  gatheredAt: '2026-01-01T00:00:00.000Z',
  rpc: { httpRequests: 1, calls: 1 },
})

describe('user operation rules (pure)', () => {
  it('a successful operation is confirmed on its chain, with no paymaster, exit 0', () => {
    const diagnosis = diagnoseTx(evidence(userOperation()))
    expect(diagnosis).toMatchObject({ status: 'confirmed', chainId: 1 })
    expect(diagnosis.findings).toEqual([
      expect.objectContaining({ code: 'aa.user-operation', data: expect.objectContaining({ paymaster: null }) }),
    ])
    expect(exitCodeFor(diagnosis)).toBe(0)
  })

  it('a failed operation without a revert reason still says it failed, exit 1', () => {
    const diagnosis = diagnoseTx(evidence(userOperation({ success: false })))
    expect(diagnosis.status).toBe('failed')
    expect(diagnosis.findings.map((f) => f.code)).toEqual(['aa.user-operation', 'aa.user-operation-failed'])
    expect(diagnosis.findings[1]?.data).toMatchObject({ reason: null, bundleSucceeded: true })
    expect(exitCodeFor(diagnosis)).toBe(1)
  })

  it('survives --evidence-out / --from-evidence: encoded and decoded, the same diagnosis', () => {
    const original = evidence(userOperation({ success: false, revertReason: '0x08c379a0' }))
    const json = JSON.parse(JSON.stringify(z.encode(txEvidenceSchema, original))) as unknown
    const decoded = txEvidenceSchema.parse(json)
    expect(diagnoseTx(decoded)).toEqual(diagnoseTx(original))
  })
})

describe('EIP-7702 delegation rule (pure)', () => {
  const AUTHORITY = '0x3333333333333333333333333333333333333333'
  const withDelegation = (delegate: string, codeAfter: string | null) => {
    const base = pendingEvidence()
    return {
      ...base,
      context: base.context && {
        ...base.context,
        delegations: [{ authority: AUTHORITY, delegate, chainId: 0, nonce: 4, codeAfter }],
      },
    } as TxEvidence
  }

  it('a revocation (delegate 0x0) is information, and took effect when the code is gone', () => {
    const [f] = delegationRule(withDelegation('0x0000000000000000000000000000000000000000', '0x'))
    expect(f).toMatchObject({ severity: 'info', data: { revocation: true, tookEffect: true, chainId: 0 } })
  })

  it('a known wallet implementation is information; an unknown delegate a warning', () => {
    const known = '0x63c0c19a282a1b52b07dd5a65b58948a07dae32b'
    const [ok] = delegationRule(withDelegation(known, `0xef0100${known.slice(2)}`))
    expect(ok).toMatchObject({ severity: 'info', data: { knownImplementation: 'MetaMask EIP7702StatelessDeleGator' } })
    const [unknown] = delegationRule(withDelegation('0x4444444444444444444444444444444444444444', null))
    expect(unknown).toMatchObject({ severity: 'warning', data: { tookEffect: null, knownImplementation: null } })
  })
})
