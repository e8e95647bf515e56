import * as z from 'zod'
import type { SharedChainState } from '../evidence/shared-chain-state.js'
import type { TransactionMemory } from '../memory/run-memory.js'
import { reportCommandSchema } from './common-options.js'
import { addressSchema, hashSchema, nonceSchema } from './option-schemas.js'
import { watchTimeoutSchema } from './watch-duration.js'

/** What `tx` takes, checked: shared by the command (tx.ts), the look (tx-look.ts) and the library. */
export const txOptionsSchema = reportCommandSchema.extend({
  hash: hashSchema.optional(),
  from: addressSchema.optional(),
  nonce: nonceSchema.optional(),
  evidenceOut: z.string().min(1).optional(),
  fromEvidence: z.string().min(1).optional(),
  cache: z.boolean().default(true),
  watch: z.boolean().default(false),
  watchTimeout: watchTimeoutSchema.optional(),
})
export type TxOptions = z.infer<typeof txOptionsSchema>

/**
 * What the looks of one run (`batch`) share: the head and fee history per chain and block, and the
 * memory read once and written once. A single `tx` shares nothing.
 */
export type SharedLook = { chainState?: SharedChainState; memory?: TransactionMemory }
