import { Command, Option } from 'commander'
import { z } from 'zod'
import { findPublicIds } from '../decode/error-text/public-ids.js'
import { parseErrorText } from '../decode/error-text/parse-error-text.js'
import { diagnoseError, errorExitCode } from '../diagnose/diagnose-error.js'
import { DoctorError, inputError } from '../errors/doctor-error.js'
import { text } from '../i18n/text.js'
import { translator, type Say } from '../i18n/translate.js'
import { redactText, SECRET_KINDS, type RedactionKind } from '../redact/redact.js'
import { buildErrorReport } from '../report/build-error-report.js'
import { styleFor } from '../ui/style.js'
import {
  addReportOptions,
  commonOptionsSchema,
  parseOptions,
  reportOptionsSchema,
  type CommonOptions,
} from './common-options.js'
import type { Deps } from './deps.js'
import { loadSettings } from './session.js'
import { reportContext, writeReport, type Checked } from './write-report.js'

export const explainOptionsSchema = commonOptionsSchema
  .pick({ json: true, format: true, out: true, lang: true, config: true, redactAddresses: true, note: true })
  .extend(reportOptionsSchema.shape)
  .extend({ text: z.string().optional() })
export type ExplainOptions = z.infer<typeof explainOptionsSchema>

/** `support-doctor explain [text…]`: a pasted wallet or node error, explained without reading any chain. */
export function explainCommand(say: Say, deps: Deps, setExitCode: (code: number) => void): Command {
  const command = new Command('explain')
    .description(say('cmd.explain'))
    .argument('[text...]', say('cmd.explain.text'))
    .addOption(new Option('--format <format>', say('opt.format')).choices(['text', 'markdown', 'json']))
    .option('--json', say('opt.json'))
    .option('-o, --out <file>', say('opt.out'))
    .option('--lang <lang>', say('opt.lang'))
    .option('--config <file>', say('opt.config'))
    .option('--redact-addresses', say('opt.redactAddresses'))
    .option('--note <text>', say('opt.note'))
  addReportOptions(command, say)
  command.addHelpText('after', `\n${say('cli.examples')}:\n${say('cmd.explain.examples')}`)
  return command.action(async (words: string[], raw: Record<string, unknown>) => {
    const options = parseOptions(explainOptionsSchema, { ...raw, text: words.length > 0 ? words.join(' ') : undefined })
    const input = options.text ?? (await readStdin(deps))
    const checked = await explainError(options, input, deps)
    await writeReport(checked.report, {
      options: asCommon(options),
      settings: checked.settings,
      deps,
      maxLength: options.maxLength,
    })
    setExitCode(checked.exitCode)
  })
}

/**
 * Everything `explain` does short of printing, shared with the conversation. The text is redacted
 * before anything else reads it; only hashes whose own label says "transaction hash" are kept.
 */
export async function explainError(options: ExplainOptions, input: string, deps: Deps): Promise<Explained> {
  const settings = await loadSettings(options, deps)
  if (input.trim() === '') throw inputError('input.text', text('error.explainEmpty'), text('hint.explainText'))
  const { hashes } = findPublicIds(input)
  const { text: clean, removed } = redactText(input, { knownHashes: new Set(hashes) })
  if (Object.keys(removed).some((kind) => SECRET_KINDS.has(kind as RedactionKind))) warnAboutSecret(settings.lang, deps)
  const facts = parseErrorText(clean)
  const diagnosis = diagnoseError(facts)
  const context = reportContext(asCommon(options), settings, deps)
  const report = buildErrorReport(facts, diagnosis, context, removed)
  const lookUp = { hash: facts.ids.hashes[0] ?? null, address: facts.ids.ownAddress ?? facts.ids.addresses[0] ?? null }
  return { report, chart: null, exitCode: errorExitCode(diagnosis), settings, lookUp }
}

/** A pasted error's report, and what in it can be looked up on chain (the commands its next steps offer). */
export type Explained = Checked & { lookUp: { hash: string | null; address: string | null } }

/** The options `reportContext` and `writeReport` read; explain has no network options. */
const asCommon = (options: ExplainOptions) =>
  ({ ...options, rpc: [], publicRpc: false }) as unknown as CommonOptions & ExplainOptions

/** Said on stderr, in the person's language: the secret is already gone from everything printed. */
export function warnAboutSecret(lang: Parameters<typeof translator>[0], deps: Deps) {
  const say = translator(lang)
  const style = styleFor(deps.stderr, deps.env)
  deps.stderr.write(`${style.yellow.bold(say('secret.warningTitle'))}\n${say('secret.warningBody')}\n`)
}

async function readStdin(deps: Deps): Promise<string> {
  if (deps.stdinIsTTY) throw inputError('input.text', text('error.explainNoInput'), text('hint.explainText'))
  try {
    const chunks: Buffer[] = []
    for await (const chunk of deps.stdin) chunks.push(Buffer.from(chunk as Buffer))
    return Buffer.concat(chunks).toString('utf8')
  } catch (cause) {
    if (cause instanceof DoctorError) throw cause
    throw inputError(
      'input.text',
      text('error.readFile', { file: '-', reason: (cause as NodeJS.ErrnoException).code ?? 'unreadable' }),
    )
  }
}
