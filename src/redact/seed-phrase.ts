import { czech, english, french, italian, japanese, korean, portuguese, simplifiedChinese, spanish, traditionalChinese } from 'viem/accounts'

/**
 * BIP-39 recovery phrases in all ten word lists, however they are written: spaces, ideographic
 * spaces, new lines, commas, numbered lists, upper case, accents dropped. An almost-right phrase
 * (one word misspelled, a wrong checksum) is still the secret, so one unknown word may sit in a run.
 */
const wordLists = [english, japanese, spanish, french, italian, czech, portuguese, korean, simplifiedChinese, traditionalChinese]

const normalise = (word: string) =>
  /^[\x00-\x7f]*$/.test(word) ? word.toLowerCase() : word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()

/** word → bit mask of the lists that contain it. A run must stay within one list. */
const listsOfWord = new Map<string, number>()
wordLists.forEach((list, index) => {
  for (const word of list) {
    const key = normalise(word)
    listsOfWord.set(key, (listsOfWord.get(key) ?? 0) | (1 << index))
  }
})

/** The shortest phrase BIP-39 defines. */
const MIN_WORDS = 12
const WORD = /[\p{L}\p{M}]+/gu
/** What may stand between two words of a written-down phrase: spaces, punctuation, numbering. */
const SEPARATOR = /^[\s\p{P}\d]{1,8}$/u

/** One run per word list: lists share words ("abandon" is English and French), so each is followed on its own. */
type Run = { start: number; end: number; words: number; misses: number; pendingMiss: boolean }

/** Spans [start, end) of every phrase-like run in `text`, with its word count; overlapping runs merged. */
export function findSeedPhrases(text: string): { start: number; end: number; words: number }[] {
  const found: { start: number; end: number; words: number }[] = []
  const runs: (Run | null)[] = wordLists.map(() => null)
  const close = (i: number) => {
    const run = runs[i]
    if (run && run.words + run.misses >= MIN_WORDS && run.words >= MIN_WORDS - 1) {
      found.push({ start: run.start, end: run.end, words: run.words + run.misses })
    }
    runs[i] = null
  }
  let lastEnd = 0
  for (const match of text.matchAll(WORD)) {
    const start = match.index
    const end = start + match[0].length
    if (!SEPARATOR.test(text.slice(lastEnd, start))) runs.forEach((_, i) => close(i))
    lastEnd = end
    const mask = listsOfWord.get(normalise(match[0])) ?? 0
    const plausibleTypo = match[0].length >= 3 && match[0].length <= 9
    for (let i = 0; i < runs.length; i++) {
      const run = runs[i]
      if (mask & (1 << i)) {
        if (!run) {
          runs[i] = { start, end, words: 1, misses: 0, pendingMiss: false }
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
  runs.forEach((_, i) => close(i))
  return mergeSpans(found)
}

function mergeSpans(spans: { start: number; end: number; words: number }[]) {
  const merged: { start: number; end: number; words: number }[] = []
  for (const span of spans.sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1)
    if (last && span.start < last.end) {
      if (span.end > last.end || span.words > last.words) Object.assign(last, { end: Math.max(last.end, span.end), words: Math.max(last.words, span.words) })
    } else merged.push({ ...span })
  }
  return merged
}
