import { checkAddress as checkAddressCommand, addressOptionsSchema } from '../commands/address.js'
import type { Deps } from '../commands/deps.js'
import { gasOptionsSchema, gasOutput } from '../commands/gas.js'
import { guideOutput } from '../commands/guide.js'
import { parseOptions } from '../commands/parse-options.js'
import { rpcOptionsSchema, rpcOutput } from '../commands/rpc.js'
import { checkTransaction, txOptionsSchema, type SharedLook } from '../commands/tx.js'
import { shortensAddresses } from '../commands/write-report.js'
import type { CommandOutput } from '../report/command-output.js'
import type { GasOutput, GuideOutput, RedactOutput, RpcOutput } from '../report/command-schemas.js'
import { reportOutput } from '../report/report-output.js'
import type { Report } from '../report/schema.js'
import { rawNetworkOptions, type LibraryOptions } from './options.js'
import { redactionSettings, redactString, type RedactionOptions } from './redaction.js'

/**
 * The commands short of printing, called with values instead of a command line: the library, the
 * MCP server and `batch` all go through these, and so get exactly what `--json` prints, plus the
 * renderings and the exit code. Input is validated by the commands' own schemas (exit 2 errors).
 */
export type Output<J> = CommandOutput & { json: J }

export type TransactionInput = { hash: string; from?: string; nonce?: string | number; cache?: boolean }
export type AddressInput = { address: string; token?: string }

export async function transactionOutput(
  input: TransactionInput,
  options: LibraryOptions,
  deps: Deps,
  shared?: SharedLook,
): Promise<Output<Report>> {
  const parsed = parseOptions(txOptionsSchema, {
    ...rawNetworkOptions(options),
    hash: input.hash,
    from: input.from,
    nonce: input.nonce === undefined ? undefined : String(input.nonce),
    cache: input.cache ?? false,
  })
  const checked = await checkTransaction(parsed, deps, shared)
  const output = reportOutput(checked.view, {
    shortenAddresses: shortensAddresses(checked.settings),
    exitCode: checked.exitCode,
  })
  return output as Output<Report>
}

export async function addressOutput(input: AddressInput, options: LibraryOptions, deps: Deps): Promise<Output<Report>> {
  const parsed = parseOptions(addressOptionsSchema, { ...rawNetworkOptions(options), ...input })
  const checked = await checkAddressCommand(parsed, deps)
  const output = reportOutput(checked.view, {
    shortenAddresses: shortensAddresses(checked.settings),
    exitCode: checked.exitCode,
  })
  return output as Output<Report>
}

export async function gasStatusOutput(options: LibraryOptions, deps: Deps): Promise<Output<GasOutput>> {
  return gasOutput(parseOptions(gasOptionsSchema, rawNetworkOptions(options)), deps)
}

export async function rpcHealthOutput(options: LibraryOptions, deps: Deps): Promise<Output<RpcOutput>> {
  return rpcOutput(parseOptions(rpcOptionsSchema, rawNetworkOptions(options)), deps)
}

export type RedactInput = RedactionOptions & { text: string }

/** `redact --json` on a string: `keep` names transaction hashes to leave in place. */
export function redactOutput(input: RedactInput, deps: Deps): Output<RedactOutput> {
  const json = redactString(input.text, redactionSettings(input, deps.config))
  return { json, text: () => json.text, exitCode: 0 }
}

/** One guide, by id or by a finding code it explains. */
export function guideTopicOutput(topic: string, deps: Deps): Output<GuideOutput> {
  return guideOutput(topic, deps.lang) as Output<GuideOutput>
}
