import { text } from '../i18n/text.js'
import { DoctorError, ExitCode } from './doctor-error.js'

/** A bug of ours: said as one line with a request to report it, never a stack trace. */
export const internalError = (details: string, cause?: unknown) =>
  new DoctorError({
    code: 'internal',
    message: text('error.internal'),
    details,
    suggestion: text('hint.bug'),
    exitCode: ExitCode.couldNotLook,
    cause,
  })
