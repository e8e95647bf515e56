import type { SpanSink } from './spans.js'

/**
 * Credentials people paste with a curl command, a `.env` file or their notes: JWTs, the values of
 * `Authorization:` and `X-API-Key:` headers, `KEY=` / `TOKEN=` / `SECRET=` / `PASSWORD=` lines and
 * `password:` / `パスワード:` labels, and a password said in a sentence ("my password is …"). The
 * label stays, so support still sees what was there.
 */

/** Label kinds the scanner looks words up as. */
export const LABEL_PASSWORD = 1
export const LABEL_KEYISH = 2
export const LABEL_AUTHORIZATION = 3

export const PASSWORD_WORDS = ['password', 'passwd', 'passphrase', 'pwd']
export const KEYISH_WORDS = ['key', 'token', 'secret', 'apikey', 'privatekey', 'mnemonic', 'credential', 'credentials']
/** Password labels in the scripts people write them in. */
export const OTHER_PASSWORD_WORDS = new Set(['パスワード', '暗証番号', '密码', '密碼', '비밀번호'])

const SCHEMES = /^(?:bearer|basic|token|digest|bot|apikey|api-key)\s+/i

/** A JWT starting at `start` ("eyJ", a JSON header): its end, or -1. Three base64url parts. */
export function jwtEnd(text: string, start: number): number {
  const match = /^eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*/.exec(text.slice(start, start + 16384))
  if (!match) return -1
  const header = match[0].slice(0, match[0].indexOf('.'))
  try {
    const parsed: unknown = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'))
    return typeof parsed === 'object' && parsed !== null && 'alg' in parsed ? start + match[0].length : -1
  } catch {
    return -1
  }
}

/**
 * After a label word at [start, end): a `:` or `=` (after an optional closing quote), and then the
 * value, which is emitted. Returns nothing: the scanner goes on reading the value, so a key or a
 * phrase inside it is still named for what it is.
 */
export function labelValue(text: string, start: number, end: number, label: number, sink: SpanSink): void {
  let i = end
  const quotedLabel = text[start - 1] === '"' || text[start - 1] === "'"
  if (quotedLabel && text[i] === text[start - 1]) i++
  while (text[i] === ' ' || text[i] === '\t') i++
  const separator = text[i]
  if (separator !== ':' && separator !== '=' && separator !== '：') return
  if (text[i + 1] === '/' || text[i + 1] === ':') return // a URL scheme, "key::path"
  const equals = separator === '='
  const compound = text[start - 1] === '-' || text[start - 1] === '_'
  if (label === LABEL_KEYISH && !equals && !compound) return // "key: …" is left to the 64-hex rules
  i++
  while (text[i] === ' ' || text[i] === '\t') i++
  let valueStart = i
  const open = text[i]
  let valueEnd: number
  if (open === '"' || open === "'") {
    valueStart++
    valueEnd = text.indexOf(open, valueStart)
    if (valueEnd < 0 || valueEnd > valueStart + MAX_VALUE) valueEnd = lineEnd(text, valueStart)
  } else if (equals) {
    valueEnd = valueStart
    const limit = Math.min(text.length, valueStart + MAX_VALUE)
    while (valueEnd < limit && !/[\s"'&;,]/.test(text[valueEnd] as string)) valueEnd++
  } else {
    // "password: …" to the end of the line (a passphrase has spaces), or of the quoted header.
    const outerQuote = quoteAround(text, start)
    valueEnd = lineEnd(text, valueStart)
    if (outerQuote) {
      const close = text.slice(valueStart, valueEnd).indexOf(outerQuote) + valueStart
      if (close >= valueStart && close < valueEnd) valueEnd = close
    }
  }
  while (valueEnd > valueStart && /\s/.test(text[valueEnd - 1] as string)) valueEnd--
  if (label === LABEL_AUTHORIZATION) {
    const scheme = SCHEMES.exec(text.slice(valueStart, valueEnd))
    if (scheme) valueStart += scheme[0].length
  }
  const value = text.slice(valueStart, valueEnd)
  if (value.length === 0 || value.startsWith('[redacted') || /^0x[0-9a-fA-F]{40}$/.test(value)) return
  if (label === LABEL_PASSWORD) sink.emit(valueStart, valueEnd, 'password', '[redacted: password]')
  else sink.emit(valueStart, valueEnd, 'credential', '[redacted: credential]')
}

/**
 * Words that describe a password rather than being one ("the password is wrong", "password is
 * required"): after "is", these leave the sentence alone.
 */
const NOT_A_PASSWORD = new Set([
  'a',
  'an',
  'the',
  'my',
  'your',
  'not',
  'now',
  'still',
  'also',
  'too',
  'wrong',
  'incorrect',
  'invalid',
  'correct',
  'right',
  'required',
  'needed',
  'missing',
  'empty',
  'expired',
  'changed',
  'reset',
  'set',
  'weak',
  'strong',
  'same',
  'different',
  'lost',
  'forgotten',
  'saved',
  'stored',
  'ok',
  'fine',
  'it',
  'this',
  'that',
  'what',
])

/**
 * A password said in a sentence: "my password is hunter2", "pwd was Tr0ub4dor", "パスワードは
 * abc123です". `end` is just after the label word and the verb ("is", "was", "は"); the value is
 * the next word (or quoted text), emitted unless it is a word that describes a password.
 */
export function passwordInProse(text: string, end: number, sink: SpanSink): void {
  let i = end
  while (text[i] === ' ' || text[i] === '\t') i++
  const open = text[i]
  let valueStart = i
  let valueEnd: number
  if (open === '"' || open === "'" || open === '「') {
    valueStart++
    const close = text.indexOf(open === '「' ? '」' : open, valueStart)
    if (close < 0 || close > lineEnd(text, valueStart)) return
    valueEnd = close
  } else {
    valueEnd = valueStart
    const limit = Math.min(text.length, valueStart + 256)
    // To white space, or to Japanese text around it (パスワードはabc123です).
    while (valueEnd < limit && !/\s/.test(text[valueEnd] as string) && text.charCodeAt(valueEnd) < 0x3000) valueEnd++
    // Punctuation that ends the sentence rather than the password.
    while (valueEnd > valueStart && /[.,;)]/.test(text[valueEnd - 1] as string)) valueEnd--
  }
  const value = text.slice(valueStart, valueEnd)
  if (value.length === 0 || value.startsWith('[redacted') || NOT_A_PASSWORD.has(value.toLowerCase())) return
  sink.emit(valueStart, valueEnd, 'password', '[redacted: password]')
}

/** After a password label word ending at `end`: where its value starts when a sentence says it ("… is", "… was"), else -1. */
export function proseVerbEnd(text: string, end: number): number {
  let i = end
  while (text[i] === ' ' || text[i] === '\t') i++
  const verb = /^(?:is|was)[ \t]/i.exec(text.slice(i, i + 4))
  return verb ? i + verb[0].length : -1
}

/** A value runs to the end of its line, or 4 KB at most: a single-line log of many megabytes holds many labels. */
const MAX_VALUE = 4096

function lineEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_VALUE)
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x0a) return i
    // A JSON-escaped line ends at its \n escape.
    if (c === 0x5c && text.charCodeAt(i + 1) === 0x6e) return i
  }
  return limit
}

/** The quote a header sits in on its line (`-H "Authorization: …"`), if any. */
function quoteAround(text: string, start: number): string | null {
  for (let i = start - 1; i >= 0 && i > start - 64; i--) {
    const c = text[i]
    if (c === '\n') return null
    if (c === '"' || c === "'") return c
  }
  return null
}
