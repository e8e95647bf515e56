import * as z from 'zod'
import type { Deps } from '../commands/deps.js'
import type { LibraryOptions } from '../api/options.js'
import {
  addressOutput,
  gasStatusOutput,
  guideTopicOutput,
  redactOutput,
  rpcHealthOutput,
  transactionOutput,
  type Output,
} from '../api/outputs.js'
import { gasOutputSchema, guideOutputSchema, redactOutputSchema, rpcOutputSchema } from '../report/command-schemas.js'
import { reportSchema } from '../report/schema.js'

/** What a call may change of the server's defaults: the chain and the language. */
export type CallDefaults = { options: LibraryOptions; deps: Deps }

type ToolDefinition = {
  name: string
  title: string
  description: string
  /** Plain strings and numbers: values are checked by the command's own schema inside the handler. */
  inputSchema: z.ZodRawShape
  outputSchema: z.ZodObject
  openWorld: boolean
  /** Fields not scrubbed before use: the text redact_text exists to clean. */
  unscrubbed?: readonly string[]
  run: (args: Record<string, unknown>, call: CallDefaults) => Promise<Output<unknown>> | Output<unknown>
}

const chain = z
  .union([z.string(), z.number()])
  .optional()
  .describe('Chain name or id, e.g. "base", "ethereum", 8453. Leave out to search every known chain.')
const lang = z.string().optional().describe('Language of the explanation: "en" (default) or "ja".')
const str = (value: unknown) => (typeof value === 'string' ? value : undefined)

/** The guide variant of `guide --json` (a topic always names one guide): an MCP output schema is one object. */
const oneGuideSchema = guideOutputSchema.options[1]

export const tools: ToolDefinition[] = [
  {
    name: 'diagnose_transaction',
    title: 'Diagnose a transaction',
    description:
      'Explain what happened to an EVM transaction (confirmed, failed and why, pending, stuck, dropped, replaced, not found) ' +
      'and what the user should do next, in plain language. Read-only: reads public chain data, never signs or sends. ' +
      'Give the transaction hash; add chain if known. If the user only knows their address and nonce (the hash was never broadcast), give from and nonce.',
    inputSchema: {
      hash: z.string().describe('Transaction hash: 0x followed by 64 hex characters.'),
      chain,
      from: z.string().optional().describe('Sender address, to look for a transaction by sender and nonce.'),
      nonce: z.union([z.number(), z.string()]).optional().describe('Nonce of the transaction (needs from).'),
      lang,
    },
    outputSchema: reportSchema,
    openWorld: true,
    run: (args, { options, deps }) =>
      transactionOutput(
        {
          hash: str(args.hash) ?? '',
          ...(str(args.from) !== undefined ? { from: str(args.from) } : {}),
          ...(args.nonce !== undefined ? { nonce: args.nonce as string | number } : {}),
        },
        options,
        deps,
      ),
  },
  {
    name: 'check_address',
    title: 'Check a wallet address',
    description:
      'Check a wallet address across chains: native balance, pending or queued transactions, whether it is a contract, ' +
      'and optionally one token (balance, decimals). Use when a user says funds are missing or a wallet seems stuck. Read-only.',
    inputSchema: {
      address: z.string().describe('Wallet or contract address: 0x followed by 40 hex characters.'),
      token: z.string().optional().describe('Token contract address to check the balance of.'),
      chain,
      lang,
    },
    outputSchema: reportSchema,
    openWorld: true,
    run: (args, { options, deps }) =>
      addressOutput(
        {
          address: str(args.address) ?? '',
          ...(str(args.token) !== undefined ? { token: str(args.token) } : {}),
        },
        options,
        deps,
      ),
  },
  {
    name: 'gas_status',
    title: 'Current gas fees',
    description:
      'Current fee state of a chain: base fee, its trend over recent blocks, and suggested slow/normal/fast fees. ' +
      'Use to tell a user whether a waiting transaction will go through or needs a higher fee.',
    inputSchema: { chain: z.union([z.string(), z.number()]).describe('Chain name or id, e.g. "base" or 8453.'), lang },
    outputSchema: gasOutputSchema,
    openWorld: true,
    run: (_args, { options, deps }) => gasStatusOutput(options, deps),
  },
  {
    name: 'rpc_health',
    title: 'Check RPC endpoints',
    description:
      'Check which JSON-RPC endpoints answer, for which chain, how fresh their head block is and whether they serve history and traces. ' +
      'Use when diagnoses come back with "could not look" errors.',
    inputSchema: { chain },
    outputSchema: rpcOutputSchema,
    openWorld: true,
    run: (_args, { options, deps }) => rpcHealthOutput(options, deps),
  },
  {
    name: 'redact_text',
    title: 'Redact secrets and personal data',
    description:
      'Remove recovery phrases, private keys, API keys in URLs, emails, phone numbers and similar from any text ' +
      '(a user message, a log) before it is stored or shared. Counts what was removed. Works offline.',
    inputSchema: {
      text: z.string().describe('The text to clean.'),
      keep: z.array(z.string()).optional().describe('Transaction hashes to keep (they look like private keys).'),
    },
    outputSchema: redactOutputSchema,
    openWorld: false,
    unscrubbed: ['text'],
    run: (args, { deps }) =>
      redactOutput({ text: str(args.text) ?? '', keep: Array.isArray(args.keep) ? args.keep.map(String) : [] }, deps),
  },
  {
    name: 'read_guide',
    title: 'Read a support guide',
    description:
      'Read a short guide for a common wallet problem (failed swaps, stuck transactions, missing tokens, wrong network…). ' +
      'Topic is a guide id or a finding code from a diagnosis (findings[].code), e.g. "swap.slippage". Works offline.',
    inputSchema: {
      topic: z.string().describe('A guide id (e.g. "failed-swaps") or a finding code (e.g. "swap.slippage").'),
      lang,
    },
    outputSchema: oneGuideSchema,
    openWorld: false,
    run: (args, { deps }) => guideTopicOutput(str(args.topic) ?? '', deps),
  },
]
