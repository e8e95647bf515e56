import { randomBytes } from 'node:crypto'
import { lstat, rename, unlink, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { IOStreams } from '../io/iostreams.js'
import { outFileError, outTargetError } from '../errors/input-errors.js'

/**
 * The result goes to stdout, or with `--out` to a file written beside and renamed over, so an
 * interrupted run never leaves half a report where a user expects a whole one. Only a regular
 * file is ever replaced: a directory, a device node (`--out /dev/null` as root), a FIFO or a
 * symbolic link at the target is refused, because renaming over it would destroy or redirect it.
 * The temporary file is created exclusively (never an existing file or link) and always removed.
 */
export async function writeOutput(content: string, out: string | undefined, io: Pick<IOStreams, 'out'>): Promise<void> {
  if (!out) {
    io.out.write(content)
    return
  }
  const refusal = await targetRefusal(out)
  if (refusal) throw outTargetError(out, refusal)
  const temporary = join(dirname(out), `.${basename(out)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  let created = false
  try {
    await writeFile(temporary, content, { mode: 0o600, flag: 'wx' })
    created = true
    await rename(temporary, out)
    created = false
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code ?? 'write failed'
    throw outFileError(out, reason, cause)
  } finally {
    if (created) await unlink(temporary).catch(() => undefined)
  }
}

/** Why the target must not be replaced, or null when it is absent or a regular file. */
async function targetRefusal(out: string): Promise<'symlink' | 'not-regular' | null> {
  try {
    const stat = await lstat(out)
    if (stat.isSymbolicLink()) return 'symlink'
    return stat.isFile() ? null : 'not-regular'
  } catch (cause) {
    // Absent: it will be created. Any other failure shows up, with its code, when writing.
    void cause
    return null
  }
}
