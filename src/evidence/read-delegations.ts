import { recoverAuthorizationAddress } from 'viem/utils'
import { optionalRead } from './optional-read.js'
import type { ChainContext, ReceiptData, TxData } from './schema.js'
import type { ReadClient } from '../rpc/read-client.js'

type Delegation = NonNullable<ChainContext['delegations']>[number]

/**
 * A mined type-4 transaction's authorizations: the signer of each (recovered from its signature,
 * null when it does not recover) and that account's code at the transaction's block, read in one
 * batch. A node skips an authorization with a wrong nonce or chain id without failing the
 * transaction, so only the code afterwards says whether the delegation took effect.
 */
export async function readDelegations(client: ReadClient, tx: TxData, receipt: ReceiptData): Promise<Delegation[]> {
  const authorizations = tx.authorizations ?? []
  if (authorizations.length === 0) return []
  const authorities = await Promise.all(
    authorizations.map((authorization) =>
      recoverAuthorizationAddress({ authorization }).then(
        (a) => a.toLowerCase() as `0x${string}`,
        () => null,
      ),
    ),
  )
  const codes = await Promise.all(
    authorities.map((authority) =>
      authority
        ? optionalRead(client.getCode({ address: authority, blockNumber: receipt.blockNumber }))
        : Promise.resolve(null),
    ),
  )
  return authorizations.map((authorization, i) => ({
    authority: authorities[i] ?? null,
    delegate: authorization.address.toLowerCase() as `0x${string}`,
    chainId: authorization.chainId,
    nonce: authorization.nonce,
    // viem gives undefined for an account without code, and optionalRead null for a read that failed.
    codeAfter: codes[i] === undefined ? '0x' : codes[i],
  }))
}
