import { transientFault } from './classify-error.js'

/** Two more tries after a transient fault; the pause doubles, and a Retry-After is honoured up to a cap. */
export const RETRIES = 2
const FIRST_PAUSE_MS = 150
const MAX_PAUSE_MS = 2_000

/**
 * How long to wait before try `attempt + 1` after `error`, or null when it is not worth another
 * try: a fault that is not transient, or the tries are used up.
 */
export function pauseBeforeRetry(error: unknown, attempt: number): number | null {
  const transient = transientFault(error)
  if (!transient || attempt >= RETRIES) return null
  return Math.min(MAX_PAUSE_MS, transient.retryAfterMs ?? FIRST_PAUSE_MS * 2 ** attempt)
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
