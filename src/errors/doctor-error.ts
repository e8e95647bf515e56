import type { Text } from '../i18n/text.js'
import { t } from '../i18n/translate.js'

/** Exit codes are a public contract (README, "Exit codes"): scripts branch on them. */
export const ExitCode = {
  ok: 0,
  problemFound: 1,
  invalidInput: 2,
  couldNotLook: 3,
  interrupted: 130,
} as const
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]

export type DoctorErrorArgs = {
  /** Stable, machine-readable code: appears as `error.code` in `--json` output. */
  code: string
  message: Text
  exitCode: ExitCode
  details?: string | undefined
  suggestion?: Text | undefined
  cause?: unknown
}

/**
 * The one error type of the tool, shaped like viem's BaseError: a short message, optional
 * details, the cause, plus what a CLI needs on top — the exit code and a suggestion.
 * The message is kept as a catalog key so the handler can render it in the user's language.
 */
export class DoctorError extends Error {
  override name = 'DoctorError'
  readonly code: string
  readonly text: Text
  readonly exitCode: ExitCode
  readonly details: string | undefined
  readonly suggestion: Text | undefined

  constructor(args: DoctorErrorArgs) {
    super(t('en', args.message), { cause: args.cause })
    this.code = args.code
    this.text = args.message
    this.exitCode = args.exitCode
    this.details = args.details
    this.suggestion = args.suggestion
  }

  /** Walks the cause chain like viem's `BaseError.walk`: the first cause matching `fn`, or the deepest. */
  walk(fn?: (error: unknown) => boolean): unknown {
    return walkCauses(this, fn)
  }
}

export function walkCauses(error: unknown, fn?: (error: unknown) => boolean): unknown {
  let current: unknown = error
  for (let depth = 0; depth < 32; depth++) {
    if (fn?.(current)) return current
    const next = current instanceof Error ? current.cause : undefined
    if (next === undefined) return fn ? null : current
    current = next
  }
  return fn ? null : current
}

export const inputError = (code: string, message: Text, suggestion?: Text, cause?: unknown) =>
  new DoctorError({ code, message, suggestion, cause, exitCode: ExitCode.invalidInput })
