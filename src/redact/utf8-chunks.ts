import { Buffer, isAscii } from 'node:buffer'

/**
 * UTF-8 bytes to text as they come, a chunk at a time, a character split between two chunks kept
 * whole. Logs are mostly ASCII, and an ASCII chunk read as Latin-1 gives the same characters with a
 * plain copy: Node's UTF-8 decoding was ~5% of a `redact` on a 20 MB log (a CPU profile), the check
 * and copy a tenth of that. Any other chunk, or one right after a chunk that ended inside a
 * character, goes through the streaming decoder.
 */
export class Utf8Chunks {
  // ignoreBOM: a byte-order mark is text like any other here (the redacted copy keeps it), and one
  // in the middle of a file must not be taken for the start of a stream after ASCII chunks went past.
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true })
  /** The input so far may end inside a character (the decoder holds its first bytes). */
  private pending = false
  /** The last bytes through the decoder since it last held nothing: a character may have begun in an earlier chunk. */
  private tail: readonly number[] = []

  decode(chunk: Uint8Array): string {
    if (!this.pending && isAscii(chunk)) {
      this.tail = []
      return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1')
    }
    const last = [...this.tail, ...chunk.subarray(Math.max(0, chunk.length - 4))]
    this.pending = endsInsideCharacter(last)
    this.tail = last.slice(-3)
    return this.decoder.decode(chunk, { stream: true })
  }

  /** What the decoder still holds once the input has ended (a cut-off character, as U+FFFD). */
  end(): string {
    return this.decoder.decode()
  }
}

/**
 * Whether the bytes end with the start of a character whose other bytes have not come. It may say
 * yes where the decoder holds nothing (a malformed sequence): that only costs the next chunk the
 * fast path. It never says no where the decoder holds bytes.
 */
export function endsInsideCharacter(bytes: ArrayLike<number>): boolean {
  // A character is at most 4 bytes: its lead byte is among the last four or the chunk ends between characters.
  for (let back = 1; back <= Math.min(4, bytes.length); back++) {
    const byte = bytes[bytes.length - back] as number
    if ((byte & 0xc0) === 0x80) continue // a continuation byte: the lead is further back
    const length = byte < 0x80 ? 1 : byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1
    return back < length
  }
  return false
}
