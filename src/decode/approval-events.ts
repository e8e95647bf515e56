import { decodeEventLog, parseAbi, type Address, type Hex } from 'viem'
import type { LogData } from './token-movements.js'

/**
 * Every way an owner hands out the right to move its tokens, as events: ERC-20 Approval (three
 * topics; ERC-721's single-token Approval has the same signature with the id indexed, four topics),
 * ApprovalForAll (ERC-721 and ERC-1155 alike), and Permit2's AllowanceTransfer events.
 */
export const approvalAbi = parseAbi([
  'event Approval(address indexed owner, address indexed spender, uint256 value)',
  'event ApprovalForAll(address indexed owner, address indexed operator, bool approved)',
])
const erc721ApprovalAbi = parseAbi([
  'event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)',
])
export const permit2EventAbi = parseAbi([
  'event Approval(address indexed owner, address indexed token, address indexed spender, uint160 amount, uint48 expiration)',
  'event Permit(address indexed owner, address indexed token, address indexed spender, uint160 amount, uint48 expiration, uint48 nonce)',
  'event Lockdown(address indexed owner, address token, address spender)',
])

export type ApprovalEvent =
  | { kind: 'erc20-approval'; contract: Address; owner: Address; spender: Address; amount: bigint }
  | { kind: 'erc721-approval'; contract: Address; owner: Address; spender: Address; tokenId: bigint }
  | { kind: 'approval-for-all'; contract: Address; owner: Address; spender: Address; approved: boolean }
  /** Permit2 `approve` (the owner's own transaction) or `permit` (a signature anyone may submit). */
  | {
      kind: 'permit2-approval' | 'permit2-permit'
      contract: Address
      owner: Address
      token: Address
      spender: Address
      amount: bigint
      expiration: number
    }
  | { kind: 'permit2-lockdown'; contract: Address; owner: Address; token: Address; spender: Address }

const lower = (a: string) => a.toLowerCase() as Address

const attempt = <T>(decode: () => T): T | null => {
  try {
    return decode()
  } catch {
    return null
  }
}

/**
 * Pure: one log → the approval it records, or null. Permit2's events are taken only from the
 * Permit2 deployments named (its Approval shares a name, not a signature, with ERC-20's).
 */
export function decodeApprovalEvent(log: LogData, permit2: readonly Address[]): ApprovalEvent | null {
  const contract = lower(log.address)
  const topics = log.topics as [Hex, ...Hex[]]
  if (permit2.includes(contract)) {
    const event = attempt(() => decodeEventLog({ abi: permit2EventAbi, topics, data: log.data }))
    if (!event) return null
    const { owner, token, spender } = event.args
    if (event.eventName === 'Lockdown')
      return { kind: 'permit2-lockdown', contract, owner: lower(owner), token: lower(token), spender: lower(spender) }
    return {
      kind: event.eventName === 'Permit' ? 'permit2-permit' : 'permit2-approval',
      contract,
      owner: lower(owner),
      token: lower(token),
      spender: lower(spender),
      amount: event.args.amount,
      expiration: event.args.expiration,
    }
  }
  if (log.topics.length === 4) {
    const nft = attempt(() => decodeEventLog({ abi: erc721ApprovalAbi, topics, data: log.data }))
    if (!nft) return null
    return {
      kind: 'erc721-approval',
      contract,
      owner: lower(nft.args.owner),
      spender: lower(nft.args.approved),
      tokenId: nft.args.tokenId,
    }
  }
  const event = attempt(() => decodeEventLog({ abi: approvalAbi, topics, data: log.data }))
  if (!event) return null
  if (event.eventName === 'ApprovalForAll')
    return {
      kind: 'approval-for-all',
      contract,
      owner: lower(event.args.owner),
      spender: lower(event.args.operator),
      approved: event.args.approved,
    }
  return {
    kind: 'erc20-approval',
    contract,
    owner: lower(event.args.owner),
    spender: lower(event.args.spender),
    amount: event.args.value,
  }
}
