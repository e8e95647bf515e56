import { isUnreadableReason, type UnreadableReason } from '../findings/bridge-data.js'
import { text } from '../i18n/text.js'
import { DoctorError, ExitCode } from './doctor-error.js'

const PREFIX = 'bridge.'

/**
 * A bridge follow-up that cannot tell (src/evidence/bridges): never shown as an error — the
 * follow-up's caller turns it into an `unreadable` outcome with the reason, which the finding says
 * in the reader's language. `details` says what exactly, in English, for whoever debugs it.
 */
export const bridgeUnreadableError = (reason: UnreadableReason, details: string, cause?: unknown) =>
  new DoctorError({
    code: `${PREFIX}${reason}`,
    message: text('error.bridgeUnreadable'),
    details,
    exitCode: ExitCode.couldNotLook,
    cause,
  })

/** The reason a `bridgeUnreadableError` carries, or undefined for any other error. */
export function unreadableReasonOf(error: unknown): UnreadableReason | undefined {
  if (!(error instanceof DoctorError) || !error.code.startsWith(PREFIX)) return undefined
  const reason = error.code.slice(PREFIX.length)
  return isUnreadableReason(reason) ? reason : undefined
}
