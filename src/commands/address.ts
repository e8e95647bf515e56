import { Command } from 'commander'
import type * as z from 'zod'
import { addressExitCode, diagnoseAddress } from '../diagnose/diagnose-address.js'
import { gatherAddressEvidence } from '../evidence/gather-address-evidence.js'
import { readSideBySideIn } from '../evidence/read-side-by-side.js'
import { type Say } from '../i18n/translate.js'
import { buildAddressReport } from '../report/build-address-report.js'
import { reportCommandSchema } from './common-options.js'
import { declare, languageOptions, networkOptions, outputOptions, reportOptions } from './option-groups.js'
import { addressSchema } from './option-schemas.js'
import { parseOptions } from './parse-options.js'
import type { Deps } from './deps.js'
import { recogniseNonEvmId } from '../decode/non-evm-ids.js'
import { refuseSolanaSecretKey, runNonEvm } from './non-evm.js'
import { readNetworks, settingsFor } from './session.js'
import { reportContext, writeReport, type Checked } from './write-report.js'

export const addressOptionsSchema = reportCommandSchema.extend({
  address: addressSchema,
  token: addressSchema.optional(),
})

export type AddressOptions = z.infer<typeof addressOptionsSchema>

export function addressCommand(say: Say, deps: Deps, setExitCode: (code: number) => void): Command {
  const command = new Command('address')
    .description(say('cmd.address'))
    .argument('<address>', say('cmd.address.address'))
    .option('-t, --token <address>', say('opt.token'))
  for (const group of [reportOptions, networkOptions, outputOptions, languageOptions]) declare(command, say, group)
  command.addHelpText('after', `\n${say('cli.examples')}:\n${say('cmd.address.examples')}`)
  return command.action(async (address: string, raw: Record<string, unknown>) => {
    // Issue 18: a Solana, Bitcoin or Tron address is answered with where to look, not refused.
    refuseSolanaSecretKey(address, deps)
    const nonEvm = recogniseNonEvmId(address)
    if (nonEvm) return setExitCode(await runNonEvm(nonEvm, raw, deps))
    const options = parseOptions(addressOptionsSchema, { ...raw, address })
    setExitCode(await writeReport(await checkAddress(options, deps), options, deps))
  })
}

/** Everything `address` does short of printing: shared by the command and the interactive tree. */
export async function checkAddress(options: AddressOptions, deps: Deps): Promise<Checked> {
  const settings = settingsFor(options, deps)
  const context = await reportContext(options, settings, deps)
  const evidence = await readNetworks(options, settings, deps, {
    progress: 'progress.address',
    gather: (network) =>
      gatherAddressEvidence({
        address: options.address,
        token: options.token ?? null,
        requestedChainId: options.chain ?? null,
        connections: network.connections,
        problems: network.problems,
        stats: network.stats,
        now: deps.now,
        readSideBySide: readSideBySideIn(network, settings.requestTimeoutMs),
      }),
  })
  const diagnosis = diagnoseAddress(evidence)
  return {
    view: { report: buildAddressReport(evidence, diagnosis, context), feeChart: null },
    exitCode: addressExitCode(diagnosis),
    settings,
  }
}
