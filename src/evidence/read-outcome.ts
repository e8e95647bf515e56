import { slice, type Address } from 'viem'
import { decodeSwapIntent, type SwapIntent } from '../decode/swap-intent/index.js'
import { tokenMovements } from '../decode/token-movements.js'
import { readFailure } from './read-failure.js'
import { readSwapState } from './read-swap-state.js'
import { readRecipients, readTokens } from './read-tokens.js'
import type { ChainContext, ReceiptData, TxData } from './schema.js'
import type { ReadClient } from '../rpc/read-client.js'

const TRANSFER_SELECTOR = '0xa9059cbb' // transfer(address,uint256)

type Outcome = Pick<ChainContext, 'failure' | 'swapState' | 'tokens' | 'recipients'>

/**
 * For a mined transaction only, in the same round as the chain state: why it failed (trace or
 * replay, the swap's state at the parent block, or what kind of contract it called), or which
 * tokens moved (their metadata, and whether a direct transfer's recipient is a contract) — all
 * reads in one batch.
 */
export async function readOutcome(client: ReadClient, tx: TxData, receipt: ReceiptData): Promise<Outcome> {
  const intent = receipt.status === 'reverted' ? decodeSwapIntent(tx.input, tx.value) : null
  const movements = tokenMovements(receipt.logs)
  const directTransferTo =
    tx.to && tx.input.length >= 74 && slice(tx.input, 0, 4) === TRANSFER_SELECTOR
      ? movements.filter((m) => m.token === tx.to?.toLowerCase()).map((m) => m.to)
      : []
  // A failed call straight to a token (a transfer beyond the balance) names the token only as tx.to:
  // read it too — a contract that is no token simply answers nothing, in the same batch.
  const calledContract = receipt.status === 'reverted' && tx.to ? [tx.to] : []
  const tokenAddresses = [...movements.map((m) => m.token), ...(intent ? intentTokens(intent) : calledContract)]

  const [failure, swapState, tokens, recipients] = await Promise.all([
    receipt.status === 'reverted' ? readFailure(client, tx, receipt) : null,
    intent && tx.to
      ? readSwapState(client, { router: tx.to, sender: tx.from, intent, blockNumber: receipt.blockNumber - 1n })
      : null,
    readTokens(client, tokenAddresses),
    // A failed call's target too: its code says which router it was when the calldata does not.
    readRecipients(client, [...directTransferTo, ...(intent ? [] : calledContract)]),
  ])
  return { failure, swapState, tokens, recipients }
}

/** Every token a swap names: its steps' paths and its permits. */
const intentTokens = (intent: SwapIntent): Address[] => [
  ...intent.steps.flatMap((step) => step.path.filter((t): t is Address => t !== null)),
  ...intent.permits.map((p) => p.token),
]
