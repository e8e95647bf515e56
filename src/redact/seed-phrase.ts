import {
  czech,
  english,
  french,
  italian,
  japanese,
  korean,
  portuguese,
  simplifiedChinese,
  spanish,
  traditionalChinese,
} from 'viem/accounts'

/**
 * BIP-39 recovery phrases in all ten word lists, however they are written: spaces, ideographic
 * spaces, new lines, commas, numbered lists, upper case, accents dropped. An almost-right phrase
 * (one word misspelled, a wrong checksum) is still the secret, so one unknown word may sit in a run.
 */
const wordLists = [
  english,
  japanese,
  spanish,
  french,
  italian,
  czech,
  portuguese,
  korean,
  simplifiedChinese,
  traditionalChinese,
]

const stripMarks = (word: string) => word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()

/** word → bit mask of the lists that contain it. A phrase's words all come from one list. */
const listsOfWord = new Map<string, number>()
wordLists.forEach((list, index) => {
  for (const word of list) {
    // Both spellings: as listed (lower-cased) for the fast path, and without accents, as people type.
    for (const key of new Set([word.toLowerCase(), stripMarks(word)]))
      listsOfWord.set(key, (listsOfWord.get(key) ?? 0) | (1 << index))
  }
})

/** A word's lists: lower-cased first (no allocation-heavy Unicode work for the ASCII bulk of a log). */
function listsOf(word: string): number {
  const lower = word.toLowerCase()
  const direct = listsOfWord.get(lower)
  if (direct !== undefined) return direct
  return lower.charCodeAt(lower.length - 1) < 0x80 && lower.charCodeAt(0) < 0x80 && /^[a-z]*$/.test(lower)
    ? 0
    : (listsOfWord.get(stripMarks(word)) ?? 0)
}

/** Latin-script list words are 3 letters or more: shorter ASCII fragments (of hex, of ids) need no lookup. */
const MIN_LATIN_LENGTH = Math.min(...[...listsOfWord.keys()].filter((w) => /^[a-z]/.test(w)).map((w) => w.length))

/** The shortest phrase BIP-39 defines. */
const MIN_WORDS = 12
/** No list has a longer word (normalised): anything longer is skipped without a lookup. */
const MAX_WORD_LENGTH = Math.max(...[...listsOfWord.keys()].map((w) => w.length))
/** Beyond ASCII, what may separate the words of a phrase: ideographic spaces, CJK punctuation. */
const SEPARATOR_CHAR = /[\s\p{P}]/u
/**
 * Letters of the scripts the ten lists are written in — Latin with accents, kana, Hangul, CJK —
 * as plain ranges: V8 compiles them to native code, where a Unicode-property class over every
 * character of a 10 MB log costs most of the redaction time. Anything else separates words.
 * The combining marks (U+0300–036F) belong to the words: accents typed as separate characters.
 */
/* eslint-disable no-misleading-character-class -- the combining marks are meant, see above */
const WORD =
  /[A-Za-z\u00C0-\u024F\u0300-\u036F\u1100-\u11FF\u3040-\u30FF\u3130-\u318F\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]+/g
/* eslint-enable no-misleading-character-class */

/** One run per word list: lists share words ("abandon" is English and French), so each is followed on its own. */
type Run = { start: number; end: number; words: number; misses: number; pendingMiss: boolean }

/**
 * Whether text[from, to) may stand between two words of a written-down phrase: up to 8 spaces,
 * punctuation marks or digits (numbering). Checked in place: no substring per word of a long log.
 */
function isSeparator(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 8) return false
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    const ascii = code < 0x80 && !((code | 32) >= 97 && (code | 32) <= 122)
    if (!ascii && !SEPARATOR_CHAR.test(text[i] as string)) return false
  }
  return true
}

/** Spans [start, end) of every phrase-like run in `text`, with its word count; overlapping runs merged. */
export function findSeedPhrases(text: string): { start: number; end: number; words: number }[] {
  const found: { start: number; end: number; words: number }[] = []
  const runs: (Run | null)[] = wordLists.map(() => null)
  let active = 0 // bit i set: list i has a run in progress
  const close = (i: number) => {
    const run = runs[i]
    if (!run) return
    if (run.words + run.misses >= MIN_WORDS && run.words >= MIN_WORDS - 1) {
      found.push({ start: run.start, end: run.end, words: run.words + run.misses })
    }
    runs[i] = null
    active &= ~(1 << i)
  }
  const closeAll = () => {
    for (let bits = active; bits !== 0; bits &= bits - 1) close(31 - Math.clz32(bits & -bits))
  }
  let lastEnd = 0
  WORD.lastIndex = 0
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const start = match.index
    const end = start + match[0].length
    if (active !== 0 && !isSeparator(text, lastEnd, start)) closeAll()
    lastEnd = end
    const wordLength = end - start
    const tooShort = wordLength < MIN_LATIN_LENGTH && match[0].charCodeAt(0) < 0x80
    const mask = tooShort || wordLength > MAX_WORD_LENGTH ? 0 : listsOf(match[0])
    if ((mask | active) === 0) continue
    const plausibleTypo = wordLength >= 3 && wordLength <= 9
    // Only the lists this word is in, or that have a run going, need any work.
    for (let bits = mask | active; bits !== 0; bits &= bits - 1) {
      const i = 31 - Math.clz32(bits & -bits)
      const run = runs[i]
      if (mask & (1 << i)) {
        if (!run) {
          runs[i] = { start, end, words: 1, misses: 0, pendingMiss: false }
          active |= 1 << i
          continue
        }
        run.words++
        run.end = end
        if (run.pendingMiss) {
          run.misses++
          run.pendingMiss = false
        }
      } else if (run && run.misses === 0 && !run.pendingMiss && plausibleTypo) {
        run.pendingMiss = true // perhaps a misspelled word: it counts if the phrase goes on
      } else {
        close(i)
      }
    }
  }
  closeAll()
  return mergeSpans(found)
}

function mergeSpans(spans: { start: number; end: number; words: number }[]) {
  const merged: { start: number; end: number; words: number }[] = []
  for (const span of spans.sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1)
    if (last && span.start < last.end) {
      if (span.end > last.end || span.words > last.words)
        Object.assign(last, { end: Math.max(last.end, span.end), words: Math.max(last.words, span.words) })
    } else merged.push({ ...span })
  }
  return merged
}
