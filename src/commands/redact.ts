import { readFile } from 'node:fs/promises'
import { Command } from 'commander'
import { z } from 'zod'
import { DoctorError, inputError } from '../errors/doctor-error.js'
import { text } from '../i18n/text.js'
import { translator, type Say } from '../i18n/translate.js'
import { redactionKinds, redactText } from '../redact/redact.js'
import { writeOutput } from '../ui/write-output.js'
import { languageOptionsSchema, outputOptionsSchema, reportOptionsSchema } from './common-options.js'
import { collect, declare, languageOptions, outputOptions, reportOptions } from './option-groups.js'
import { hashSchema } from './option-schemas.js'
import { parseOptions } from './parse-options.js'
import type { Deps } from './deps.js'
import { settingsFor } from './session.js'
import { readFileError } from '../errors/input-errors.js'

const redactOptionsSchema = languageOptionsSchema
  .extend(outputOptionsSchema.pick({ json: true, out: true }).shape)
  .extend(reportOptionsSchema.pick({ redactAddresses: true }).shape)
  .extend({
    file: z.string().optional(),
    keep: z.array(hashSchema).default([]),
  })

/** The same engine on any text — support staff run it on the logs users send them. */
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
      const input = await readInput(options.file, deps)
      const { text: clean, removed } = redactText(input, {
        knownHashes: new Set(options.keep),
        shortenAddresses: options.redactAddresses || settings.config.redact?.addresses === true,
      })
      const counts = Object.fromEntries(redactionKinds.filter((k) => removed[k]).map((k) => [k, removed[k]]))
      const output =
        settings.format === 'json'
          ? `${JSON.stringify({ schemaVersion: 1, text: clean, removed: counts }, null, 2)}\n`
          : clean
      await writeOutput(output, options.out, deps.io)
      // A summary for the person, on stderr so the redacted text on stdout stays pipeable.
      if (settings.format !== 'json') {
        const sayIn = translator(settings.lang)
        const summary = Object.entries(counts).map(
          ([kind, n]) => `${sayIn(`redaction.${kind}` as 'redaction.email')} ×${n}`,
        )
        deps.io.err.write(
          `${summary.length ? sayIn('redact.summary', { list: summary.join(', ') }) : sayIn('redact.nothing')}\n`,
        )
        if (counts['private-key']) deps.io.err.write(`${sayIn('redact.hashHint')}\n`)
      }
      setExitCode(0)
    })
}

async function readInput(file: string | undefined, deps: Deps): Promise<string> {
  try {
    if (file && file !== '-') return await readFile(file, 'utf8')
    if (deps.io.inIsTTY) throw inputError('input.file', text('error.redactNoInput'), text('hint.help'))
    const chunks: Buffer[] = []
    for await (const chunk of deps.io.in) chunks.push(Buffer.from(chunk as Buffer))
    return Buffer.concat(chunks).toString('utf8')
  } catch (cause) {
    if (cause instanceof DoctorError) throw cause
    throw readFileError(file ?? '-', (cause as NodeJS.ErrnoException).code ?? 'unreadable', cause)
  }
}
