import { showSafely } from '../io/sanitise.js'
import { CommanderError } from 'commander'
import type { Lang } from '../i18n/catalog.js'
import type { IOStreams } from '../io/iostreams.js'
import { localisePlaceholders } from '../i18n/redaction-placeholders.js'
import { t } from '../i18n/translate.js'
import { redact } from '../redact/redact.js'
import { text } from '../i18n/text.js'
import { DoctorError, ExitCode, walkCauses } from './doctor-error.js'
import { internalError } from './internal-error.js'
import { commanderText } from './commander-text.js'

/**
 * The one place an error becomes output (as in the shadcn CLI): redacted, in the user's language,
 * one line plus a hint, never a stack trace. With `--json` it is a JSON object on stdout, because
 * that is where an agent reads the answer.
 */
/** Where an error goes: the streams, and the language and format decided at start-up. */
export type ErrorOutput = { io: Pick<IOStreams, 'out' | 'err' | 'style'>; lang: Lang; json: boolean }

export function handleError(error: unknown, deps: ErrorOutput): number {
  const doctorError = toDoctorError(error)
  const details = doctorError.code === 'internal' && doctorError.details ? ` (${doctorError.details})` : ''
  const message = localisePlaceholders(redact(t(deps.lang, doctorError.text) + details), deps.lang)
  const suggestion = doctorError.suggestion
    ? localisePlaceholders(redact(t(deps.lang, doctorError.suggestion)), deps.lang)
    : undefined
  if (deps.json) {
    const body = { schemaVersion: 1, error: { code: doctorError.code, message, ...(suggestion ? { suggestion } : {}) } }
    deps.io.out.write(`${JSON.stringify(body, null, 2)}\n`)
    return doctorError.exitCode
  }
  const style = deps.io.style('err')
  // Ctrl-C is the person's choice, not a fault: one calm line, no "error:".
  if (doctorError.code === 'interrupted') {
    deps.io.err.write(`${message}\n`)
    return doctorError.exitCode
  }
  // An error can echo what came from outside (an argument, an endpoint's error text): shown safely.
  const lines = [`${style.red.bold(t(deps.lang, text('error.label')))}: ${showSafely(message, { multiline: true })}`]
  if (suggestion)
    lines.push(`${style.dim(t(deps.lang, text('hint.label')))}: ${showSafely(suggestion, { multiline: true })}`)
  deps.io.err.write(`${lines.join('\n')}\n`)
  return doctorError.exitCode
}

export function toDoctorError(error: unknown): DoctorError {
  // viem wraps what a transport throws (UnknownRpcError …): our own error may sit deeper in the chain.
  const ours = walkCauses(error, (e) => e instanceof DoctorError)
  if (ours instanceof DoctorError) return ours
  if (error instanceof CommanderError) {
    // commander prints nothing itself (see cli.ts); its message becomes ours, in the user's language.
    return new DoctorError({
      code: 'input.usage',
      message: commanderText(error),
      suggestion: text('hint.help'),
      exitCode: ExitCode.invalidInput,
      cause: error,
    })
  }
  if (isPromptExit(error)) {
    return new DoctorError({
      code: 'interrupted',
      message: text('error.interrupted'),
      exitCode: ExitCode.interrupted,
      cause: error,
    })
  }
  return internalError(error instanceof Error ? error.message : String(error), error)
}

/** @inquirer/prompts rejects with ExitPromptError when the user presses Ctrl-C. */
const isPromptExit = (error: unknown) => error instanceof Error && error.name === 'ExitPromptError'
