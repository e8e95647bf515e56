import { SECRET_KINDS, type RedactionKind } from './kinds.js'
import { scan, type ScanOptions } from './scanner.js'
import { applySpans, settle, type Span } from './spans.js'

export { redactionKinds, SECRET_KINDS, type RedactionKind } from './kinds.js'
export { shortAddress } from './scanner.js'

export type RedactOptions = ScanOptions

export type RedactionResult = { text: string; removed: Partial<Record<RedactionKind, number>> }

/** How many of each kind the spans remove. */
export function countKinds(spans: readonly Span[], into: RedactionResult['removed'] = {}): RedactionResult['removed'] {
  for (const span of spans) into[span.kind] = (into[span.kind] ?? 0) + 1
  return into
}

/**
 * The second pass over every free-text field and every error message, and the `redact` command's
 * engine (which streams: see redact-stream.ts). One scan finds everything; each removal leaves a
 * placeholder that says what was removed. Addresses, amounts, versions, dates, public chain data
 * and ordinary prose stay: over-redaction would cost support the facts it needs. Never throws:
 * whatever comes in, something safe goes out.
 */
export function redactText(input: string, options: RedactOptions = {}): RedactionResult {
  const text = typeof input === 'string' ? input : String(input)
  try {
    const spans = settle(scan(text, options).spans)
    return { text: applySpans(text, spans), removed: countKinds(spans) }
  } catch {
    // A bug in a detector must not let the text through unchecked: nothing of it goes out.
    return { text: '[redacted: text that could not be checked]', removed: {} }
  }
}

export const redact = (input: string, options?: RedactOptions) => redactText(input, options).text

/** Whether `text` holds a secret of the kinds nobody may ask for. */
export function containsSecret(text: string, options: Pick<RedactOptions, 'knownHashes'> = {}): boolean {
  const { removed } = redactText(text, options)
  return Object.keys(removed).some((kind) => SECRET_KINDS.has(kind as RedactionKind))
}
