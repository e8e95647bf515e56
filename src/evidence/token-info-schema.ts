import * as z from 'zod'
import { address } from './primitives.js'

/** A token's metadata as read on its chain: each field null when the contract did not answer it. */
export const tokenInfoSchema = z.object({
  address,
  symbol: z.string().nullable(),
  name: z.string().nullable(),
  decimals: z.number().int().nullable(),
})
