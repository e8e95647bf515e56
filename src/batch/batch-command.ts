import { readFile } from 'node:fs/promises'
import { Command } from 'commander'
import * as z from 'zod'
import { languageOptionsSchema, networkOptionsSchema } from '../commands/common-options.js'
import type { Deps } from '../commands/deps.js'
import { declare, languageOptions, networkOptions } from '../commands/option-groups.js'
import { parseOptions } from '../commands/parse-options.js'
import { DoctorError, inputError } from '../errors/doctor-error.js'
import { readFileError } from '../errors/input-errors.js'
import { text } from '../i18n/text.js'
import type { Say } from '../i18n/translate.js'
import { runBatch } from './run-batch.js'

const batchOptionsSchema = languageOptionsSchema.extend(networkOptionsSchema.shape).extend({
  file: z.string().optional(),
  concurrency: z
    .string()
    .default('8')
    .refine((v) => /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 64, { params: { key: 'error.concurrency' } })
    .transform(Number),
  summary: z.boolean().default(false),
  cache: z.boolean().default(true),
})

/** `support-doctor batch [file]`: a support queue in one process (README, "Running at scale"). */
export function batchCommand(say: Say, deps: Deps, setExitCode: (code: number) => void): Command {
  const command = new Command('batch')
    .description(say('cmd.batch'))
    .argument('[file]', say('cmd.batch.file'))
    .option('--concurrency <n>', say('opt.concurrency'))
    .option('--summary', say('opt.summary'))
    .option('--no-cache', say('opt.noCache'))
  declare(command, say, networkOptions)
  declare(command, say, languageOptions)
  command.addHelpText('after', `\n${say('cli.examples')}:\n${say('cmd.batch.examples')}`)
  return command.action(async (file: string | undefined, raw: Record<string, unknown>) => {
    const options = parseOptions(batchOptionsSchema, { ...raw, file })
    const source = await readSource(options.file, deps)
    setExitCode(
      await runBatch(
        source,
        {
          network: {
            rpc: options.rpc,
            publicRpc: options.publicRpc,
            ...(options.chain !== undefined ? { chain: options.chain } : {}),
            ...(options.timeout !== undefined ? { timeoutMs: options.timeout } : {}),
          },
          concurrency: options.concurrency,
          summary: options.summary,
          cache: options.cache,
        },
        deps,
      ),
    )
  })
}

async function readSource(file: string | undefined, deps: Deps): Promise<string> {
  try {
    if (file && file !== '-') return await readFile(file, 'utf8')
    if (deps.io.inIsTTY) throw inputError('input.file', text('error.batchNoInput'), text('hint.help'))
    const chunks: Buffer[] = []
    for await (const chunk of deps.io.in) chunks.push(Buffer.from(chunk as Buffer))
    return Buffer.concat(chunks).toString('utf8')
  } catch (cause) {
    if (cause instanceof DoctorError) throw cause
    throw readFileError(file ?? '-', (cause as NodeJS.ErrnoException).code ?? 'unreadable', cause)
  }
}
