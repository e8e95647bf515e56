import { SECRET_KINDS, type RedactionKind } from './kinds.js'

/** One removal: text[start, end) becomes `replacement`. */
export type Span = { start: number; end: number; kind: RedactionKind; replacement: string }
/**
 * Where detectors put what they find: the scan itself, called as a method. One target for every
 * call site, whichever scan (each chunk of a stream has its own): a closure per scan was a new
 * call target per chunk, and V8 threw the optimised scanner away for it.
 */
export type SpanSink = { emit(start: number, end: number, kind: RedactionKind, replacement: string): void }

/**
 * Sorted, non-overlapping spans. Detectors may find overlapping things (a `password:` line that
 * holds a recovery phrase, a key inside a `KEY=` line): the union is removed, and it is named
 * after the wallet secret when there is one, so the warning about secrets is never lost.
 */
export function settle(spans: Span[]): Span[] {
  if (spans.length < 2) return spans
  const sorted = spans.every((s, i) => i === 0 || (spans[i - 1] as Span).start <= s.start)
    ? spans
    : [...spans].sort((a, b) => a.start - b.start)
  const out: Span[] = []
  for (const span of sorted) {
    const last = out.at(-1)
    if (!last || span.start >= last.end) {
      out.push(span) // the scanner's own objects: merged in place, no copy per span
      continue
    }
    const wins = !SECRET_KINDS.has(last.kind) && SECRET_KINDS.has(span.kind)
    if (wins) Object.assign(last, { kind: span.kind, replacement: span.replacement })
    last.end = Math.max(last.end, span.end)
  }
  return out
}

/** text with the spans in [from, to) replaced. */
export function applySpans(text: string, spans: readonly Span[], from = 0, to = text.length): string {
  let out = ''
  let at = from
  for (const span of spans) {
    if (span.start < from || span.start >= to) continue
    out += text.slice(at, span.start) + span.replacement
    at = span.end
  }
  return out + text.slice(at, to)
}
