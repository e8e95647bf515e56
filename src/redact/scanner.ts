import {
  jwtEnd,
  LABEL_AUTHORIZATION,
  LABEL_KEYISH,
  LABEL_PASSWORD,
  labelValue,
  OTHER_PASSWORD_WORDS,
  passwordInProse,
  proseVerbEnd,
} from './credentials.js'
import { classifyHex } from './hex-context.js'
import { isExtendedKey, isWif, isWifShaped, keystoreObjectEnd, MAX_KEYSTORE } from './keys.js'
import {
  emailAround,
  ipv4At,
  ipv6At,
  isPublicIpv4,
  isPublicIpv6,
  isVersionContext,
  userNameAfter,
} from './personal-data.js'
import { scanUrl } from './redact-urls.js'
import { isUnspacedChinesePhrase, PhraseTracker, unspacedJapanesePhrase } from './seed-phrase.js'
import { isBase58SolanaKey, solanaArrayEnd } from './solana.js'
import type { RedactionKind } from './kinds.js'
import type { Span, SpanSink } from './spans.js'
import { DEAD, letterColumn, ROOT, type LetterTrie } from './letter-trie.js'
import { CRYPTO, HOME, PROVIDER, URL_SCHEME } from './trigger-words.js'
import { chineseWords, japaneseWords, letterTrie, otherListsOf } from './word-lists.js'

export type ScanOptions = {
  /** 64-hex values the tool knows to be transaction or block hashes, lower-cased with 0x: kept. */
  knownHashes?: ReadonlySet<string>
  /** Show wallet addresses as 0x1234…abcd. */
  shortenAddresses?: boolean
}

export type ScanResult = {
  /** Removals in the order found (settle() sorts and merges them). */
  spans: Span[]
  /** Where the earliest thing still undecided at the end of the text starts (-1: none). */
  openStart: number
}

// Character classes, as bits, for every UTF-16 code unit (128 KB, built once): a word is a run of
// ALNUM; the AND of its characters' bits says at once whether it is all letters, all hex, all
// digits, all base58, all ASCII. Accented Latin letters are LETTER without ASCII. Bits 8–12 hold
// an ASCII letter's column in the letter trie (COLUMN_SHIFT), 0 for every other character.
const ALNUM = 1
const LETTER = 2
const HEX = 4
const DIGIT = 8
const B58 = 16
const ASCII = 32
/** `\`, `@`, `[`, `:` — each may start something (an escape, an e-mail, a keypair array, an IPv6 `::`). */
const SPECIAL = 64
/** Kana, Hangul and han: words of the Japanese, Korean and Chinese lists. */
const SCRIPT = 128
const COLUMN_SHIFT = 8
const isKana = (c: number) => c >= 0x3040 && c <= 0x30ff && c !== 0x30fb
const isHangul = (c: number) =>
  (c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)
const isHan = (c: number) =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)

let classes: Uint16Array | undefined
/** Built on first use, from ranges (no work at module load: `--version` never needs it). */
function classTable(): Uint16Array {
  if (classes) return classes
  const table = new Uint16Array(0x10000)
  const set = (from: number, to: number, bits: number) => {
    for (let c = from; c <= to; c++) table[c] = (table[c] as number) | bits
  }
  set(0x30, 0x39, ALNUM | ASCII | DIGIT | HEX | B58)
  set(0x41, 0x5a, ALNUM | ASCII | LETTER | B58)
  set(0x61, 0x7a, ALNUM | ASCII | LETTER | B58)
  set(0x41, 0x46, HEX)
  set(0x61, 0x66, HEX)
  for (const c of '0IOl') table[c.charCodeAt(0)] = (table[c.charCodeAt(0)] as number) & ~B58
  set(0xc0, 0x24f, ALNUM | LETTER)
  set(0x300, 0x36f, ALNUM | LETTER)
  table[0xd7] = 0
  table[0xf7] = 0
  for (const c of '\\@[:') table[c.charCodeAt(0)] = SPECIAL
  // The ranges of isKana, isHangul and isHan.
  for (const [from, to] of [
    [0x3040, 0x30ff],
    [0xac00, 0xd7af],
    [0x1100, 0x11ff],
    [0x3130, 0x318f],
    [0x4e00, 0x9fff],
    [0x3400, 0x4dbf],
    [0xf900, 0xfaff],
  ] as const)
    table.fill(SCRIPT, from, to + 1)
  table[0x30fb] = 0
  for (let c = 0x41; c <= 0x7a; c++) table[c] = (table[c] as number) | (letterColumn(c) << COLUMN_SHIFT)
  classes = table
  return table
}

