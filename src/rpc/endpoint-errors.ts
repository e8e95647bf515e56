import { HttpRequestError } from 'viem'
import { DoctorError, walkCauses } from '../errors/doctor-error.js'
import { faultWords, httpStatusWords, redirectWords } from '../findings/fault-words.js'

/**
 * What went wrong with one HTTP exchange, in the words the report uses. `connection` (refused,
 * reset, cut off mid-answer) may clear up on its own; the others will not by asking again, except
 * a 429 or 5xx status.
 */
export type HttpFault =
  | { kind: 'connection' }
  | { kind: 'status'; status: number; retryAfter: string | undefined }
  | { kind: 'redirect'; status: number; toAnotherHost: boolean }
  | { kind: 'too-large' }
  | { kind: 'invalid-answer'; detail: string }

/**
 * An endpoint fault below JSON-RPC, shaped as viem's HttpRequestError (so viem's actions and the
 * fault classification treat it as one) with the fault kept as data. `url` is the display label:
 * no key or password from the URL travels in an error.
 */
export class EndpointHttpError extends HttpRequestError {
  readonly fault: HttpFault

  constructor(fault: HttpFault, label: string, cause?: Error) {
    super({
      url: label,
      status: fault.kind === 'status' || fault.kind === 'redirect' ? fault.status : undefined,
      details: describeHttpFault(fault),
      cause,
    })
    this.fault = fault
  }
}

/** One line, no URL: the reason shown in the report and by `support-doctor rpc`. */
export function describeHttpFault(fault: HttpFault): string {
  switch (fault.kind) {
    case 'connection':
      return faultWords.connectionFailed
    case 'status':
      return httpStatusWords(fault.status)
    case 'redirect':
      return redirectWords(fault.status, fault.toAnotherHost)
    case 'too-large':
      return faultWords.tooLarge
    case 'invalid-answer':
      return faultWords.invalidAnswer
  }
}

/** The caller's AbortSignal ended the exchange (postJson's `aborted` error, however viem wrapped it). */
export const isAborted = (error: unknown): boolean =>
  walkCauses(error, (e) => e instanceof DoctorError && e.code === 'aborted') !== null
