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
    // Looked for within the value's bound only: text full of unclosed quotes costs a constant per label.
    const close = text.slice(valueStart, valueStart + MAX_VALUE).indexOf(open)
    valueEnd = close < 0 ? lineEnd(text, valueStart) : valueStart + close
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
 * required"): as the first word after "is", they leave the sentence alone.
 */
const NOT_A_PASSWORD = new Set([
  'a',
  'an',
  'not',
  'too',
  'wrong',
  'incorrect',
  'invalid',
  'required',
  'needed',
  'missing',
  'empty',
  'expired',
  'changed',
  'reset',
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

/** Words between "is" and the password that are not it: "is now X", "was set to X", "is still X". */
const FILLER = /^(?:(?:now|still|also|currently|just|set|changed|the|my|to|:)[ \t]+|[:：、,][ \t]*)/i

/** Longest password said in a sentence: the rest of the clause, as a passphrase has spaces. */
const MAX_PROSE_VALUE = 96

/**
 * A password said in a sentence: "my password is hunter2", "pwd was set to Tr0ub4dor&3", "my
 * password is correct horse battery staple", "パスワードは、ａｂｃ１２３です". `end` is just after the
 * label word and the verb ("is", "was", "は"). The value is the quoted text, or the rest of the
 * clause — to a line break, or a sentence mark followed by a space, at most 96 characters: a
 * passphrase has spaces, and removing a few words too many is the safe side. Nothing is removed when
 * the first word describes a password ("is required"). Every scan here is bounded: hostile text full
 * of "パスワードは「" costs a constant per label.
 */
export function passwordInProse(text: string, end: number, sink: SpanSink): void {
  let i = end
  for (let skipped = 0; skipped < 4; skipped++) {
    while (text[i] === ' ' || text[i] === '\t') i++
    const filler = FILLER.exec(text.slice(i, i + 12))
    if (!filler) break
    i += filler[0].length
  }
  const limit = Math.min(text.length, i + MAX_PROSE_VALUE)
  const open = text[i]
  let valueStart = i
  let valueEnd = -1
  if (open === '"' || open === "'" || open === '「') {
    const close = open === '「' ? '」' : open
    for (let k = i + 1; k < limit && text.charCodeAt(k) !== 0x0a; k++) {
      if (text[k] === close) {
        valueStart = i + 1
        valueEnd = k
        break
      }
    }
  }
  // Unquoted, or a quote not closed within the bound: the clause, from where the value starts.
  if (valueEnd < 0) {
    valueEnd = valueStart
    while (valueEnd < limit && !clauseEnds(text, valueEnd)) valueEnd++
    while (valueEnd > valueStart && /\s/.test(text[valueEnd - 1] as string)) valueEnd--
  }
  const value = text.slice(valueStart, valueEnd)
  const firstWord = (/^[^\s.,;!?。、]+/.exec(value)?.[0] ?? '').toLowerCase()
  if (value.length === 0 || value.startsWith('[redacted') || NOT_A_PASSWORD.has(firstWord)) return
  sink.emit(valueStart, valueEnd, 'password', '[redacted: password]')
}

/**
 * Where a clause said after "password is" ends: a line break (or a JSON `\n`), Japanese around the
 * value (です, 。, 、 — kana and kanji, not the full-width letters an IME types), or the space after
 * a sentence mark ("hunter2. Thanks", "Hunter2! and"). The mark itself goes with the value: it may
 * be the password's last character.
 */
function clauseEnds(text: string, at: number): boolean {
  const c = text.charCodeAt(at)
  if (c === 0x0a || c === 0x0d || (c === 0x5c && text.charCodeAt(at + 1) === 0x6e)) return true
  if (c >= 0x3000 && !(c >= 0xff01 && c <= 0xff5e)) return true
  if (c === 0x20 || c === 0x09) {
    const before = text.charCodeAt(at - 1)
    return before === 0x2e || before === 0x2c || before === 0x3b || before === 0x21 || before === 0x3f
  }
  return false
}

/** After a password label word ending at `end`: where its value starts when a sentence says it ("… is", "… was"), else -1. */
export function proseVerbEnd(text: string, end: number): number {
  let i = end
  while (text[i] === ' ' || text[i] === '\t') i++
  const verb = /^(?:is|was)(?=[ \t:])/i.exec(text.slice(i, i + 4))
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
