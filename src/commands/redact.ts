import { createReadStream } from 'node:fs'
import { openOutputStream } from '../ui/write-output.js'
import { Command } from 'commander'
import * as z from 'zod'
import { inputError } from '../errors/doctor-error.js'
import { text } from '../i18n/text.js'
import { translator, type Say } from '../i18n/translate.js'
import type { IOStreams } from '../io/iostreams.js'
import { RedactingStream, redactionSettings } from '../api/redaction.js'
import { languageOptionsSchema, outputOptionsSchema, reportOptionsSchema } from './common-options.js'
import { collect, declare, languageOptions, outputOptions, reportOptions } from './option-groups.js'
import { hashSchema } from './option-schemas.js'
import { parseOptions } from './parse-options.js'
import type { Deps } from './deps.js'
import { settingsFor } from './settings.js'
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
      // The library's redaction (src/api/redaction.ts), streamed: a 1 GB log goes through in constant
      // memory; --json writes the text as one JSON string.
      const redacted = new RedactingStream(readInput(options.file, deps.io), () =>
        redactionSettings(options, settings.config),
      )
      const json = settings.format === 'json'
      const pieces = redacted[Symbol.asyncIterator]()
      let next = await pieces.next() // a missing or unreadable file fails here, before any output
      const output = await openOutputStream(options.out, deps.io)
      try {
        if (json) await output.write('{\n  "schemaVersion": 1,\n  "text": "')
        for (; !next.done; next = await pieces.next())
          await output.write(json ? JSON.stringify(next.value).slice(1, -1) : next.value)
        const counts = redacted.removed
        if (json) await output.write(`",\n  "removed": ${JSON.stringify(counts, null, 2).replace(/\n/g, '\n  ')}\n}\n`)
        await output.finish()
        // A summary for the person, on stderr so the redacted text on stdout stays pipeable.
        if (!json) {
          const sayIn = translator(settings.lang)
          const summary = Object.entries(counts).map(
            ([kind, n]) => `${sayIn(`redaction.${kind}` as 'redaction.email')} ×${n}`,
          )
          deps.io.err.write(
            `${summary.length ? sayIn('redact.summary', { list: summary.join(', ') }) : sayIn('redact.nothing')}\n`,
          )
          if (counts['private-key']) deps.io.err.write(`${sayIn('redact.hashHint')}\n`)
        }
      } catch (error) {
        await output.abort()
        throw error
      }
      setExitCode(0)
    })
}

/** The input as text chunks: the file (read 1 MB at a time) or stdin; unreadable is an input error. */
async function* readInput(file: string | undefined, io: IOStreams): AsyncGenerator<string> {
  if ((!file || file === '-') && io.inIsTTY)
    throw inputError('input.file', text('error.redactNoInput'), text('hint.help'))
  const stream = file && file !== '-' ? createReadStream(file, { highWaterMark: 1024 * 1024 }) : io.in
  stream.setEncoding('utf8')
  try {
    for await (const chunk of stream) yield chunk as string
  } catch (cause) {
    throw readFileError(file ?? '-', (cause as NodeJS.ErrnoException).code ?? 'unreadable', cause)
  }
}
