import * as z from 'zod'
import { address, hash, wei } from './primitives.js'

/** Hex data of any length, as a log's topics and data (and a contract's code) are. */
export const hexData = z.custom<`0x${string}`>(
  (v) => typeof v === 'string' && /^0x[0-9a-fA-F]*$/.test(v),
  'expected hex data',
)

/**
 * A log as eth_getLogs returned it, with where it was mined: every log search checks each answer
 * with it (src/evidence/read-log-range.ts), so it lives apart from the evidence files' schemas,
 * which a diagnosis loads only to read or write such a file.
 */
export const placedLogSchema = z.object({
  address,
  topics: z.array(hexData),
  data: hexData,
  transactionHash: hash,
  blockNumber: wei,
  logIndex: z.number().int().nonnegative(),
})

export type PlacedLog = z.output<typeof placedLogSchema>
