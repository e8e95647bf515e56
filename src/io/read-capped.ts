import { open } from 'node:fs/promises'

/** Config and evidence files are small; anything larger is refused before it is parsed (or even read whole). */
export const MAX_INPUT_FILE_BYTES = 4 * 1024 * 1024

export class FileTooLargeError extends Error {
  constructor(
    readonly file: string,
    readonly limit: number,
  ) {
    super(`larger than ${Math.round(limit / 1024 / 1024)} MB`)
  }
}

/**
 * Reads at most `limit` bytes of a file as UTF-8, and throws when there is more. Reading in
 * chunks (never `stat().size`, which is 0 for /dev/zero or a FIFO) keeps memory bounded whatever
 * the path points at.
 */
export async function readCapped(file: string, limit = MAX_INPUT_FILE_BYTES): Promise<string> {
  const handle = await open(file, 'r')
  try {
    const chunks: Buffer[] = []
    let total = 0
    for (;;) {
      const buffer = Buffer.alloc(Math.min(64 * 1024, limit + 1 - total))
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null)
      if (bytesRead === 0) break
      chunks.push(buffer.subarray(0, bytesRead))
      total += bytesRead
      if (total > limit) throw new FileTooLargeError(file, limit)
    }
    return Buffer.concat(chunks).toString('utf8')
  } finally {
    await handle.close()
  }
}
