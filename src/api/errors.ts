import { toDoctorError } from '../errors/handle-error.js'
import type { Lang } from '../i18n/catalog.js'
import { t } from '../i18n/translate.js'
import { redact } from '../redact/redact.js'
import { abortedError } from '../errors/rpc-errors.js'

/**
 * The one error the library throws. `code` and `exitCode` are the CLI's (README, "Exit codes"):
 * 2 bad input, 3 could not look. The message and suggestion are in the language asked for and
 * have been through redaction, like every error the CLI prints.
 */
export class SupportDoctorError extends Error {
  override name = 'SupportDoctorError'
  readonly code: string
  readonly exitCode: number
  readonly suggestion: string | undefined

  constructor(args: { code: string; message: string; exitCode: number; suggestion?: string; cause?: unknown }) {
    super(args.message, { cause: args.cause })
    this.code = args.code
    this.exitCode = args.exitCode
    this.suggestion = args.suggestion
  }

  /** The JSON error object the CLI prints with `--json` (schema/error.schema.json). */
  toJSON() {
    return {
      schemaVersion: 1 as const,
      error: { code: this.code, message: this.message, ...(this.suggestion ? { suggestion: this.suggestion } : {}) },
    }
  }
}

/** Anything thrown inside (a DoctorError, a viem error wrapping one, a bug) as the library's error. */
export function toLibraryError(error: unknown, lang: Lang): SupportDoctorError {
  if (error instanceof SupportDoctorError) return error
  const doctor = toDoctorError(error)
  const details = doctor.code === 'internal' && doctor.details ? ` (${doctor.details})` : ''
  return new SupportDoctorError({
    code: doctor.code,
    message: redact(t(lang, doctor.text) + details),
    exitCode: doctor.exitCode,
    ...(doctor.suggestion ? { suggestion: redact(t(lang, doctor.suggestion)) } : {}),
    cause: error,
  })
}

/**
 * Settles with `work`, or rejects as soon as `signal` aborts: the caller is not kept waiting for
 * the reads in flight, which the same signal tears down in the endpoint pool (their sockets closed).
 */
export function abortable<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work
  if (signal.aborted) return Promise.reject(abortedError(signal.reason))
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortedError(signal.reason))
    signal.addEventListener('abort', onAbort, { once: true })
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}
