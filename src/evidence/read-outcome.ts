import { slice, type Address, type PublicClient } from 'viem'
import { decodeSwapCall } from '../decode/swap-call.js'
import { tokenMovements } from '../decode/token-movements.js'
import { readFailure } from './read-failure.js'
import { readSwapState } from './read-swap-state.js'
import { readRecipients, readTokens } from './read-tokens.js'
import type { ChainContext, ReceiptData, TxData } from './schema.js'

const TRANSFER_SELECTOR = '0xa9059cbb' // transfer(address,uint256)

type Outcome = Pick<ChainContext, 'failure' | 'swapState' | 'tokens' | 'recipients'>

/**
 * For a mined transaction only, in the same round as the chain state: why it failed (trace or
 * replay, and the swap's state at the parent block), or which tokens moved (their metadata, and
 * whether a direct transfer's recipient is a contract) — all reads in one batch.
 */
export async function readOutcome(client: PublicClient, tx: TxData, receipt: ReceiptData): Promise<Outcome> {
  const swap = receipt.status === 'reverted' ? decodeSwapCall(tx.input, tx.value) : null
  const movements = tokenMovements(receipt.logs)
  const directTransferTo =
    tx.to && tx.input.length >= 74 && slice(tx.input, 0, 4) === TRANSFER_SELECTOR
      ? movements.filter((m) => m.token === tx.to?.toLowerCase()).map((m) => m.to)
      : []
  // A failed call straight to a token (a transfer beyond the balance) names the token only as tx.to:
  // read it too — a contract that is no token simply answers nothing, in the same batch.
  const calledContract = receipt.status === 'reverted' && tx.to ? [tx.to] : []
  const tokenAddresses = [
    ...movements.map((m) => m.token),
    ...(swap ? [swap.path[0] as Address, swap.path.at(-1) as Address] : calledContract),
  ]

  const [failure, swapState, tokens, recipients] = await Promise.all([
    receipt.status === 'reverted' ? readFailure(client, tx, receipt) : null,
    swap && tx.to
      ? readSwapState(client, { router: tx.to, sender: tx.from, swap, blockNumber: receipt.blockNumber - 1n })
      : null,
    readTokens(client, tokenAddresses),
    readRecipients(client, directTransferTo),
  ])
  return { failure, swapState, tokens, recipients }
}
