import { createHash } from 'node:crypto'
import { LIST_COUNT } from './word-lists.js'

/**
 * BIP-39 recovery phrases, whatever the layout: the scanner hands every word to a PhraseTracker,
 * which follows one run of word-list words per list. Between two words of a phrase may stand
 * anything people put there when they write one down — spaces, new lines, punctuation, numbering,
 * markdown table pipes, the gaps between columns of a backup card, JSON escapes such as `\n` —
 * but no other letters: ordinary prose, full of common words ("about", "above", "price") but also
 * of words no list has, never reaches twelve in a row. An almost-right phrase (one word misspelled,
 * one lost and written `???` or `____`, a wrong checksum) is still the secret, so one miss may sit
 * in a run.
 */

/** The shortest phrase BIP-39 defines. */
export const MIN_WORDS = 12
/** Longest gap between two words of a phrase: a column gap of a printed backup card, with its number. */
const MAX_GAP = 48
/** A gap may hold a line break or two (a table row ends, the next begins), not a paragraph. */
const MAX_GAP_LINES = 2

export type Phrase = { start: number; end: number; words: number }
/**
 * A run of one list's words. `first` and `last` number its first and last word among every word
 * the tracker was handed (a misspelled one included); `placeholder` is where the mark of a lost
 * word starts (-1: none) — so that two runs of different lists over the same words (the simplified
 * and traditional Chinese lists share most characters) can be merged and their words counted once.
 */
type Run = {
  start: number
  end: number
  words: number
  misses: number
  pendingMiss: boolean
  first: number
  last: number
  placeholder: number
}
type Found = Phrase & { first: number; last: number; placeholders: number[] }

const SEPARATOR_CHAR = /[\s\p{P}\p{S}]/u

/** Gap verdicts: not a gap inside a phrase; a plain separator; a separator holding a missing-word mark. */
const NOT_A_GAP = 0
const SEPARATOR = 1
const PLACEHOLDER = 2

/**
 * What text[from, to) is, between two words. Checked in place (no substring per word). A
 * placeholder for a lost word is a run of `?`, `_` or `…` (or three or more `*` or `.`) standing
 * apart from the words, so `**word**` or a question mark after a word is no placeholder.
 */
export function classifyGap(text: string, from: number, to: number): number {
  // Words glued together (kana against han) are not a written-down phrase.
  if (to - from > MAX_GAP || to === from) return NOT_A_GAP
  let lines = 0
  let verdict = SEPARATOR
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x5c /* \ */) {
      // JSON and C escapes between words: \n \r \t, \u3000 — the letter is not a word.
      const next = text.charCodeAt(i + 1)
      if (next === 0x6e || next === 0x72) lines++
      if (next === 0x6e || next === 0x72 || next === 0x74 || next === 0x5c || next === 0x2f) i++
      else if (next === 0x75 && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 5
      continue
    }
    if (code === 0x0a) {
      if (++lines > MAX_GAP_LINES) return NOT_A_GAP
      continue
    }
    if (code < 0x80) {
      if (((code | 32) >= 97 && (code | 32) <= 122) || code === 0x40 /* @ */) return NOT_A_GAP
      if (isPlaceholderChar(code)) {
        let end = i
        while (end < to && text.charCodeAt(end) === code) end++
        const apart = i > from && end < to
        const long = end - i >= (code === 0x2a || code === 0x2e ? 3 : 1)
        if (apart && long) verdict = PLACEHOLDER
        i = end - 1
      }
      continue
    }
    if (code === 0x2026 /* … */ && i > from && i + 1 < to) verdict = PLACEHOLDER
    else if (!SEPARATOR_CHAR.test(text[i] as string)) return NOT_A_GAP
  }
  return lines > MAX_GAP_LINES ? NOT_A_GAP : verdict
}

const isPlaceholderChar = (code: number) => code === 0x3f || code === 0x5f || code === 0x2a || code === 0x2e

/** Follows runs of list words through a text, one per list, and reports each phrase as it ends. */
export class PhraseTracker {
  private runs: (Run | null)[] = Array.from({ length: LIST_COUNT }, () => null)
  /** Bit i set: list i has a run in progress. */
  private active = 0
  /** End of the last word seen (list word or not): the gap before the next one starts here. */
  private lastEnd = -1
  /** How many words the tracker has been handed: the number of the next one. */
  private seen = 0
  private readonly found: Found[] = []

  constructor(private readonly text: string) {}

