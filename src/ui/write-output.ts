import { randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { lstat, rename, rm, unlink, writeFile } from 'node:fs/promises'
import { once } from 'node:events'
import { basename, dirname, join } from 'node:path'
import type { IOStreams } from '../io/iostreams.js'
import { outFileError, outFolderError, outTargetError } from '../errors/input-errors.js'

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
  const temporary = temporaryBeside(out)
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

/**
 * Before anything is looked up: a file to write whose folder does not exist (or is not a folder), or
 * whose target would be refused, is bad input (exit 2, "nothing was looked up") — found now, not
 * after the endpoints were read.
 */
export async function checkOutputTarget(out: string): Promise<void> {
  const folder = await lstat(dirname(out)).catch((cause: NodeJS.ErrnoException) => cause)
  if (folder instanceof Error) {
    if (folder.code === 'ENOENT') throw outFolderError(out, folder)
    throw outFileError(out, folder.code ?? 'unreadable folder', folder)
  }
  if (!folder.isDirectory()) throw outFolderError(out)
  const refusal = await targetRefusal(out)
  if (refusal) throw outTargetError(out, refusal)
}

/** A fresh name beside the target, so the rename stays on one file system. */
const temporaryBeside = (out: string) =>
  join(dirname(out), `.${basename(out)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)

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

export type OutputStream = { write(text: string): Promise<void>; finish(): Promise<void>; abort(): Promise<void> }

/**
 * The same, streamed (`redact` on a 1 GB log): stdout, or with --out a file written beside and
 * renamed over when complete, with the same refusals and the same exclusive temporary file as
 * writeOutput. Writes wait for the stream to drain: memory stays flat however fast the input comes.
 */
export async function openOutputStream(out: string | undefined, io: Pick<IOStreams, 'out'>): Promise<OutputStream> {
  const outError = (cause: unknown) =>
    outFileError(out ?? '-', (cause as NodeJS.ErrnoException).code ?? 'write failed', cause)
  if (out) {
    const refusal = await targetRefusal(out)
    if (refusal) throw outTargetError(out, refusal)
  }
  const temporary = out ? temporaryBeside(out) : ''
  // Up to 1 MB queued before a write waits for the file (the default 16 KB made `redact` wait
  // after every piece of its output): memory stays bounded all the same.
  const stream: NodeJS.WritableStream = out
    ? createWriteStream(temporary, { mode: 0o600, flags: 'wx', highWaterMark: 1024 * 1024 })
    : io.out
  if (out) {
    try {
      await once(stream, 'open')
    } catch (cause) {
      throw outError(cause)
    }
  }
  let failure: unknown
  stream.on('error', (cause: unknown) => (failure ??= cause))
  return {
    async write(chunk) {
      if (failure) throw outError(failure)
      if (!stream.write(chunk)) await once(stream, 'drain')
    },
    async finish() {
      if (!out) return
      await new Promise<void>((resolve, reject) =>
        stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
      )
      if (failure) throw outError(failure)
      try {
        await rename(temporary, out)
      } catch (cause) {
        throw outError(cause)
      }
    },
    async abort() {
      if (!out) return
      stream.end()
      await rm(temporary, { force: true })
    },
  }
}