/** The fewest escaped characters a phrase can be written in (twelve Chinese characters). */
const MIN_ESCAPED = 12
const isCjkOrSpace = (c: number) => c === 0x3000 || isKana(c) || isHangul(c) || isHan(c)

let japaneseIndexes: Map<string, number> | undefined
/** The Japanese list's words as listed (decomposed) and composed, as typed: each to its index. */
const japaneseIndex = () =>
  (japaneseIndexes ??= new Map(
    japaneseWords().flatMap((word, i) => [
      [word, i],
      [word.normalize('NFC'), i],
    ]),
  ))

let chineseIndex: Map<string, number>[] | undefined
const chineseIndexes = () => (chineseIndex ??= chineseWords().map((list) => new Map(list.map((word, i) => [word, i]))))

/**
 * The single pass: one walk over the text that cuts it into words and hands each to the detectors
 * it could start — a list word to the phrase tracker, a 64-hex word to the key rules, `https` to
 * the URL reader, an `@` to the e-mail rule … — collecting removals as spans. Nothing is copied
 * per word on the common path: ASCII words are classified and looked up from their char codes.
 * Scans [from, to) of `text`; what lies before `from` is read as context only, what lies after
 * `to` only to finish a token or a phrase that started before it.
 */
export function scan(text: string, options: ScanOptions, from = 0, to = text.length): ScanResult {
  // A string built by concatenation (the streaming buffer, a report field) is a rope in V8: every
  // charCodeAt would walk it. Converting it to a number flattens it once, in place.
  void Number(text)
  const state = new Scan(text, options)
  state.run(from, to)
  const pending = state.phrases.openStart()
  if (pending >= 0 && (state.openStart < 0 || pending < state.openStart)) state.openStart = pending
  for (const phrase of state.phrases.finish()) {
    state.emit(phrase.start, phrase.end, 'seed-phrase', `[redacted: recovery phrase, ${phrase.words} words]`)
  }
  return { spans: state.spans, openStart: state.openStart }
}

/**
 * The state of one scan. Methods, not closures made per call: V8 then shares the optimised code
 * between calls, and every chunk of a stream after the first runs at full speed.
 */
class Scan implements SpanSink {
  readonly spans: Span[] = []
  readonly trie: LetterTrie = letterTrie()
  readonly CLASS = classTable()
  readonly phrases: PhraseTracker
  readonly knownHashes: ReadonlySet<string> | undefined
  readonly n: number
  openStart = -1
  keystoreReadTo = -1

  constructor(
    readonly text: string,
    readonly options: ScanOptions,
  ) {
    this.phrases = new PhraseTracker(text)
    this.knownHashes = options.knownHashes?.size ? options.knownHashes : undefined
    this.n = text.length
  }

  emit(start: number, end: number, kind: RedactionKind, replacement: string): void {
    this.spans.push({ start, end, kind, replacement })
  }

  /**
   * The walk: white space and punctuation skipped here, each token read by `token`. Two methods,
   * not one loop: the loop is re-entered for every chunk of a stream, and a small loop calling a
   * hot method keeps its optimised code where one long loop had to be compiled on the stack again
   * (OSR) at each entry, the chunk running unoptimised meanwhile.
   */
  run(from: number, to: number): void {
    const { text, CLASS } = this
    let i = from
    while (i < to) {
      if (CLASS[text.charCodeAt(i)] === 0) i++
      else i = this.token(i)
    }
  }