  /** A word at [start, end), in the lists `mask` (0: in none). `maybeTypo`: could be a misspelled list word. */
  word(start: number, end: number, mask: number, maybeTypo: boolean): void {
    const text = this.text
    const index = this.seen++
    if ((mask | this.active) === 0) {
      this.lastEnd = end
      return
    }
    let gap = this.lastEnd < 0 ? NOT_A_GAP : classifyGap(text, this.lastEnd, start)
    if (this.active !== 0 && gap === NOT_A_GAP) {
      this.closeAll()
      gap = NOT_A_GAP
    }
    for (let bits = mask | this.active; bits !== 0; bits &= bits - 1) {
      const i = 31 - Math.clz32(bits & -bits)
      const run = this.runs[i]
      const inList = (mask & (1 << i)) !== 0
      if (run && gap === PLACEHOLDER) {
        if (run.misses > 0 || run.pendingMiss) {
          this.close(i)
          if (inList) this.start(i, start, end, gap, index)
          continue
        }
        run.misses++
        run.placeholder = placeholderStart(text, this.lastEnd, start)
      }
      if (inList) {
        if (!run) {
          this.start(i, start, end, gap, index)
          continue
        }
        run.words++
        run.end = end
        run.last = index
        if (run.pendingMiss) {
          run.misses++
          run.pendingMiss = false
        }
      } else if (run && run.misses === 0 && !run.pendingMiss && maybeTypo) {
        run.pendingMiss = true // perhaps a misspelled word: it counts if the phrase goes on
      } else {
        this.close(i)
      }
    }
    this.lastEnd = end
  }

  /** Where the earliest run still open starts (-1: none): streaming must not cut the text before it. */
  openStart(): number {
    let start = -1
    for (const run of this.runs) if (run && (start < 0 || run.start < start)) start = run.start
    return start
  }

  /** The phrases found, runs of different lists over the same text merged into one, words counted once. */
  finish(): Phrase[] {
    this.closeAll()
    const merged: Found[] = []
    for (const phrase of [...this.found].sort((a, b) => a.start - b.start)) {
      const last = merged.at(-1)
      if (!last || phrase.start >= last.end) {
        merged.push({ ...phrase, placeholders: [...phrase.placeholders] })
        continue
      }
      last.end = Math.max(last.end, phrase.end)
      last.first = Math.min(last.first, phrase.first)
      last.last = Math.max(last.last, phrase.last)
      for (const at of phrase.placeholders) if (!last.placeholders.includes(at)) last.placeholders.push(at)
      last.words = last.last - last.first + 1 + last.placeholders.length
    }
    return merged.map(({ start, end, words }) => ({ start, end, words }))
  }

  private start(i: number, start: number, end: number, gapBefore: number, index: number) {
    // A phrase whose first word was lost: the placeholder before it is part of it.
    const gapFrom = Math.max(this.lastEnd, start - 24, 0)
    // The gap from the last word was classified already when it is the same stretch of text.
    const placeholder =
      gapBefore === PLACEHOLDER || (gapFrom !== this.lastEnd && classifyGap(this.text, gapFrom, start) === PLACEHOLDER)
    const leading = placeholder ? placeholderStart(this.text, gapFrom, start) : -1
    this.runs[i] = {
      start: leading >= 0 ? leading : start,
      end,
      words: 1,
      misses: leading >= 0 ? 1 : 0,
      pendingMiss: false,
      first: index,
      last: index,
      placeholder: leading,
    }
    this.active |= 1 << i
  }

  private close(i: number) {
    const run = this.runs[i]
    this.runs[i] = null
    this.active &= ~(1 << i)
    if (!run) return
    // A phrase whose last word was lost: a placeholder right after it.
    if (run.misses === 0 && run.words === MIN_WORDS - 1) {
      const trailing = trailingPlaceholder(this.text, run.end)
      if (trailing) {
        run.placeholder = trailing.start
        run.end = trailing.end
        run.misses = 1
      }
    }
    if (run.words + run.misses >= MIN_WORDS && run.words >= MIN_WORDS - 1) {
      const placeholders = run.placeholder >= 0 ? [run.placeholder] : []
      // A misspelled word is one of the words handed over (first…last), a lost one is not.
      this.found.push({
        start: run.start,
        end: run.end,
        words: run.words + run.misses,
        first: run.first,
        last: run.last,
        placeholders,
      })
    }
  }

  private closeAll() {
    for (let bits = this.active; bits !== 0; bits &= bits - 1) this.close(31 - Math.clz32(bits & -bits))
  }
}

/** Start of the placeholder mark in the gap [from, to) (the gap is known to hold one). */
function placeholderStart(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const code = text.charCodeAt(i)
    if (isPlaceholderChar(code) || code === 0x2026) {
      while (i > from && text.charCodeAt(i - 1) === code) i--
      return i
    }
  }
  return -1
}

/** A placeholder that follows a word (within a short separator): where its mark starts and where it ends. */
function trailingPlaceholder(text: string, from: number): { start: number; end: number } | null {
  const window = /^[\s\d.,;:)|\\nrt]{0,12}?(\?+|_+|…|\*{3,}|\.{3,})(?![\p{L}\p{N}])/u.exec(text.slice(from, from + 24))
  if (!window) return null
  const end = from + window[0].length
  return { start: end - (window[1] as string).length, end }
}

