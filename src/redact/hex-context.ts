/**
 * A 64-hex value is a private key or public chain data (a transaction or block hash, a log topic,
 * a data word, a state root, a digest): the same shape. What is written around it decides:
 * - a word saying key (`private`, `secret`, `key`, `seed`, `PRIVATE_KEY=`, `秘密鍵` …) on its line:
 *   removed, always;
 * - a chain-data label — the JSON-RPC field it is the value of (`blockHash`, `topics`, `data`,
 *   `stateRoot` …), an explorer path (`/tx/`, `/block/`), a label such as "tx hash", "TxID",
 *   "トランザクションハッシュ", `sha256:`, the word "tx" or "transaction" right before it — or a
 *   JSON-RPC method that takes a hash: kept;
 * - zero-padded (eight or more zero digits at either end: an ABI-encoded address or amount, a
 *   right-padded string; a random key has that with odds of one in two billion): kept;
 * - nothing: removed, as "possibly a private key" (the safe default).
 */
export type HexVerdict = 'keep' | 'key' | 'unknown'

const KEY_WORDS =
  /(?:^|[^a-z])(?:private|priv|privkey|privatekey|secret|key|keys|pk|sk|seed|mnemonic)(?:[^a-z]|$)|秘密鍵|秘密キー|プライベートキー|私钥|私鑰|개인\s?키/
const CHAIN_LABEL_PARTS = new Set([
  'hash',
  'txhash',
  'txid',
  'topics',
  'topic',
  'logsbloom',
  'data',
  'root',
  'sha3uncles',
  'sha256',
  'digest',
  'checksum',
  'blockhash',
  'parenthash',
  'mixhash',
])
/** Cheap first looks (most lines say neither): only a line that may say something is split into words. */
const KEY_HINT = /priv|secret|key|\bpk|\bsk|seed|mnemonic|秘密|プライベート|私钥|私鑰|개인/i
const CHAIN_HINT =
  /hash|txid|tx id|transaction id|sha256|digest|eth_get|debug_trace|ハッシュ|トランザクションid|取引id|哈希/i
const CHAIN_WINDOW =
  /(?:^|[^a-z])(?:hash|txid|tx id|transaction id|sha256|digest)(?:[^a-z]|$)|ハッシュ|トランザクションid|取引id|交易哈希|哈希/
const RPC_METHOD = /eth_get\w*(?:hash|receipt)|debug_trace/i
const EXPLORER_SEGMENT = /(?:^|\/)(?:tx|txs|transaction|transactions|block|blocks|hash)\/$/i

/** A key word in the text (the cheap hint first: most lines say none). */
const saysKey = (text: string) => KEY_HINT.test(text) && KEY_WORDS.test(words(text))

/** Words of an identifier or a line, lower case: camelCase and snake_case split apart. */
const words = (text: string) => text.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()

export function classifyHex(text: string, start: number, end: number): HexVerdict {
  if (zeroPadded(text, start, end)) return 'keep'
  // The line before the value, 96 characters at most (the line break looked for in those 96 only:
  // lastIndexOf on the whole text would walk back to its start for every value of a long line).
  let raw = text.slice(Math.max(0, start - 96), start)
  const lineBreak = raw.lastIndexOf('\n')
  if (lineBreak >= 0) raw = raw.slice(lineBreak + 1)
  if (saysKey(raw)) return 'key'
  if (text.charCodeAt(start - 1) === 0x2f /* / */ && EXPLORER_SEGMENT.test(text.slice(Math.max(0, start - 16), start)))
    return 'keep'
  const label = fieldLabel(text, start)
  if (label !== null) {
    const verdict = labelVerdict(label)
    if (verdict !== 'unknown') return verdict
  }
  if (txWordBefore(text, start) && !keyWordNear(text, start)) return 'keep'
  if (!CHAIN_HINT.test(raw)) return 'unknown'
  return RPC_METHOD.test(raw) || CHAIN_WINDOW.test(words(raw)) ? 'keep' : 'unknown'
}

/** What a field name says; the same few names (blockHash, topics, data) come back on every line of a dump. */
const labelVerdicts = new Map<string, HexVerdict>()
function labelVerdict(label: string): HexVerdict {
  let verdict = labelVerdicts.get(label)
  if (verdict === undefined) {
    const parts = words(label).split(/[^a-z0-9]+/)
    verdict = parts.some((part) => KEY_WORDS.test(part))
      ? 'key'
      : parts.some((part) => CHAIN_LABEL_PARTS.has(part))
        ? 'keep'
        : 'unknown'
    if (labelVerdicts.size > 4096) labelVerdicts.clear() // hostile input: no unbounded growth
    labelVerdicts.set(label, verdict)
  }
  return verdict
}

