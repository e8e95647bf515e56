import { text } from '../i18n/text.js'
import { DoctorError, ExitCode } from './doctor-error.js'

/** Errors of the network: the tool could not look (exit 3), never the user's fault. */

/** What went wrong with one endpoint, as the error names it: its label and its fault (English data). */
export type EndpointFault = { endpoint: string; reason: string }

/**
 * Endpoints were there, but none answered correctly for any chain searched. `faults` name them and
 * what each did (a 429, HTML, a dropped connection): "check your network" alone hid the cause.
 */
export const noEndpointAnsweredError = (faults: readonly EndpointFault[] = [], cause?: unknown) =>
  new DoctorError({
    code: 'rpc.unreachable',
    message: text('error.noEndpointAnswered', { faults: faults.map(({ endpoint, reason }) => ({ endpoint, reason })) }),
    suggestion: text('hint.rpcFlag'),
    exitCode: ExitCode.couldNotLook,
    cause,
  })

/** Every endpoint of one chain failed for a call. */
export const chainUnreachableError = (chainId: number, cause?: unknown) =>
  new DoctorError({
    code: 'rpc.unreachable',
    message: text('error.chainUnreachable', { chainId }),
    suggestion: text('hint.rpcFlag'),
    exitCode: ExitCode.couldNotLook,
    cause,
  })

/**
 * The whole network part of a command ran past `--timeout`. `ownBesidePublic`: the user's own
 * endpoints were asked with the public ones, which are what hangs on a network that cannot reach them.
 */
export const deadlineError = (ms: number, ownBesidePublic = false) =>
  new DoctorError({
    code: 'rpc.deadline',
    message: text('error.deadline', { ms }),
    suggestion: text(ownBesidePublic ? 'hint.timeoutOwnEndpoints' : 'hint.timeout'),
    exitCode: ExitCode.couldNotLook,
  })

/** A method outside the read-only allow-list: the tool never sends it anywhere. */
export const methodRefusedError = (method: string) =>
  new DoctorError({
    code: 'rpc.method-refused',
    message: text('error.methodRefused', { method }),
    exitCode: ExitCode.couldNotLook,
  })

/** The caller (a library user's AbortSignal) gave up before an answer came. */
export const abortedError = (cause: unknown) =>
  new DoctorError({ code: 'aborted', message: text('error.aborted'), exitCode: ExitCode.couldNotLook, cause })
