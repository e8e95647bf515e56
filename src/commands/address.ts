import { Command } from 'commander'
import type { z } from 'zod'
import { addressExitCode, diagnoseAddress } from '../diagnose/diagnose-address.js'
import { gatherAddressEvidence } from '../evidence/gather-address-evidence.js'
import { translator, type Say } from '../i18n/translate.js'
import { buildAddressReport } from '../report/build-address-report.js'
import { startProgress } from '../ui/progress.js'
import { reportCommandSchema } from './common-options.js'
import { declare, languageOptions, networkOptions, outputOptions, reportOptions } from './option-groups.js'
import { addressSchema } from './option-schemas.js'
import { parseOptions } from './parse-options.js'
import type { Deps } from './deps.js'
import { connect, settingsFor, withDeadline } from './session.js'
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
    const options = parseOptions(addressOptionsSchema, { ...raw, address })
    setExitCode(await writeReport(await checkAddress(options, deps), options, deps))
  })
}

/** Everything `address` does short of printing: shared by the command and the interactive tree. */
export async function checkAddress(options: AddressOptions, deps: Deps): Promise<Checked> {
  const settings = settingsFor(options, deps)
  const context = reportContext(options, settings, deps)
  const say = translator(settings.lang)
  const progress = await startProgress(say('progress.resolving'), deps.io)
  const evidence = await withDeadline(
    (async () => {
      const network = await connect(options, settings)
      progress.update(say('progress.address', { count: network.connections.length }))
      return gatherAddressEvidence({
        address: options.address,
        token: options.token ?? null,
        requestedChainId: options.chain ?? null,
        connections: network.connections,
        problems: network.problems,
        stats: network.stats,
        now: deps.now,
      })
    })(),
    settings.timeoutMs,
  ).finally(() => progress.stop())
  const diagnosis = diagnoseAddress(evidence)
  return {
    view: { report: buildAddressReport(evidence, diagnosis, context), feeChart: null },
    exitCode: addressExitCode(diagnosis),
    settings,
  }
}
