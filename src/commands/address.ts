import { Command } from 'commander'
import type { Address } from 'viem'
import { z } from 'zod'
import { addressExitCode, diagnoseAddress } from '../diagnose/diagnose-address.js'
import { gatherAddressEvidence } from '../evidence/gather-address-evidence.js'
import { translator, type Say } from '../i18n/translate.js'
import { buildAddressReport } from '../report/build-address-report.js'
import { describeEnvironment } from '../report/environment.js'
import { warnAboutPastedSecrets } from '../ui/pasted-secrets.js'
import { startProgress } from '../ui/progress.js'
import { addCommonOptions, addressSchema, commonOptionsSchema, parseOptions } from './common-options.js'
import type { Deps } from './deps.js'
import { connect, loadSettings, withDeadline } from './session.js'
import { writeReport } from './write-report.js'

const addressOptionsSchema = commonOptionsSchema.extend({
  address: addressSchema,
  token: addressSchema.optional(),
  wallet: z.string().max(200).optional(),
  browser: z.string().max(200).optional(),
  tried: z.string().max(4000).optional(),
  maxLength: z.coerce.number().int().min(200).max(1_000_000).optional(),
})

export function addressCommand(say: Say, deps: Deps, setExitCode: (code: number) => void): Command {
  const command = new Command('address')
    .description(say('cmd.address'))
    .argument('<address>', say('cmd.address.address'))
    .option('-t, --token <address>', say('opt.token'))
    .option('--wallet <name>', say('opt.wallet'))
    .option('--browser <name>', say('opt.browser'))
    .option('--tried <text>', say('opt.tried'))
    .option('--max-length <n>', say('opt.maxLength'))
  addCommonOptions(command, say)
  command.addHelpText('after', `\n${say('cli.examples')}:\n${say('cmd.address.examples')}`)
  return command.action(async (address: string, raw: Record<string, unknown>) => {
    const options = parseOptions(addressOptionsSchema, { ...raw, address })
    const settings = await loadSettings(options, deps)
    warnAboutPastedSecrets([options.note, options.tried, options.wallet, options.browser], settings.lang, deps)
    const progress = await startProgress(translator(settings.lang)('progress.resolving'), deps)
    const evidence = await withDeadline(
      (async () => {
        const network = await connect(options, settings)
        progress.update(translator(settings.lang)('progress.address', { count: network.connections.length }))
        return gatherAddressEvidence({
          address: options.address as Address,
          token: (options.token as Address | undefined) ?? null,
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
    const report = buildAddressReport(evidence, diagnosis, {
      lang: settings.lang,
      version: deps.version,
      environment: describeEnvironment({ wallet: options.wallet ?? settings.config.wallet ?? null, browser: options.browser ?? null }),
      note: options.note ?? null,
      tried: options.tried ?? null,
      checkedAt: deps.now(),
    })
    await writeReport(report, { options, settings, deps, maxLength: options.maxLength })
    setExitCode(addressExitCode(diagnosis))
  })
}
