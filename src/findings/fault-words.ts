/**
 * The words an endpoint's fault is reported in: English, as data (`rpc.unreachable`'s `reason`,
 * `rpc`'s `problem`, logs). Every one is made here, so each language can word them all
 * (src/i18n/fault-reason-ja.ts); a Japanese report never shows these as they are.
 */
export const faultWords = {
  timedOut: 'timed out',
  connectionFailed: 'connection failed',
  tooLarge: 'answer too large',
  invalidAnswer: 'invalid answer',
  malformedAnswer: 'malformed answer',
  anotherTransaction: 'answered another transaction',
  anotherReceipt: 'answered another receipt',
  anotherBlock: 'answered another block',
  wrongChainId: 'wrong chain id',
  tooSlow: 'too slow: left out of the comparison',
} as const

export const httpStatusWords = (status: number) => `HTTP ${status}`

/** The target is never named: it is the endpoint's word, and may carry credentials. */
export const redirectWords = (status: number, toAnotherHost: boolean) =>
  `HTTP ${status}: redirects ${toAnotherHost ? 'to another host' : 'elsewhere'} (not followed)`

export const jsonRpcErrorWords = (code: number) => `JSON-RPC error ${code}`

/** An endpoint that refuses one method (an archive read, a trace) while it answers the rest. */
export const refusedWords = (method: string, fault: string) => `refused ${method}: ${fault}`
