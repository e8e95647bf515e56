import type { Say } from '../i18n/translate.js'
import { ExitCode } from './doctor-error.js'

/**
 * Ctrl-C while a command works (a prompt handles its own): the same calm line as at a prompt, in
 * the user's language, and 130. Only for the real process (`active`), not a test's in-process run.
 * Returns what takes the handler off again once the command is done.
 */
export function stopCalmlyOnInterrupt(
  err: { write: (text: string) => unknown },
  say: Say,
  active: boolean,
): () => void {
  const stop = () => {
    err.write(`\n${say('error.interrupted')}\n`)
    process.exit(ExitCode.interrupted)
  }
  if (active) process.once('SIGINT', stop)
  return () => process.removeListener('SIGINT', stop)
}
