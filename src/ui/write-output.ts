import { rename, writeFile } from 'node:fs/promises'
import type { IOStreams } from '../io/iostreams.js'
import { outFileError } from '../errors/input-errors.js'

/**
 * The result goes to stdout, or with `--out` to a file written beside and renamed over, so an
 * interrupted run never leaves half a report where a user expects a whole one.
 */
export async function writeOutput(content: string, out: string | undefined, io: Pick<IOStreams, 'out'>): Promise<void> {
  if (!out) {
    io.out.write(content)
    return
  }
  const temporary = `${out}.${process.pid}.tmp`
  try {
    await writeFile(temporary, content, { mode: 0o600 })
    await rename(temporary, out)
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code ?? 'write failed'
    throw outFileError(out, reason, cause)
  }
}