function zeroPadded(text: string, start: number, end: number): boolean {
  const from = text.charCodeAt(start + 1) === 0x78 || text.charCodeAt(start + 1) === 0x58 ? start + 2 : start
  if (end - from < 64) return false // 63 digits: a key that lost its leading zero
  return text.startsWith('00000000', from) || text.startsWith('00000000', end - 8)
}

/**
 * The name of the JSON field or `name: value` / `name=value` pair the value belongs to, looking
 * back over quotes, brackets, commas, white space (a pretty-printed array spans lines) and the
 * 64-hex values before it in the same array. Null when the value follows anything else.
 */
function fieldLabel(text: string, start: number): string | null {
  let i = start - 1
  const floor = Math.max(0, start - 1024)
  // Another value may stand before this one only as an element of the same array (a comma
  // between), and a line may be crossed only inside JSON structure: a label on the line above
  // vouches for nothing on a line of its own.
  let comma = false
  while (i >= floor) {
    const code = text.charCodeAt(i)
    if (code === 0x20 || code === 0x0d || code === 0x09 || code === 0x22 || code === 0x27) i--
    else if (code === 0x0a) {
      let k = i - 1
      while (k >= floor && /[ \t\r]/.test(text[k] as string)) k--
      if (!/[,[{:]/.test(text[k] ?? '')) return null
      i--
    } else if (code === 0x2c /* , */) {
      comma = true
      i--
    } else if (code === 0x5b /* [ */) i--
    else if (code === 0x3a /* : */ || code === 0x3d /* = */ || code === 0xff1a /* ： */) {
      let end = i
      while (end > floor && isSpaceOrQuote(text.charCodeAt(end - 1))) end--
      let from = end
      while (from > floor && isLabelChar(text.charCodeAt(from - 1))) from--
      return from < end ? text.slice(from, end) : null
    } else if (isHexDigit(code)) {
      // An earlier element of the same array: skip it if it is a whole 64-hex value.
      let from = i
      while (from > floor && isHexDigit(text.charCodeAt(from - 1))) from--
      if (i + 1 - from !== 64 || !comma) return null
      comma = false
      i = from - 1
      if (text.charCodeAt(i) === 0x78 && text.charCodeAt(i - 1) === 0x30) i -= 2
    } else return null
  }
  return null
}

/** White space (as `\s` has it) or a quote, from the char code: no regex per character. */
const isSpaceOrQuote = (c: number) =>
  c === 0x20 || c === 0x22 || c === 0x27 || (c >= 0x09 && c <= 0x0d) || (c >= 0x80 && /\s/.test(String.fromCharCode(c)))

/** Letters, digits, `_`, `$`, `-` and any letter beyond ASCII (トランザクションハッシュ). */
const isLabelChar = (c: number) =>
  (c >= 0x30 && c <= 0x39) ||
  ((c | 32) >= 0x61 && (c | 32) <= 0x7a) ||
  c === 0x5f ||
  c === 0x24 ||
  c === 0x2d ||
  (c >= 0x80 && /[\p{L}\p{N}]/u.test(String.fromCharCode(c)))

const isHexDigit = (code: number) => (code >= 0x30 && code <= 0x39) || ((code | 32) >= 0x61 && (code | 32) <= 0x66)

const TX_WORDS = new Set(['tx', 'txn', 'transaction', 'block'])
const LINK_WORDS = new Set(['is', 'was', 'hash'])

/**
 * Whether the value comes right after a word naming a transaction or block ("my tx 0x…",
 * "Transaction is 0x…", "txn: …", "block #…"), read backwards by hand: this runs for most values
 * of a log, and a regex anchored at the end would be tried from every position of the line.
 */
function txWordBefore(text: string, start: number): boolean {
  let i = start
  for (let words = 0; words < 2; words++) {
    while (i > 0 && isGap(text.charCodeAt(i - 1))) i--
    const end = i
    while (i > 0 && end - i < 12 && isAsciiLetter(text.charCodeAt(i - 1))) i--
    if (i === end || (i > 0 && isAsciiLetter(text.charCodeAt(i - 1)))) return false
    const word = text.slice(i, end).toLowerCase()
    if (TX_WORDS.has(word)) return true
    if (!LINK_WORDS.has(word)) return false
  }
  return false
}

/** Between the word and the value: spaces, tabs, `:`, `#`, `=`. */
const isGap = (c: number) => c === 0x20 || c === 0x09 || c === 0x3a || c === 0x23 || c === 0x3d
const isAsciiLetter = (c: number) => (c | 32) >= 0x61 && (c | 32) <= 0x7a

/**
 * A key word anywhere in the few lines before the value ("PRIVATE KEY BELOW" on the line above, a
 * long sentence that began with "private key"): then "tx" before it vouches for nothing. Wider than
 * the one-line look that decides "key" on its own, because here it only takes a keep away.
 */
function keyWordNear(text: string, start: number): boolean {
  return saysKey(text.slice(Math.max(0, start - 400), start))
}
