import { redactionKinds, type RedactionKind } from './kinds.js'
import { StreamingRedactor } from './redact-stream.js'
import type { ScanOptions } from './scanner.js'
import { Utf8Chunks } from './utf8-chunks.js'

/**
 * Input is handed to the redactor at most this much at a time, however large the chunks it comes
 * in (a file is read 256 KB at a time): with the redactor's window the text of each step of an
 * ASCII log stays under the size V8 puts in its large-object space (see redact-stream.ts), and
 * each step's result is given out on its own for the same reason. On a 20 MB log this halved a `redact`.
 */
const PIECE = 32 * 1024

/** How many of each kind were removed: kinds with none are left out (the `removed` of `redact --json`). */
export type RemovedCounts = Partial<Record<RedactionKind, number>>

/** The counts `--json` prints, in the order of redactionKinds: kinds with none are left out. */
export const countsOf = (removed: RemovedCounts): RemovedCounts =>
  Object.fromEntries(redactionKinds.filter((k) => removed[k]).map((k) => [k, removed[k]]))

/**
 * Text of any length redacted in constant memory, as it comes: iterate it for the redacted pieces
 * (never an empty one); `removed` holds the counts so far, all of them once iteration has ended.
 * The options are settled when iteration starts (a config file may have to be read first), so a
 * bad option surfaces at the first step, before anything is given out. No zod, no commander: the
 * `redact` command's light entry (src/redact-cli.ts) runs it too.
 */
export class RedactingStream implements AsyncIterable<string> {
  private redactor: StreamingRedactor | undefined

  constructor(
    private readonly source: AsyncIterable<string | Uint8Array>,
    private readonly settings: () => ScanOptions | Promise<ScanOptions>,
  ) {}

  get removed(): RemovedCounts {
    return countsOf(this.redactor?.removed ?? {})
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<string, void, undefined> {
    const redactor = (this.redactor = new StreamingRedactor(await this.settings()))
    // Bytes are decoded as a stream: a character split across two chunks is not mangled.
    const decoder = new Utf8Chunks()
    for await (const chunk of this.source) {
      for (let at = 0; at < chunk.length; at += PIECE) {
        const piece =
          typeof chunk === 'string' ? chunk.slice(at, at + PIECE) : decoder.decode(chunk.subarray(at, at + PIECE))
        const clean = redactor.push(piece)
        if (clean) yield clean
      }
    }
    const tail = decoder.end()
    const rest = (tail ? redactor.push(tail) : '') + redactor.end()
    if (rest) yield rest
  }
}
