import { open, rm, stat } from 'node:fs/promises'

/** A lock older than this belongs to a run that died: it is taken over. */
const STALE_LOCK_MS = 10_000
/** How long a run waits for the lock; the memory is a convenience, so it gives up rather than hang. */
const WAIT_MS = 5_000

/**
 * Runs `work` holding `<file>.lock`, created exclusively (O_EXCL), so that concurrent runs update
 * the memory one at a time and none of them overwrites the others' entries. Returns false when the
 * lock could not be had in time (the update is skipped, never half done).
 */
export async function withFileLock(file: string, work: () => Promise<void>): Promise<boolean> {
  const lock = `${file}.lock`
  const started = Date.now()
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(lock, 'wx', 0o600)
      await handle.close()
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const age = await stat(lock).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      )
      if (age > STALE_LOCK_MS) await rm(lock, { force: true })
      else if (Date.now() - started > WAIT_MS) return false
      else await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * Math.min(attempt + 1, 5)))
    }
  }
  try {
    await work()
    return true
  } finally {
    await rm(lock, { force: true })
  }
}
