import type { RedactionKind } from './kinds.js'
import { scan, type ScanOptions } from './scanner.js'
import { applySpans, settle } from './spans.js'

/**
 * The engine over a stream, in constant memory: a 1 GB log goes through in chunks. Each chunk is
 * scanned with what came before it, and text is given out only up to a cut from where nothing
 * can still change: a line start at least WINDOW before the end of what has arrived, and before
 * any phrase still going on or removal crossing it — so a phrase written across the boundary of
 * two chunks is found whole. What is held back is scanned again with the next chunk.
 */
const WINDOW = 48 * 1024
/**
 * Text scanned and given out at each flush. With the window, the context and one piece of input
 * (RedactingStream hands over 32 KB at a time) the joined text of a log in ASCII or Latin-1 stays
 * under 128 KB: V8 puts a larger string in its large-object space, on pages of its own mapped
 * afresh each time — cutting 20 MB into such strings measured ~130 ms, into strings under the
 * limit ~3 ms. (Text beyond Latin-1 takes two bytes a character and passes the limit; so does
 * text held back, below.) What crosses a space or a line without holding the cut back (a Solana
 * key array, a key split over lines, a label's value) is a few KB at most, well inside the window.
 */
const STEP = 32 * 1024
/** Text before the cut kept as context only (the label before a 64-hex value, a JSON field name). */
const CONTEXT = 1024
/** A run that never ends (a whole word list pasted) is cut anyway: memory stays bounded. */
const MAX_HELD = 4 * 1024 * 1024

export class StreamingRedactor {
  /** Text not given out yet, as it came (joined at the next flush), and its length. */
  private pieces: string[] = []
  private held = 0
  /** How much must be held before the next flush (nextFlushAt). */
  private flushAt = WINDOW + STEP
  private context = ''
  readonly removed: Partial<Record<RedactionKind, number>> = {}
  /** Characters scanned so far, text held back counted each time it is scanned again (for the tests). */
  scanned = 0

  constructor(private readonly options: ScanOptions = {}) {}

  /** Takes the next piece of text; returns the redacted text that is final so far (often ''). */
  push(chunk: string): string {
    if (chunk.length === 0) return ''
    this.pieces.push(chunk)
    this.held += chunk.length
    return this.held < this.flushAt ? '' : this.flush(false)
  }

  /** The rest, once the input has ended. */
  end(): string {
    return this.flush(true)
  }

  private flush(final: boolean): string {
    // Joined, not concatenated: a join makes one flat string, where `+` makes a rope (and slices of
    // it) that every charCodeAt of the scan would have to look through — measured, the scan of a
    // stream ran at half the speed of the same text read whole.
    this.pieces.unshift(this.context)
    const text = this.pieces.join('')
    const from = this.context.length
    const limit = final ? text.length : text.length - WINDOW
    const found = scan(text, this.options, from, limit)
    this.scanned += limit - from
    const spans = settle(found.spans)
    let cut = text.length
    if (!final) {
      cut = cutBefore(text, limit, from)
      if (found.openStart >= 0 && found.openStart < cut && limit - found.openStart < MAX_HELD)
        cut = cutBefore(text, found.openStart, from)
      // Spans are sorted and apart: one walk back finds every span that a cut, once moved, crosses.
      for (let k = spans.length - 1; k >= 0; k--) {
        const span = spans[k] as (typeof spans)[number]
        if (span.start < cut && span.end > cut) cut = cutBefore(text, span.start, from)
      }
      if (cut <= from) {
        if (this.held < MAX_HELD) {
          this.pieces = [text.slice(from)]
          this.flushAt = nextFlushAt(this.held)
          return ''
        }
        cut = limit - (isHighSurrogate(text.charCodeAt(limit - 1)) ? 1 : 0) // one endless line: cut anyway
      }
    }
    const done = spans.filter((s) => s.start >= from && s.start < cut && s.end <= cut)
    for (const span of done) this.removed[span.kind] = (this.removed[span.kind] ?? 0) + 1
    const out = applySpans(text, done, from, cut)
    this.pieces = cut < text.length ? [text.slice(cut)] : []
    this.held = text.length - cut
    this.flushAt = nextFlushAt(this.held)
    this.context = text.slice(Math.max(0, cut - CONTEXT), cut)
    return out
  }
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff

/**
 * What is held after a flush is scanned again at the next one. Usually that is the window; when no
 * cut could be made, or only one far back (a line without a break, a phrase still going on), it is
 * much more, and the next flush waits until it has grown by half: a long line stays linear, where a
 * flush at every piece made a 20 MB line without breaks take ~8× as long.
 */
const nextFlushAt = (held: number) => Math.min(MAX_HELD, Math.max(WINDOW + STEP, Math.floor(held * 1.5)))

/**
 * The start of the line holding `position`; for a line longer than 4 KB, the place after the last
 * white space before it (a search bounded so a log without line breaks costs no more); `floor` if none.
 */
function cutBefore(text: string, position: number, floor: number): number {
  let space = -1
  for (let k = position - 1; k >= floor && k > position - 4096; k--) {
    const code = text.charCodeAt(k)
    if (code === 0x0a) return k + 1
    if (space < 0 && code <= 0x20) space = k + 1
  }
  return space > floor ? space : floor
}
