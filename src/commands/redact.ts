import { Command } from 'commander'
import * as z from 'zod'
import type { Say } from '../i18n/translate.js'
import { redactionSettings } from '../api/redaction.js'
import { languageOptionsSchema, outputOptionsSchema, reportOptionsSchema } from './common-options.js'
import { collect, declare, languageOptions, outputOptions, reportOptions } from './option-groups.js'
import { hashSchema } from './option-schemas.js'
import { parseOptions } from './parse-options.js'
import type { Deps } from './deps.js'
import { runRedact } from './redact-run.js'
import { settingsFor } from './settings.js'

const redactOptionsSchema = languageOptionsSchema
  .extend(outputOptionsSchema.pick({ json: true, out: true }).shape)
  .extend(reportOptionsSchema.pick({ redactAddresses: true }).shape)
  .extend({
    file: z.string().optional(),
    keep: z.array(hashSchema).default([]),
  })

/**
 * The same engine on any text — support staff run it on the logs users send them. A plain call
 * (nothing but these options) does not come here: bin/support-doctor.js runs it through the light
 * entry (src/redact-cli.ts), which shares the body (redact-run.ts); help and errors do.
 */
export function redactCommand(say: Say, deps: Deps, setExitCode: (code: number) => void): Command {
  const command = new Command('redact')
    .description(say('cmd.redact'))
    .argument('[file]', say('cmd.redact.file'))
    .option('--keep <hash>', say('opt.keep'), collect)
  declare(command, say, reportOptions, ['redactAddresses'])
  declare(command, say, outputOptions, ['json', 'out'])
  declare(command, say, languageOptions)
  return command
    .addHelpText('after', `\n${say('cli.examples')}:\n${say('cmd.redact.examples')}`)
    .action(async (file: string | undefined, raw: Record<string, unknown>) => {
      const options = parseOptions(redactOptionsSchema, { ...raw, file })
      const settings = settingsFor(options, deps)
      // The library's redaction (src/api/redaction.ts): the options are settled when reading starts.
      await runRedact(
        { file: options.file, out: options.out, json: settings.format === 'json', lang: settings.lang },
        () => redactionSettings(options, settings.config),
        deps.io,
      )
      setExitCode(0)
    })
}
