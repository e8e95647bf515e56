import * as z from 'zod'
import { severities } from '../findings/data-types.js'
import {
  chainsOutputSchema,
  gasOutputSchema,
  guideOutputSchema,
  redactOutputSchema,
  rpcOutputSchema,
} from './command-schemas.js'
import { findingCodes, findingRegistry, type FindingCode } from '../findings/registry.js'
import { addressStatuses } from '../diagnose/address-status.js'
import { txStatuses } from '../diagnose/tx-status.js'
import { securityStatuses } from '../diagnose/security-status.js'
import { errorStatuses } from '../diagnose/error-status.js'
import { nonEvmStatuses } from '../diagnose/non-evm-status.js'

/**
 * The JSON report (README, "Agents"; schemaVersion 1): the contract agents and CI scripts parse. This zod
 * schema is the source of truth; `schema/report.schema.json` is generated from it
 * (`npm run schema`), and a test fails when the two differ.
 */
const findingOf = <K extends FindingCode>(code: K) =>
  z.object({
    code: z.literal(code),
    severity: z.enum(severities),
    title: z.string(),
    detail: z.string(),
    /** The guide that explains this finding: `support-doctor guide <id>`. */
    guide: z.literal(findingRegistry[code].guide),
    data: findingRegistry[code].data,
  })

/** One branch per finding code, from the registry: the contract gives every code's `data` its properties. */
export const findingSchema = z.discriminatedUnion(
  'code',
  findingCodes.map((code) => findingOf(code)) as unknown as [
    ReturnType<typeof findingOf<FindingCode>>,
    ...ReturnType<typeof findingOf<FindingCode>>[],
  ],
)

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

/** Every status a report can carry, each once (`undetermined` is both a transaction's and an address's). */
const reportStatuses = [
  ...new Set([...txStatuses, ...addressStatuses, ...securityStatuses, ...errorStatuses, ...nonEvmStatuses]),
] as [ReportStatus, ...ReportStatus[]]
type ReportStatus =
  | (typeof txStatuses)[number]
  | (typeof addressStatuses)[number]
  | (typeof securityStatuses)[number]
  | (typeof errorStatuses)[number]
  | (typeof nonEvmStatuses)[number]

export const reportSchema = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.literal('support-doctor'), version: z.string() }),
  subject: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('tx'), hash: z.string().regex(/^0x[0-9a-f]{64}$/) }),
    z.object({ kind: z.literal('address'), address: z.string(), token: z.string().nullable() }),
    /** An ERC-4337 user operation, by its user operation hash. */
    z.object({ kind: z.literal('userOperation'), hash: z.string().regex(/^0x[0-9a-f]{64}$/) }),
    /** An id of a chain this tool does not read (Solana, Bitcoin, Tron). */
    z.object({ kind: z.literal('nonEvm'), id: z.string(), family: z.string() }),
    /** A pasted error message (`explain`): the hashes and addresses it named, which are public. */
    z.object({ kind: z.literal('error'), hashes: z.array(z.string()), addresses: z.array(z.string()) }),
  ]),
  chain: chainRefSchema.nullable(),
  /** For a transaction: its state. For an address: what was found about it (and the token asked for). */
  status: z.enum(reportStatuses),
  findings: z.array(findingSchema),
  nextSteps: z.array(z.string()),
  evidence: z.record(z.string(), z.unknown()),
  environment: environmentSchema,
  /** The user's own words (redacted): what happened, and what they already tried. */
  context: z.object({
    note: z.string().nullable(),
    tried: z.string().nullable(),
    /** The problem the person chose in the conversation, in their language; null from the command line. */
    problem: z.string().nullable().optional(),
  }),
  /** Where to send the report: the official help centre of the wallet named, when known. */
  support: z.object({ name: z.string(), url: z.string() }).nullable(),
  lang: z.enum(['en', 'ja']),
  checkedAt: z.string(),
})

export const errorReportSchema = z.object({
  schemaVersion: z.literal(1),
  error: z.object({ code: z.string(), message: z.string(), suggestion: z.string().optional() }),
})

/** Which input line a `batch` output line answers: its number (from 1) and the caller's own id. */
const batchInputSchema = z.object({
  line: z.number().int().min(1),
  id: z.union([z.string(), z.number()]).nullable(),
})

/** One line of `batch` output: the `--json` report, or the JSON error, of that line, with `input` added. */
export const batchLineSchema = z.union([
  reportSchema.extend({ input: batchInputSchema }),
  errorReportSchema.extend({ input: batchInputSchema }),
])

export type Report = z.infer<typeof reportSchema>
export type ReportFinding = z.infer<typeof findingSchema>

export const jsonSchemas = {
  'report.schema.json': reportSchema,
  'error.schema.json': errorReportSchema,
  'gas.schema.json': gasOutputSchema,
  'rpc.schema.json': rpcOutputSchema,
  'chains.schema.json': chainsOutputSchema,
  'guide.schema.json': guideOutputSchema,
  'redact.schema.json': redactOutputSchema,
  'batch-line.schema.json': batchLineSchema,
} as const

export function toJsonSchema(schema: z.ZodType, id: string) {
  return { $id: `urn:support-doctor:schema:${id}`, ...z.toJSONSchema(schema, { target: 'draft-2020-12' }) }
}
