import { Option, type Command } from 'commander'
import { z } from 'zod'
import { findChain } from '../chains/find-chain.js'
import { inputError } from '../errors/doctor-error.js'
import { text, type Text } from '../i18n/text.js'
import { languages } from '../i18n/catalog.js'
import type { Say } from '../i18n/translate.js'

/** Marks a custom zod issue with the catalog message that explains it to a person. */
const explained = (
  key:
    'error.invalidHash' | 'error.invalidAddress' | 'error.invalidNonce' | 'error.unknownChain' | 'error.invalidRpcUrl',
) => ({
  params: { key },
})

export const hashSchema = z
  .string()
  .trim()
  .refine((v) => /^0x[0-9a-fA-F]{64}$/.test(v), explained('error.invalidHash'))
export const addressSchema = z
  .string()
  .trim()
  .refine((v) => /^0x[0-9a-fA-F]{40}$/.test(v), explained('error.invalidAddress'))
const chainSchema = z
  .string()
  .refine((v) => findChain(v) !== undefined, explained('error.unknownChain'))
  .transform((v) => (findChain(v) as { id: number }).id)
const rpcUrlSchema = z.string().refine((v) => {
  try {
    return ['http:', 'https:', 'ws:', 'wss:'].includes(new URL(v).protocol)
  } catch {
    return false
  }
}, explained('error.invalidRpcUrl'))

/** The options every network command shares (design §3), as commander gives them, validated. */
export const commonOptionsSchema = z.object({
  chain: chainSchema.optional(),
  rpc: z.array(rpcUrlSchema).default([]),
  publicRpc: z.boolean().default(true),
  config: z.string().optional(),
  json: z.boolean().default(false),
  format: z.enum(['text', 'markdown', 'json']).optional(),
  out: z.string().min(1).optional(),
  lang: z.enum(languages).optional(),
  timeout: z.coerce.number().int().min(100).max(600_000).optional(),
  redactAddresses: z.boolean().default(false),
  note: z.string().max(4000).optional(),
})
export type CommonOptions = z.infer<typeof commonOptionsSchema>

/** What a user adds to a support report (tx, address): wallet, browser, what they tried, a size limit. */
export const reportOptionsSchema = z.object({
  wallet: z.string().max(200).optional(),
  browser: z.string().max(200).optional(),
  tried: z.string().max(4000).optional(),
  maxLength: z.coerce.number().int().min(200).max(1_000_000).optional(),
})
export type ReportOptions = z.infer<typeof reportOptionsSchema>

export function addReportOptions(command: Command, say: Say): Command {
  return command
    .option('--wallet <name>', say('opt.wallet'))
    .option('--browser <name>', say('opt.browser'))
    .option('--tried <text>', say('opt.tried'))
    .option('--max-length <n>', say('opt.maxLength'))
}

/** Validates with `schema`; the first problem becomes an input error (exit 2) naming the value. */
export function parseOptions<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0] as z.core.$ZodIssue
  const option = String(issue.path[0] ?? '')
  const value = valueAt(raw, issue.path)
  const key = issue.code === 'custom' ? (issue.params as { key?: string } | undefined)?.key : undefined
  const message: Text = key
    ? ({ key, params: { value } } as Text)
    : text('error.invalidOption', { option: `--${kebab(option)}`, problem: issue.message })
  const suggestion =
    key === 'error.invalidHash'
      ? text('hint.hashFormat')
      : key === 'error.unknownChain'
        ? text('hint.listChains')
        : text('hint.help')
  return fail(option, message, suggestion)
}

function fail(option: string, message: Text, suggestion: Text): never {
  throw inputError(`input.${option || 'option'}`, message, suggestion)
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): string {
  let current: unknown = raw
  for (const key of path) current = (current as Record<PropertyKey, unknown> | undefined)?.[key]
  return typeof current === 'string' || typeof current === 'number' || typeof current === 'boolean'
    ? String(current)
    : ''
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

/** commander's way to take a repeatable option (`--rpc a --rpc b`) as a list. */
export const collect = (value: string, previous: string[] = []) => [...previous, value]

export function addCommonOptions(command: Command, say: Say, { output = true } = {}): Command {
  command
    .option('-c, --chain <name|id>', say('opt.chain'))
    .option('--rpc <url>', say('opt.rpc'), collect)
    .option('--no-public-rpc', say('opt.noPublicRpc'))
    .option('--config <file>', say('opt.config'))
    .option('--json', say('opt.json'))
    .option('--lang <lang>', say('opt.lang'))
    .option('--timeout <ms>', say('opt.timeout'))
  if (output) {
    command
      .addOption(new Option('--format <format>', say('opt.format')).choices(['text', 'markdown', 'json']))
      .option('-o, --out <file>', say('opt.out'))
      .option('--note <text>', say('opt.note'))
      .option('--redact-addresses', say('opt.redactAddresses'))
  }
  return command
}
