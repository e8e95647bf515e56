import * as z from 'zod'
import { baseUnits, chainId, hexAddress, tokenRefSchema, txHash } from './data-types.js'

/** What left the wallet, per token: base units for ERC-20 and ERC-1155, token ids for NFTs, and the transactions. */
export const takenSchema = z.object({
  token: tokenRefSchema,
  /** 'native': the chain's own coin (token address 0xeeee…), read from blocks, not logs. */
  standard: z.enum(['erc20', 'erc721', 'erc1155', 'native']),
  /** Total in base units (ERC-721: the number of tokens). */
  amount: baseUnits,
  tokenIds: z.array(z.string()),
  to: z.array(hexAddress),
  hashes: z.array(txHash),
})
export type Taken = z.infer<typeof takenSchema>

/** A call the owner can send from their own wallet: the contract, the calldata, and the call in words. */
export const walletCallSchema = z.object({ contract: hexAddress, calldata: z.string(), call: z.string() })
export type WalletCall = z.infer<typeof walletCallSchema>

export const securityChain = { chainId }
export const drainSpender = {
  /** Null when the transactions do not tell which approved spender took it. */
  spender: hexAddress.nullable(),
  spenderName: z.string().nullable(),
  /** How the spender was told apart: it sent the drain, it was the contract called, it was the only approval. */
  /** called-permit2: the call trace shows it calling Permit2 with the owner's signature. */
  /** disputed: the chain's endpoints do not say the same of these transactions, so no one is named (rpc.disagreement). */
  attribution: z.enum([
    'sent-the-transaction',
    'called-contract',
    'called-permit2',
    'only-approval',
    'unknown',
    'disputed',
  ]),
  taken: z.array(takenSchema),
  drainHashes: z.array(txHash),
}
