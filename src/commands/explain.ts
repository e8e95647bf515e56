import { Command } from 'commander'
import * as z from 'zod'
import { findPublicIds } from '../decode/error-text/public-ids.js'
import { parseErrorText } from '../decode/error-text/parse-error-text.js'
import { diagnoseError, errorExitCode } from '../diagnose/diagnose-error.js'
import { DoctorError, inputError } from '../errors/doctor-error.js'
import { text } from '../i18n/text.js'
import { type Say } from '../i18n/translate.js'
import { redactText, SECRET_KINDS, type RedactionKind } from '../redact/redact.js'
import { buildErrorReport } from '../report/build-error-report.js'
import { warnAboutSecret } from '../ui/pasted-secrets.js'
import { languageOptionsSchema, outputOptionsSchema, reportOptionsSchema } from './common-options.js'
import type { Deps } from './deps.js'
import { declare, languageOptions, outputOptions, reportOptions } from './option-groups.js'
import { parseOptions } from './parse-options.js'
import { settingsFor } from './settings.js'
import { reportContext, writeReport, type Checked } from './write-report.js'

/** explain reads no chain: no network options. */
export const explainOptionsSchema = languageOptionsSchema
  .extend(outputOptionsSchema.shape)
  .extend(reportOptionsSchema.shape)
  .extend({ text: z.string().optional() })
export type ExplainOptions = z.infer<typeof explainOptionsSchema>

/** `support-doctor explain [text…]`: a pasted wallet or node error, explained without reading any chain. */
export function explainCommand(say: Say, deps: Deps, setExitCode: (code: number) => void): Command {
  const command = new Command('explain').description(say('cmd.explain')).argument('[text...]', say('cmd.explain.text'))
  for (const group of [reportOptions, outputOptions, languageOptions]) declare(command, say, group)
  command.addHelpText('after', `\n${say('cli.examples')}:\n${say('cmd.explain.examples')}`)
  return command.action(async (words: string[], raw: Record<string, unknown>) => {
    const options = parseOptions(explainOptionsSchema, { ...raw, text: words.length > 0 ? words.join(' ') : undefined })
    const input = options.text ?? (await readStdin(deps))
    setExitCode(await writeReport(await explainError(options, input, deps), options, deps))
  })
}

/**
 * Everything `explain` does short of printing, shared with the conversation. The text is redacted
 * before anything else reads it; only hashes whose own label says "transaction hash" are kept.
 */
export async function explainError(options: ExplainOptions, input: string, deps: Deps): Promise<Explained> {
  const settings = settingsFor(options, deps)
  if (input.trim() === '') throw inputError('input.text', text('error.explainEmpty'), text('hint.explainText'))
  const { hashes } = findPublicIds(input)
  const { text: clean, removed } = redactText(input, { knownHashes: new Set(hashes) })
  if (Object.keys(removed).some((kind) => SECRET_KINDS.has(kind as RedactionKind)))
    warnAboutSecret(settings.lang, deps.io)
  const facts = parseErrorText(clean)
  const diagnosis = diagnoseError(facts)
  const context = await reportContext(options, settings, deps)
  const report = buildErrorReport(facts, diagnosis, context, removed)
  const lookUp = { hash: facts.ids.hashes[0] ?? null, address: facts.ids.ownAddress ?? facts.ids.addresses[0] ?? null }
  return { view: { report, feeChart: null }, exitCode: errorExitCode(diagnosis), settings, lookUp }
}

/** A pasted error's report, and what in it can be looked up on chain (the commands its next steps offer). */
export type Explained = Checked & { lookUp: { hash: string | null; address: string | null } }

async function readStdin(deps: Deps): Promise<string> {
  if (deps.io.inIsTTY) throw inputError('input.text', text('error.explainNoInput'), text('hint.explainText'))
  try {
    const chunks: Buffer[] = []
    for await (const chunk of deps.io.in) chunks.push(Buffer.from(chunk as Buffer))
    return Buffer.concat(chunks).toString('utf8')
  } catch (cause) {
    if (cause instanceof DoctorError) throw cause
    throw inputError(
      'input.text',
      text('error.readFile', { file: '-', reason: (cause as NodeJS.ErrnoException).code ?? 'unreadable' }),
    )
  }
}
