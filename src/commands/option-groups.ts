import { Option, type Command } from 'commander'
import * as z from 'zod'
import { languages } from '../i18n/catalog.js'
import type { MessageKey } from '../i18n/catalog.js'
import type { Say } from '../i18n/translate.js'
import { chainSchema, rpcUrlSchema } from './option-schemas.js'

/**
 * Options that travel together, declared once (as Foundry flattens `RpcOpts` into its commands):
 * each option's commander flag, its help text key and its zod field live in one row, so a command
 * that takes a group gets all three at once and they cannot drift apart. Precedence over the
 * config file and environment is applied in one place too (`settingsFor`, session.ts).
 */
type OptionSpec = {
  flags: string
  help: MessageKey
  schema: z.ZodType
  /** A repeatable option (`--rpc a --rpc b`) collects into a list. */
  repeatable?: boolean
  choices?: readonly string[]
}

const group = <G extends Record<string, OptionSpec>>(specs: G) => specs

/** commander's way to take a repeatable option as a list. */
export const collect = (value: string, previous: string[] = []) => [...previous, value]

/** Every command: the language it answers in and the config file it reads. */
export const languageOptions = group({
  lang: { flags: '--lang <lang>', help: 'opt.lang', schema: z.enum(languages).optional() },
  config: { flags: '--config <file>', help: 'opt.config', schema: z.string().optional() },
})

/** Commands that read chains: which chain, which endpoints, how long to try. */
export const networkOptions = group({
  chain: { flags: '-c, --chain <name|id>', help: 'opt.chain', schema: chainSchema.optional() },
  rpc: { flags: '--rpc <url>', help: 'opt.rpc', schema: z.array(rpcUrlSchema).default([]), repeatable: true },
  publicRpc: { flags: '--no-public-rpc', help: 'opt.noPublicRpc', schema: z.boolean().default(true) },
  timeout: {
    flags: '--timeout <ms>',
    help: 'opt.timeout',
    schema: z.coerce.number().int().min(100).max(600_000).optional(),
  },
})

/** Where the answer goes and in which form. */
export const outputOptions = group({
  json: { flags: '--json', help: 'opt.json', schema: z.boolean().default(false) },
  format: {
    flags: '--format <format>',
    help: 'opt.format',
    schema: z.enum(['text', 'markdown', 'json']).optional(),
    choices: ['text', 'markdown', 'json'],
  },
  out: { flags: '-o, --out <file>', help: 'opt.out', schema: z.string().min(1).optional() },
  width: { flags: '--width <n>', help: 'opt.width', schema: z.coerce.number().int().min(20).max(1000).optional() },
})

/** What a user adds to a support report (tx, address): their words, their wallet, what they tried, a size limit. */
export const reportOptions = group({
  note: { flags: '--note <text>', help: 'opt.note', schema: z.string().max(4000).optional() },
  redactAddresses: { flags: '--redact-addresses', help: 'opt.redactAddresses', schema: z.boolean().default(false) },
  wallet: { flags: '--wallet <name>', help: 'opt.wallet', schema: z.string().max(200).optional() },
  browser: { flags: '--browser <name>', help: 'opt.browser', schema: z.string().max(200).optional() },
  tried: { flags: '--tried <text>', help: 'opt.tried', schema: z.string().max(4000).optional() },
  maxLength: {
    flags: '--max-length <n>',
    help: 'opt.maxLength',
    schema: z.coerce.number().int().min(200).max(1_000_000).optional(),
  },
})

type Shape<G extends Record<string, OptionSpec>> = { [K in keyof G]: G[K]['schema'] }

/** The zod fields of a group (or of some of its options), to build a command's options schema from. */
export function fieldsOf<G extends Record<string, OptionSpec>, K extends keyof G = keyof G>(
  specs: G,
  keys?: readonly K[],
): Pick<Shape<G>, K> {
  const wanted = (keys ?? Object.keys(specs)) as readonly K[]
  return Object.fromEntries(wanted.map((key) => [key, (specs[key] as OptionSpec).schema])) as Pick<Shape<G>, K>
}

/** Declares a group's flags (or some of them) on a command, with help in the user's language. */
export function declare<G extends Record<string, OptionSpec>>(
  command: Command,
  say: Say,
  specs: G,
  keys?: readonly (keyof G)[],
): Command {
  for (const key of keys ?? Object.keys(specs)) {
    const spec = specs[key] as OptionSpec
    const option = new Option(spec.flags, say(spec.help as 'opt.lang'))
    if (spec.repeatable) option.argParser(collect)
    if (spec.choices) option.choices(spec.choices)
    command.addOption(option)
  }
  return command
}
