import { createReadStream } from 'node:fs'
import type { Config } from '../config/schema.js'
import { inputError } from '../errors/doctor-error.js'
import { readFileError } from '../errors/input-errors.js'
import type { Lang } from '../i18n/catalog.js'
import { text } from '../i18n/text.js'
import { translator } from '../i18n/translate.js'
import type { IOStreams } from '../io/iostreams.js'
import type { RedactOptions } from '../redact/redact.js'
import { RedactingStream } from '../redact/redacting-stream.js'
import { openOutputStream } from '../ui/write-output.js'

/**
 * What `redact` does once its options are settled, shared by the command (src/commands/redact.ts,
 * under commander) and the light entry bin/support-doctor.js takes for a plain `redact` call
 * (src/redact-cli.ts): one body, so both print the same bytes. No zod, no commander, no viem.
 */
export type RedactRun = {
  /** The file to read; undefined or `-` for stdin. */
  file: string | undefined
  /** `--out`: a file written beside and renamed over when complete. */
  out: string | undefined
  /** `--json`: the text as one JSON string, with the counts. */
  json: boolean
  /** The language of the summary on stderr. */
  lang: Lang
}

/** The engine's options from kept hashes already checked and lower-cased (`hashSchema`'s output). */
export const engineSettings = (keep: readonly string[], redactAddresses: boolean, config: Config): RedactOptions => ({
  knownHashes: new Set(keep),
  shortenAddresses: redactAddresses || config.redact?.addresses === true,
})

/**
 * Redacts the input to the output, streamed: a 1 GB log goes through in constant memory; --json
 * writes the text as one JSON string. Errors are thrown (the caller's handleError prints them).
 */
export async function runRedact(
  run: RedactRun,
  settings: () => RedactOptions | Promise<RedactOptions>,
  io: Pick<IOStreams, 'in' | 'inIsTTY' | 'out' | 'err'>,
): Promise<void> {
  const redacted = new RedactingStream(readInput(run.file, io), settings)
  const pieces = redacted[Symbol.asyncIterator]()
  let next = await pieces.next() // a missing or unreadable file fails here, before any output
  const output = await openOutputStream(run.out, io)
  try {
    if (run.json) await output.write('{\n  "schemaVersion": 1,\n  "text": "')
    for (; !next.done; next = await pieces.next())
      await output.write(run.json ? JSON.stringify(next.value).slice(1, -1) : next.value)
    const counts = redacted.removed
    if (run.json) await output.write(`",\n  "removed": ${JSON.stringify(counts, null, 2).replace(/\n/g, '\n  ')}\n}\n`)
    await output.finish()
    // A summary for the person, on stderr so the redacted text on stdout stays pipeable.
    if (!run.json) {
      const sayIn = translator(run.lang)
      const summary = Object.entries(counts).map(
        ([kind, n]) => `${sayIn(`redaction.${kind}` as 'redaction.email')} ×${n}`,
      )
      io.err.write(
        `${summary.length ? sayIn('redact.summary', { list: summary.join(', ') }) : sayIn('redact.nothing')}\n`,
      )
      if (counts['private-key']) io.err.write(`${sayIn('redact.hashHint')}\n`)
    }
  } catch (error) {
    await output.abort()
    throw error
  }
}

/**
 * The input as byte chunks (the engine's stream decodes them): the file, read 256 KB at a time
 * (measured against 1 MB on a 20 MB log: ~9% less CPU and ~30 MB less at the peak, the same with
 * 128 KB), or stdin; unreadable is an input error.
 */
async function* readInput(
  file: string | undefined,
  io: Pick<IOStreams, 'in' | 'inIsTTY'>,
): AsyncGenerator<string | Uint8Array> {
  if ((!file || file === '-') && io.inIsTTY)
    throw inputError('input.file', text('error.redactNoInput'), text('hint.help'))
  const stream = file && file !== '-' ? createReadStream(file, { highWaterMark: 256 * 1024 }) : io.in
  try {
    for await (const chunk of stream) yield chunk as string | Uint8Array
  } catch (cause) {
    throw readFileError(file ?? '-', (cause as NodeJS.ErrnoException).code ?? 'unreadable', cause)
  }
}
