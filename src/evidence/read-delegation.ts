import type { Address, Hex } from 'viem'
import { recoverAuthorizationAddress } from 'viem/utils'
import type { SentBy } from './security-schema.js'
import type { ReadClient } from '../rpc/read-client.js'

/** EIP-7702: a delegated account's code is exactly 0xef0100 followed by the delegate's address. */
export function delegateOf(code: Hex | undefined): Address | null {
  const match = /^0xef0100([0-9a-f]{40})$/i.exec(code ?? '')
  return match ? `0x${match[1]!.toLowerCase()}` : null
}

/**
 * The type-4 transaction that set the owner's delegation, whoever sent it (sponsors often do): the
 * first block whose state shows the current code is found by bisection over the range, then that
 * block's type-4 transactions are searched for an authorization the owner signed for the delegate.
 * Null when the delegation is older than the range, or the node has no state that old.
 */
export async function findDelegationTransaction(
  client: ReadClient,
  {
    owner,
    code,
    delegate,
    fromBlock,
    head,
  }: { owner: Address; code: Hex; delegate: Address; fromBlock: bigint; head: bigint },
): Promise<SentBy | null> {
  const codeAt = async (blockNumber: bigint) =>
    ((await client.getCode({ address: owner, blockNumber })) ?? '0x').toLowerCase()
  const wanted = code.toLowerCase()
  if ((await codeAt(fromBlock)) === wanted) return null
  let low = fromBlock // code differs here
  let high = head // code is the current one here
  while (high - low > 1n) {
    const middle = (low + high) / 2n
    if ((await codeAt(middle)) === wanted) high = middle
    else low = middle
  }
  const block = await client.getBlock({ blockNumber: high, includeTransactions: true })
  for (const tx of block.transactions) {
    if (tx.type !== 'eip7702' || !tx.authorizationList) continue
    for (const authorization of tx.authorizationList) {
      if (authorization.address.toLowerCase() !== delegate) continue
      const authority = await recoverAuthorizationAddress({ authorization }).catch(() => null)
      if (authority?.toLowerCase() === owner.toLowerCase())
        return {
          hash: tx.hash,
          from: tx.from.toLowerCase() as Address,
          to: tx.to ? (tx.to.toLowerCase() as Address) : null,
          blockNumber: tx.blockNumber,
          type: tx.type,
        }
    }
  }
  return null
}
