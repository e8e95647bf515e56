/**
 * Text that came from outside — token names and symbols, revert reasons, decoded strings, endpoint
 * error texts, the user's own words — is hostile until shown otherwise: a terminal obeys escape
 * sequences in it (OSC 52 writes the clipboard, cursor-up + erase rewrites "Failed" as
 * "Confirmed", clear-screen), bidi overrides reorder what a reader sees, and a markdown renderer
 * turns it into links and HTML. Every renderer of text or markdown shows strings through these
 * functions. JSON is data: it keeps the exact strings (JSON.stringify already escapes C0 control
 * characters; a consumer that displays them must do its own escaping).
 */

/** C0 and C1 control characters and DEL, except the newline (kept only where text may span lines). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g
/** Bidirectional overrides, embeddings, isolates and marks, and zero-width/BOM characters that hide text. */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g

/** Strings longer than this are cut in text and markdown (the JSON keeps them whole). */
export const MAX_SHOWN_CHARS = 2000

const escapeCode = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`

/** Control characters and bidi overrides shown as `\u001b`, newlines too unless `multiline`, and a cut. */
export function showSafely(value: string, { multiline = false }: { multiline?: boolean } = {}): string {
  let shown = value.replace(CONTROL, escapeCode).replace(INVISIBLE, escapeCode)
  if (!multiline) shown = shown.replace(/\n/g, escapeCode)
  return shown.length > MAX_SHOWN_CHARS
    ? `${shown.slice(0, MAX_SHOWN_CHARS)}… [${shown.length - MAX_SHOWN_CHARS} more characters cut]`
    : shown
}

/** Markdown and HTML made literal: no link, image, emphasis, code span, table cell or tag can be formed. */
export function escapeMarkdown(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+!|~]/g, (c) => `\\${c}`)
}

/** A deep copy with every string shown safely; `multilineKeys` name the fields that may span lines. */
export function sanitiseStrings<T>(value: T, multilineKeys: ReadonlySet<string> = new Set(), key = ''): T {
  if (typeof value === 'string') return showSafely(value, { multiline: multilineKeys.has(key) }) as T
  if (Array.isArray(value)) return (value as unknown[]).map((v) => sanitiseStrings(v, multilineKeys, key)) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sanitiseStrings(v, multilineKeys, k)])) as T
  }
  return value
}
