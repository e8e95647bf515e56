import { z } from 'zod'
import { addressStatuses } from '../diagnose/diagnose-address.js'
import { txStatuses } from '../diagnose/tx-status.js'

/**
 * The JSON report (design §3, schemaVersion 1): the contract agents and CI scripts parse. This zod
 * schema is the source of truth; `schema/report.schema.json` is generated from it
 * (`npm run schema`), and a test fails when the two differ.
 */
export const findingSchema = z.object({
  code: z.string().regex(/^[a-z]+\.[a-z-]+$/),
  severity: z.enum(['info', 'warning', 'critical']),
  title: z.string(),
  detail: z.string(),
  /** The guide that explains this finding: `support-doctor guide <id>`. */
  guide: z.string(),
  data: z.record(z.string(), z.unknown()),
})

export const chainRefSchema = z.object({
  id: z.number().int().positive(),
  name: z.string(),
  explorerUrl: z.string().nullable(),
})

export const environmentSchema = z.object({
  os: z.string(),
  arch: z.string(),
  node: z.string(),
  /** Wallet (or exchange) and its version, as the user gave it. */
  wallet: z.string().nullable(),
  browser: z.string().nullable(),
})

export const reportSchema = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.literal('support-doctor'), version: z.string() }),
  subject: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('tx'), hash: z.string().regex(/^0x[0-9a-f]{64}$/) }),
    z.object({ kind: z.literal('address'), address: z.string(), token: z.string().nullable() }),
  ]),
  chain: chainRefSchema.nullable(),
  /** For a transaction: its state. For an address: what was found about it (and the token asked for). */
  status: z.enum([...txStatuses, ...addressStatuses]),
  findings: z.array(findingSchema),
  nextSteps: z.array(z.string()),
  evidence: z.record(z.string(), z.unknown()),
  environment: environmentSchema,
  /** The user's own words (redacted): what happened, and what they already tried. */
  context: z.object({ note: z.string().nullable(), tried: z.string().nullable() }),
  /** Where to send the report: the official help centre of the wallet named, when known. */
  support: z.object({ name: z.string(), url: z.string() }).nullable(),
  lang: z.enum(['en', 'ja']),
  checkedAt: z.string(),
})

export const errorReportSchema = z.object({
  schemaVersion: z.literal(1),
  error: z.object({ code: z.string(), message: z.string(), suggestion: z.string().optional() }),
})

export type Report = z.infer<typeof reportSchema>
export type ReportFinding = z.infer<typeof findingSchema>

export const jsonSchemas = {
  'report.schema.json': reportSchema,
  'error.schema.json': errorReportSchema,
} as const

export function toJsonSchema(schema: z.ZodType, id: string) {
  return { $id: `urn:support-doctor:schema:${id}`, ...z.toJSONSchema(schema, { target: 'draft-2020-12' }) }
}
