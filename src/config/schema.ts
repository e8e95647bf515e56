import * as z from 'zod'
import { languages } from '../i18n/catalog.js'

/**
 * Built when there is a config to check (a file, or a SUPPORT_DOCTOR_* setting), not at start-up:
 * most runs have neither, and building the zod schema took ~5 ms of each (README, "Speed").
 */
function buildConfigSchema() {
  const evmAddress = z.string().regex(/^0x[0-9a-fA-F]{40}$/, 'expected a 0x address')
  const positiveId = z.number().int().positive()

  /** Bridge deployments besides the built-in ones (a test network, a fork, a chain not listed yet): see chains/bridge-routes.ts. */
  const bridgesSchema = z.strictObject({
    opStack: z
      .array(
        z.strictObject({ l1ChainId: positiveId, l2ChainId: positiveId, portal: evmAddress, messagePasser: evmAddress }),
      )
      .optional(),
    arbitrum: z
      .array(
        z.strictObject({
          l1ChainId: positiveId,
          l2ChainId: positiveId,
          inbox: evmAddress,
          bridge: evmAddress,
          outbox: evmAddress,
          gatewayRouter: evmAddress.optional(),
        }),
      )
      .optional(),
    across: z.array(z.strictObject({ chainId: positiveId, spokePool: evmAddress })).optional(),
    cctp: z
      .array(
        z.strictObject({
          chainId: positiveId,
          domain: z.number().int().nonnegative(),
          tokenMessenger: evmAddress.optional(),
          messageTransmitter: evmAddress.optional(),
          tokenMessengerV2: evmAddress.optional(),
          messageTransmitterV2: evmAddress.optional(),
        }),
      )
      .optional(),
  })

  const rpcUrl = z.url({ protocol: /^(https?|wss?)$/, error: 'expected an http(s) or ws(s) URL' })

  /** The config file's shape (README, "Configuration"). Unknown keys are rejected so a typo is noticed. */
  return z.strictObject({
    lang: z.enum(languages).optional(),
    publicRpc: z.boolean().optional(),
    rpc: z.record(z.string().min(1), z.array(rpcUrl).min(1)).optional(),
    wallet: z.string().min(1).max(200).optional(),
    redact: z.strictObject({ addresses: z.boolean().optional() }).optional(),
    timeoutMs: z.number().int().min(100).max(600_000).optional(),
    /** ERC-4337 EntryPoints searched for user operation hashes, besides the built-in v0.6, v0.7 and v0.8. */
    entryPoints: z.array(evmAddress).optional(),
    bridges: bridgesSchema.optional(),
  })
}

let built: ReturnType<typeof buildConfigSchema> | undefined
export const configSchema = () => (built ??= buildConfigSchema())

export type Config = z.infer<ReturnType<typeof buildConfigSchema>>
