import { z } from 'zod'
import { languages } from '../i18n/catalog.js'

const rpcUrl = z.url({ protocol: /^(https?|wss?)$/, error: 'expected an http(s) or ws(s) URL' })

/** The config file's shape (README, "Configuration"). Unknown keys are rejected so a typo is noticed. */
export const configSchema = z.strictObject({
  lang: z.enum(languages).optional(),
  publicRpc: z.boolean().optional(),
  rpc: z.record(z.string().min(1), z.array(rpcUrl).min(1)).optional(),
  wallet: z.string().min(1).max(200).optional(),
  redact: z.strictObject({ addresses: z.boolean().optional() }).optional(),
  timeoutMs: z.number().int().min(100).max(600_000).optional(),
})

export type Config = z.infer<typeof configSchema>
