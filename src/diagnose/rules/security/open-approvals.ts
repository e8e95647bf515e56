import { encodeFunctionData, parseAbi, type Address } from 'viem'
import type { AllowanceState } from '../../../evidence/security-schema.js'
import type { Severity } from '../../../findings/data-types.js'
import { finding, type Finding } from '../../../findings/finding.js'
import type { WalletCall } from '../../../findings/security-data.js'
import type { SecurityFacts } from './facts.js'

const revokeAbi = parseAbi([
  'function approve(address spender, uint256 amount) returns (bool)',
  'function setApprovalForAll(address operator, bool approved)',
])
const permit2Abi = parseAbi([
  'function approve(address token, address spender, uint160 amount, uint48 expiration)',
  'struct TokenSpenderPair { address token; address spender; }',
  'function lockdown(TokenSpenderPair[] approvals)',
])

const ZERO = '0x0000000000000000000000000000000000000000'

/** Allowances this large are "unlimited" in practice: no token has that many units in circulation. */
const UNLIMITED = 2n ** 128n

/**
 * Every approval the events name that is still live now (read from the contract, not inferred):
 * ERC-20 allowances, ERC-721 single-token approvals (getApproved), setApprovalForAll, Permit2 allowances not yet expired — each with the exact
 * call that revokes it. Info for known routers, marketplaces and Permit2; a warning for unlimited
 * approvals to unknown contracts, any approval to an address without code, and setApprovalForAll to
 * anything but a known marketplace; critical when that spender already took funds.
 */
export function openApprovalRule(facts: SecurityFacts, drainers: ReadonlySet<string>): Finding[] {
  const now = facts.chain.headTimestamp
  return facts.chain.allowances.flatMap((state) => {
    const live =
      state.kind === 'approval-for-all'
        ? state.approved === true
        : state.kind === 'erc721'
          ? // Still the owner's token, and getApproved still names this spender (transfers clear it).
            state.spender !== ZERO && state.approved === state.spender && state.owner === facts.owner
          : state.amount !== null &&
            state.amount > 0n &&
            (state.kind !== 'permit2' || (state.expiration !== null && BigInt(state.expiration) >= now))
    if (!live) return []
    const tokenAddress = state.kind === 'permit2' ? state.token : state.contract
    const spender = state.spender
    const known = facts.known(spender)
    const isContract = facts.isContract(spender)
    const amount = state.kind === 'approval-for-all' ? null : state.kind === 'erc721' ? 1n : state.amount
    const unlimited = state.kind === 'erc721' ? false : amount === null ? true : amount >= UNLIMITED
    const latest = facts.approvals
      .filter(
        (a) =>
          a.event.spender === spender &&
          (state.kind === 'permit2'
            ? (a.event.kind === 'permit2-approval' || a.event.kind === 'permit2-permit') &&
              a.event.token === state.token
            : state.kind === 'erc721'
              ? a.event.kind === 'erc721-approval' &&
                a.event.contract === state.contract &&
                a.event.tokenId === state.tokenId
              : a.event.contract === state.contract &&
                a.event.kind === (state.kind === 'erc20' ? 'erc20-approval' : 'approval-for-all')),
      )
      .at(-1)
    const drained = drainers.has(spender)
    const severity: Severity = drained
      ? 'critical'
      : state.kind === 'approval-for-all'
        ? known?.kind === 'marketplace'
          ? 'info'
          : 'warning'
        : known
          ? 'info'
          : isContract === false || unlimited
            ? 'warning'
            : 'info'
    return [
      finding(
        'security.open-approval',
        {
          chainId: facts.chainId,
          kind: state.kind,
          token: facts.token(tokenAddress),
          spender,
          spenderName: known?.name ?? null,
          spenderIsContract: isContract,
          amount: amount?.toString() ?? null,
          unlimited,
          tokenId: state.kind === 'erc721' ? state.tokenId.toString() : null,
          expiration: state.kind === 'permit2' && state.expiration !== null ? String(state.expiration) : null,
          approvedIn: latest?.hash ?? null,
          bySignature: latest ? facts.sentByOwner(latest) === false : false,
          drained,
          revoke: revokeCall(state),
          lockdown: state.kind === 'permit2' ? lockdownCall(state.contract, state.token, spender) : null,
        },
        severity,
      ),
    ]
  })
}

function revokeCall(state: AllowanceState): WalletCall {
  if (state.kind === 'erc20')
    return {
      contract: state.contract,
      calldata: encodeFunctionData({ abi: revokeAbi, functionName: 'approve', args: [state.spender, 0n] }),
      call: `approve(${state.spender}, 0)`,
    }
  if (state.kind === 'erc721')
    return {
      contract: state.contract,
      calldata: encodeFunctionData({ abi: revokeAbi, functionName: 'approve', args: [ZERO, state.tokenId] }),
      call: `approve(${ZERO}, ${state.tokenId})`,
    }
  if (state.kind === 'approval-for-all')
    return {
      contract: state.contract,
      calldata: encodeFunctionData({
        abi: revokeAbi,
        functionName: 'setApprovalForAll',
        args: [state.spender, false],
      }),
      call: `setApprovalForAll(${state.spender}, false)`,
    }
  return {
    contract: state.contract,
    calldata: encodeFunctionData({
      abi: permit2Abi,
      functionName: 'approve',
      args: [state.token, state.spender, 0n, 0],
    }),
    call: `approve(${state.token}, ${state.spender}, 0, 0)`,
  }
}

function lockdownCall(permit2: Address, token: Address, spender: Address): WalletCall {
  return {
    contract: permit2,
    calldata: encodeFunctionData({ abi: permit2Abi, functionName: 'lockdown', args: [[{ token, spender }]] }),
    call: `lockdown([(${token}, ${spender})])`,
  }
}