/** Japanese list words have three to nine kana. */
const KANA_MIN = 3
const KANA_MAX = 9

/**
 * A Japanese phrase written without spaces, inside the kana run text[start, end): the run is cut
 * into entries of the Japanese list (by the listed, decomposed spelling or the composed one people
 * type), choosing at each place the cut that leaves the longest chain of words. Then the run rule
 * of every other script: twelve or more words in a row, one of them possibly misspelled (an
 * unknown stretch of up to nine kana between two chains, or before or after eleven words). Where
 * prose is glued to the phrase and another cut would swallow a few of its kana, the cut whose
 * words carry a right BIP-39 checksum wins. Japanese prose never comes near: its runs of kana are
 * particles and endings, and the longest chain of list words in the project's Japanese guides and
 * messages is one word.
 */
export function unspacedJapanesePhrase(
  text: string,
  start: number,
  end: number,
  indexOf: ReadonlyMap<string, number>,
): Phrase | null {
  const length = end - start
  if (length < KANA_MIN * (MIN_WORDS - 1)) return null
  // chain[p]: most list words in a row from p; size[p]: the first of them; chainEnd[p]: where they stop.
  const chain = new Int32Array(length + 1)
  const size = new Int32Array(length + 1)
  const chainEnd = new Int32Array(length + 1)
  chainEnd[length] = length
  for (let p = length - 1; p >= 0; p--) {
    chainEnd[p] = p
    for (let s = KANA_MIN; s <= KANA_MAX && p + s <= length; s++) {
      if (indexOf.has(text.slice(start + p, start + p + s)) && (chain[p + s] as number) + 1 > (chain[p] as number)) {
        chain[p] = (chain[p + s] as number) + 1
        size[p] = s
        chainEnd[p] = chainEnd[p + s] as number
      }
    }
  }
  let best: Phrase | null = null
  let bestChecked = false
  const consider = (from: number, to: number, words: number, checked: boolean) => {
    if (words < MIN_WORDS || (best && (bestChecked > checked || (bestChecked === checked && words <= best.words))))
      return
    best = { start: start + from, end: start + to, words }
    bestChecked = checked
  }
  const checksumRight = (from: number, words: number) => {
    if (words % 3 !== 0 || words > 24) return false
    const indices: number[] = []
    for (let p = from; indices.length < words; p += size[p] as number)
      indices.push(indexOf.get(text.slice(start + p, start + p + (size[p] as number))) as number)
    return validChecksum(indices)
  }
  for (let p = 0; p < length; p++) {
    const words = chain[p] as number
    if (words === 0) continue
    const stop = chainEnd[p] as number
    consider(p, stop, words, words >= MIN_WORDS && checksumRight(p, words))
    // One misspelled word: an unknown stretch, then the chain goes on.
    for (let gap = 1; gap <= KANA_MAX && stop + gap < length; gap++) {
      const more = chain[stop + gap] as number
      if (more > 0) consider(p, chainEnd[stop + gap] as number, words + 1 + more, false)
    }
    // Eleven words and a misspelled one first or last, the rest of the run.
    if (words === MIN_WORDS - 1) {
      if (p > 0 && p <= KANA_MAX) consider(0, stop, MIN_WORDS, false)
      if (stop < length && length - stop <= KANA_MAX) consider(p, length, MIN_WORDS, false)
    }
  }
  return best
}

/**
 * A Chinese phrase written without spaces is one run of han characters: every character a word.
 * Chinese prose is made of the same common characters, so such a run counts only when its length
 * is a phrase length and its BIP-39 checksum is right (1 in 16 for random text of 12 characters,
 * and the run must stand on its own).
 */
export function isUnspacedChinesePhrase(run: string, indexOf: ReadonlyMap<string, number>): boolean {
  const length = run.length
  if (length < MIN_WORDS || length > 24 || length % 3 !== 0) return false
  const indices: number[] = []
  for (const char of run) {
    const index = indexOf.get(char)
    if (index === undefined) return false
    indices.push(index)
  }
  return indices.length === length && validChecksum(indices)
}

/** BIP-39: the phrase's bits are entropy and then the first ENT/32 bits of SHA-256(entropy). */
export function validChecksum(indices: readonly number[]): boolean {
  const bits = indices.map((i) => i.toString(2).padStart(11, '0')).join('')
  const checksumBits = bits.length / 33
  const entropyBits = bits.length - checksumBits
  const entropy = Buffer.alloc(entropyBits / 8)
  for (let i = 0; i < entropy.length; i++) entropy[i] = parseInt(bits.slice(i * 8, i * 8 + 8), 2)
  const hash = createHash('sha256').update(entropy).digest()
  const expected = [...hash]
    .map((b) => b.toString(2).padStart(8, '0'))
    .join('')
    .slice(0, checksumBits)
  return bits.slice(entropyBits) === expected
}
