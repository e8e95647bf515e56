import * as z from 'zod'
import { feeSuggestionSchema } from '../findings/data-types.js'
import { guideIds } from '../findings/guide-ids.js'
import { findingCodes, type FindingCode } from '../findings/registry.js'
import { redactionKinds } from '../redact/redact.js'

/**
 * The `--json` output of the commands that do not print a report (gas, rpc, chains, guide,
 * redact). Each is exported to schema/<command>.schema.json, with the same drift test as the
 * report's, and every command's real output is validated against it.
 */

const decimal = z.string().regex(/^\d+$/)
const toolSchema = z.object({ name: z.literal('support-doctor'), version: z.string() })
const origin = z.enum(['flag', 'environment', 'config', 'public'])

export const gasOutputSchema = z.object({
  schemaVersion: z.literal(1),
  tool: toolSchema,
  chains: z.array(
    z.object({
      chainId: z.number().int().positive(),
      name: z.string(),
      headBlock: decimal,
      headTimestamp: decimal,
      baseFee: decimal.nullable(),
      nextBaseFee: decimal.nullable(),
      gasPrice: decimal.nullable(),
      tips: z.object({ low: decimal, median: decimal, high: decimal }).nullable(),
      suggested: z.object({ slow: feeSuggestionSchema, normal: feeSuggestionSchema, fast: feeSuggestionSchema }),
      feeModel: z.enum(['eip1559', 'legacy']),
      baseFeeMaxRisePercent: z.number().nullable(),
      tipsMatter: z.boolean(),
      /** Base fee per block, oldest first, the next block last. */
      baseFeeHistory: z.array(decimal),
    }),
  ),
  /** Chains asked about whose endpoints did not answer. */
  unreachableChainIds: z.array(z.number().int()),
})

export const rpcOutputSchema = z.object({
  schemaVersion: z.literal(1),
  endpoints: z.array(
    z.object({
      /** Scheme and host only: a configured URL may carry an API key. */
      endpoint: z.string(),
      origin,
      /** null: a --rpc URL that did not answer when asked its chain id, so its chain is not known. */
      configuredChainId: z.number().int().nullable(),
      reachable: z.boolean(),
      problem: z.string().nullable(),
      reportedChainId: z.number().int().nullable(),
      head: decimal.nullable(),
      headTimestamp: decimal.nullable(),
      latencyMs: z.number().nullable(),
      servesTrace: z.boolean().nullable(),
      servesHistory: z.boolean().nullable(),
      stale: z.boolean(),
      healthy: z.boolean(),
    }),
  ),
  /** What crossed the wire: HTTP requests and JSON-RPC calls. */
  rpc: z.object({ httpRequests: z.number().int(), calls: z.number().int() }),
})

export const chainsOutputSchema = z.object({
  schemaVersion: z.literal(1),
  chains: z.array(
    z.object({
      id: z.number().int().positive(),
      key: z.string(),
      name: z.string(),
      aliases: z.array(z.string()),
      explorerUrl: z.string().nullable(),
      fees: z.enum(['eip1559', 'legacy']),
      endpoints: z.array(z.object({ url: z.string(), origin })),
    }),
  ),
})

const guideSummary = z.object({
  id: z.enum(guideIds),
  title: z.string(),
  findings: z.array(z.enum(findingCodes as [FindingCode, ...FindingCode[]])),
})

export const guideOutputSchema = z.union([
  z.object({ schemaVersion: z.literal(1), guides: z.array(guideSummary) }),
  z.object({
    schemaVersion: z.literal(1),
    guide: guideSummary.extend({ lang: z.enum(['en', 'ja']), markdown: z.string() }),
  }),
])

export const redactOutputSchema = z.object({
  schemaVersion: z.literal(1),
  /** The text with every secret and personal detail replaced by a placeholder naming what was there. */
  text: z.string(),
  /** How many of each kind were removed; kinds with none are left out. */
  removed: z.partialRecord(z.enum(redactionKinds), z.number().int().positive()),
})

export type GasOutput = z.infer<typeof gasOutputSchema>
export type RpcOutput = z.infer<typeof rpcOutputSchema>
export type ChainsOutput = z.infer<typeof chainsOutputSchema>
export type GuideOutput = z.infer<typeof guideOutputSchema>
export type RedactOutput = z.infer<typeof redactOutputSchema>