  /** The token at `i` (not white space or punctuation) handed to what it could start: returns where to go on. */
  private token(at: number): number {
    const { text, n, CLASS, phrases } = this
    let i = at
    // One pass; each `break read` leaves it with `i` where the walk goes on.
    read: {
      const c = text.charCodeAt(i)
      // Never 0 here: `run` steps over white space, punctuation and symbols itself.
      const kind = CLASS[c] as number
      if (kind & ALNUM && kind >>> COLUMN_SHIFT !== 0) {
        // A word starting with an ASCII letter: walked through the letter trie as it is read: the
        // step of letter-trie.ts written out, its bit operations too (this loop runs for every
        // letter of every word, and `token` is too large for V8 to inline even a small function
        // into it for sure). The cell that checks a step holds the next state's base: one read a step.
        const { cells } = this.trie
        let state = ROOT
        let base = (cells[ROOT] as number) >>> 16
        let bits = 63
        let j = i
        for (; j < n; j++) {
          const k = CLASS[text.charCodeAt(j)] as number
          if ((k & ALNUM) === 0) break
          bits &= k
          const to = base + (k >>> COLUMN_SHIFT)
          const cell = cells[to] as number
          if ((cell & 0xffff) === state) {
            state = to
            base = cell >>> 16
          } else {
            state = DEAD
            base = 0 // DEAD's: every step from it fails
          }
        }
        i = this.wordAt(i, j, bits, false, state)
        break read
      }
      if (kind & ALNUM) {
        // A word (a number, hex, or starting with an accented letter). A 0x prefix is not part of its classes.
        const prefixed = c === 0x30 && (text.charCodeAt(i + 1) | 32) === 0x78
        let j = prefixed ? i + 2 : i
        let bits = 63
        for (; j < n; j++) {
          const k = CLASS[text.charCodeAt(j)] as number
          if ((k & ALNUM) === 0) break
          bits &= k
        }
        i = this.wordAt(i, j, bits, prefixed, 0)
        break read
      }
      if (kind === SPECIAL) {
        if (c === 0x5c /* \ */) {
          // An escape: \n \t \r \\ \/ and \uXXXX separate words; they are no letter of the next word.
          const next = text.charCodeAt(i + 1)
          if (next === 0x6e || next === 0x74 || next === 0x72 || next === 0x5c || next === 0x2f || next === 0x22) i += 2
          else if (next === 0x75 && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            i = this.escapedRun(i, parseInt(text.slice(i + 2, i + 6), 16))
          else i++
          break read
        }
        if (c === 0x40 /* @ */) {
          const email = emailAround(text, i)
          if (email && !text.startsWith('[redacted', email[0])) {
            this.emit(email[0], email[1], 'email', '[redacted: e-mail]')
            i = email[1]
            break read
          }
        } else if (c === 0x5b /* [ */) {
          const next = text.charCodeAt(i + 1)
          if ((next >= 0x30 && next <= 0x39) || next === 0x20 || next === 0x0a) {
            const end = solanaArrayEnd(text, i)
            if (end > 0) {
              this.emit(i, end, 'solana-key', '[redacted: Solana secret key]')
              i = end
              break read
            }
          }
        } else if (
          c === 0x3a /* : */ &&
          text.charCodeAt(i + 1) === 0x3a &&
          (i === 0 || !/[\w:]/.test(text[i - 1] as string))
        ) {
          const end = ipv6At(text, i)
          if (end > 0) {
            this.ipv6(i, end)
            i = end
            break read
          }
        }
        i++
        break read
      }
      // Kana, Hangul, han.
      const script = isKana(c) ? 1 : isHangul(c) ? 2 : 3
      let j = i + 1
      const inScript = script === 1 ? isKana : script === 2 ? isHangul : isHan
      while (j < n && inScript(text.charCodeAt(j))) j++
      const word = text.slice(i, j)
      if (script === 3 && j - i > 1) {
        // Chinese written without spaces: every character a word.
        const [simplified, traditional] = chineseIndexes()
        if (
          this.isolated(i, j) &&
          (isUnspacedChinesePhrase(word, simplified as Map<string, number>) ||
            isUnspacedChinesePhrase(word, traditional as Map<string, number>))
        ) {
          this.emit(i, j, 'seed-phrase', `[redacted: recovery phrase, ${j - i} words]`)
        }
        phrases.word(i, j, 0, false)
      } else {
        if (script === 1 && j - i > 9) {
          // Japanese written without spaces: cut into list words.
          const phrase = unspacedJapanesePhrase(text, i, j, japaneseIndex())
          if (phrase)
            this.emit(phrase.start, phrase.end, 'seed-phrase', `[redacted: recovery phrase, ${phrase.words} words]`)
        }
        phrases.word(i, j, j - i <= 11 ? otherListsOf(word) : 0, script !== 3 && j - i >= 2)
      }
      // A password label may end a run of characters ("我的密码：…").
      for (const label of OTHER_PASSWORD_WORDS) {
        if (word.endsWith(label)) labelValue(text, j - label.length, j, LABEL_PASSWORD, this)
        else if (word.endsWith(`${label}は`)) passwordInProse(text, j, this) // パスワードは abc123
      }
      i = j
    }
    return i
  }

  /**
   * A `\uXXXX` escape at `start` (code unit `first`). Japanese, Chinese and Korean written into
   * JSON by a tool that escapes everything beyond ASCII (Python's json.dumps does by default) is a
   * run of such escapes: one of twelve or more with a CJK character is decoded and scanned on its
   * own, and a phrase found there is removed from the escapes it was written as. Returns where to go on.
   */
  private escapedRun(start: number, first: number): number {
    const { text, n } = this
    if (!isCjkOrSpace(first)) return start + 6
    const positions: number[] = []
    let decoded = ''
    let k = start
    while (k < n) {
      if (
        text.charCodeAt(k) === 0x5c &&
        text.charCodeAt(k + 1) === 0x75 &&
        /^[0-9a-fA-F]{4}$/.test(text.slice(k + 2, k + 6))
      ) {
        positions.push(k)
        decoded += String.fromCharCode(parseInt(text.slice(k + 2, k + 6), 16))
        k += 6
      } else if (text.charCodeAt(k) === 0x20 && text.charCodeAt(k + 1) === 0x5c && positions.length > 0) {
        positions.push(k)
        decoded += ' '
        k++
      } else break
    }
    if (positions.length < MIN_ESCAPED) return start + 6
    positions.push(k)
    for (const span of scan(decoded, {}).spans) {
      if (span.kind === 'seed-phrase')
        this.emit(positions[span.start] as number, positions[span.end] as number, span.kind, span.replacement)
    }
    return k
  }

  /** A han run with no letters of another script glued to it. */
  private isolated(start: number, end: number): boolean {
    const { text } = this
    const before = text.charCodeAt(start - 1)
    const after = text.charCodeAt(end)
    return !(isKana(before) || isHangul(before) || isKana(after) || isHangul(after))
  }

  private ipv6(start: number, end: number) {
    const { text } = this
    if (isPublicIpv6(text.slice(start, end))) this.emit(start, end, 'ip-address', '[redacted: IP address]')
  }

  /**
   * A word at [start, end) with its class bits and, for one starting with an ASCII letter, its
   * state in the letter trie (0 for any other): returns where to go on.
   */
  private wordAt(start: number, end: number, bits: number, prefixed: boolean, state: number): number {
    const { text, phrases, trie } = this
    const length = end - start
    const next = text.charCodeAt(end)
    if (prefixed) {
      phrases.word(start, end, 0, false)
      if (length > 2 && bits & HEX) return this.hexWord(start, end, start + 2)
      if (length === 2) return end
    } else if (bits & LETTER) {
      const mask =
        bits & ASCII ? (trie.lists[state] as number) : length <= 10 ? otherListsOf(text.slice(start, end)) : 0
      phrases.word(start, end, mask, length >= 3 && length <= 9)
      // Trigger words are followed by one of these (`password:`, `KEY=`, `"crypto"`, `https:`, `infura.`, `home/`).
      if (
        state !== 0 &&
        (next === 0x3a ||
          next === 0x22 ||
          next === 0x27 ||
          next === 0x3d ||
          next === 0x2e ||
          next === 0x2f ||
          next === 0x5c)
      ) {
        const id = trie.triggers[state] as number
        if (id !== 0) {
          const after = this.trigger(id, start, end)
          if (after > end) return after
        }
      }
      // "my password is hunter2", "password = x": a password label followed by a space.
      if (state !== 0 && (next === 0x20 || next === 0x09) && trie.triggers[state] === LABEL_PASSWORD) {
        const verbEnd = proseVerbEnd(text, end)
        if (verbEnd > 0) passwordInProse(text, verbEnd, this)
        else labelValue(text, start, end, LABEL_PASSWORD, this)
      }
      if (bits & HEX && length <= 4 && next === 0x3a) return this.ipv6Word(start, end)
      // A key can be all letters: a–f ('ab' × 32 is one), or base58 without a digit.
      if (bits & HEX && length >= 16) return this.hexWord(start, end, start)
      if (length >= 19) return this.encodedKey(start, end, bits, next)
      return end
    }
    if (bits & DIGIT) {
      // Numbers are not words: numbering between the words of a phrase is part of the gap.
      if (length <= 3 && next === 0x2e) {
        const ip = ipv4At(text, start)
        if (ip) {
          if (isPublicIpv4(ip.octets) && !isVersionContext(text, start))
            this.emit(start, ip.end, 'ip-address', '[redacted: IP address]')
          return ip.end
        }
      }
      if (length <= 4 && next === 0x3a) return this.ipv6Word(start, end)
      if (length >= 16 && length <= 64) return this.hexWord(start, end, start)
      return end
    }
    if (!prefixed) phrases.word(start, end, 0, false)
    if (bits & HEX && !prefixed) {
      if (length <= 4 && next === 0x3a) return this.ipv6Word(start, end)
      return this.hexWord(start, end, start)
    }
    return this.encodedKey(start, end, bits, next)
  }

  /** A JWT, or a base58 key (WIF, extended, Solana); letters-only words can be these too. */
  private encodedKey(start: number, end: number, bits: number, next: number): number {
    const { text } = this
    if (next === 0x2e && text.startsWith('eyJ', start)) {
      const jwt = jwtEnd(text, start)
      if (jwt > 0) {
        this.emit(start, jwt, 'jwt', '[redacted: JWT]')
        return jwt
      }
    }
    if (bits & B58 && end - start >= 51) {
      const word = text.slice(start, end)
      if (isWifShaped(word) && isWif(word)) this.emit(start, end, 'wif-key', '[redacted: WIF private key]')
      else if (isExtendedKey(word)) this.emit(start, end, 'extended-key', '[redacted: extended key]')
      else if (isBase58SolanaKey(word)) this.emit(start, end, 'solana-key', '[redacted: Solana secret key]')
    }
    return end
  }

  private ipv6Word(start: number, end: number): number {
    const { text } = this
    const ipEnd = ipv6At(text, start)
    if (ipEnd < 0) return end
    this.ipv6(start, ipEnd)
    return ipEnd
  }

  /**
   * A hex word at [start, end), digits from `digits`: a 64-hex value (or 63, a key that lost its
   * leading zero), or the first part of one split over lines or spaces; an address to shorten.
   */
  private hexWord(start: number, end: number, digits: number): number {
    const { text, n, CLASS, options } = this
    const count = end - digits
    if (count === 40 && digits > start) {
      if (options.shortenAddresses) this.emit(start, end, 'address', shortAddress(text.slice(start, end)))
      return end
    }
    if (count === 64 || count === 63) {
      this.hexValue(start, end, text.slice(digits, end))
      return end
    }
    if (count >= 16 && count < 63) {
      // A key split over two to four lines (or copied in parts): parts of hex separated by space.
      let total = count
      let partEnd = end
      let value = text.slice(digits, end)
      for (let parts = 1; parts < 4 && total < 63; parts++) {
        let k = partEnd
        let lines = 0
        while (k < n && (text[k] === ' ' || text[k] === '\n' || text[k] === '\r' || text[k] === '\t')) {
          if (text[k] === '\n') lines++
          k++
        }
        if (text.startsWith('\\n', k)) {
          k += 2
          lines++
        }
        if (k === partEnd || lines > 1) return end
        let m = k
        while (m < n && (CLASS[text.charCodeAt(m)] as number) & HEX) m++
        if (m - k < 8 || (m < n && (CLASS[text.charCodeAt(m)] as number) & ALNUM)) return end
        total += m - k
        value += text.slice(k, m)
        partEnd = m
      }
      if (total === 64 || total === 63) {
        this.hexValue(start, partEnd, value)
        return partEnd
      }
    }
    return end
  }

  private hexValue(start: number, end: number, digits: string) {
    const { text, knownHashes } = this
    if (knownHashes && digits.length === 64 && knownHashes.has(`0x${digits.toLowerCase()}`)) return
    const verdict = classifyHex(text, start, end)
    if (verdict === 'keep') return
    this.emit(
      start,
      end,
      'private-key',
      verdict === 'key' ? '[redacted: private key]' : '[redacted: 64-hex value, possibly a private key]',
    )
  }

  /** A trigger word (a label, a URL scheme, a provider, a home directory, a keystore's "crypto"). */
  private trigger(id: number, start: number, end: number): number {
    const { text, n } = this
    if (id === LABEL_PASSWORD || id === LABEL_KEYISH || id === LABEL_AUTHORIZATION) {
      labelValue(text, start, end, id, this)
      return end
    }
    if (id === URL_SCHEME) {
      if (text.startsWith('://', end)) return scanUrl(text, end + 3, false, this)
      if (text.startsWith(':\\/\\/', end)) return scanUrl(text, end + 5, true, this)
      return end
    }
    if (id === PROVIDER && text.charCodeAt(end) === 0x2e) {
      // A provider URL without a scheme: from the start of its host name.
      let hostStart = start
      while (hostStart > 0 && /[A-Za-z0-9.-]/.test(text[hostStart - 1] as string)) hostStart--
      let hostEnd = end
      while (hostEnd < n && /[A-Za-z0-9.:-]/.test(text[hostEnd] as string)) hostEnd++
      const escaped = text.startsWith('\\/', hostEnd)
      if (!escaped && text[hostEnd] !== '/') return end
      if (/[/:]$/.test(text.slice(Math.max(0, hostStart - 3), hostStart))) return end // part of a URL seen already
      return scanUrl(text, hostStart, escaped, this)
    }
    if (id === HOME) {
      const before = text[start - 1]
      const word = text.slice(start, end)
      const unix = before === '/' && (word === 'home' || word === 'Users')
      const windows = before === '\\' && word.toLowerCase() === 'users'
      if (!unix && !windows) return end
      const name = userNameAfter(text, end)
      if (!name) return end
      this.emit(name[0], name[1], 'user-name', '[redacted: user name]')
      return name[1]
    }
    if (id === CRYPTO && text[start - 1] === '"' && text[end] === '"') {
      const brace = /^"\s*:\s*\{/.exec(text.slice(end, end + 64))
      if (!brace) return end
      const objectStart = end + brace[0].length - 1
      // After an object that did not close, another "crypto" inside the part already read is not
      // read again: a hostile text of many unclosed ones stays linear.
      if (objectStart < this.keystoreReadTo) return end
      const objectEnd = keystoreObjectEnd(text, objectStart)
      if (objectEnd === -1 && (this.openStart < 0 || objectStart < this.openStart)) this.openStart = objectStart
      if (objectEnd < 0) {
        this.keystoreReadTo = objectStart + MAX_KEYSTORE
        return end
      }
      this.emit(objectStart, objectEnd, 'keystore', '"[redacted: keystore crypto section]"')
      return objectEnd
    }
    return end
  }
}

export const shortAddress = (address: string) => `${address.slice(0, 6)}…${address.slice(-4)}`
