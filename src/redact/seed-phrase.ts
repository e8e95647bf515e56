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

type Run = { start: number; end: number; mask: number; words: number; misses: number }

/** Spans [start, end) of every phrase-like run in `text`, with its word count. */
export function findSeedPhrases(text: string): { start: number; end: number; words: number }[] {
  const found: { start: number; end: number; words: number }[] = []
  let run: Run | null = null
  let lastEnd = 0
  const close = () => {
    if (run && run.words + run.misses >= MIN_WORDS && run.words >= MIN_WORDS - 1) {
      found.push({ start: run.start, end: run.end, words: run.words + run.misses })
    }
    run = null
  }
  for (const match of text.matchAll(WORD)) {
    const start = match.index
    const end = start + match[0].length
    if (run && !SEPARATOR.test(text.slice(lastEnd, start))) close()
    lastEnd = end
    const mask = listsOfWord.get(normalise(match[0])) ?? 0
    const current = run as Run | null
    if (mask !== 0 && current && (current.mask & mask) !== 0) {
      current.mask &= mask
      current.words++
      current.end = end
    } else if (mask !== 0) {
      close()
      run = { start, end, mask, words: 1, misses: 0 }
    } else if (current && current.misses === 0 && match[0].length >= 3 && match[0].length <= 9) {
      current.misses++ // a misspelled word; the run's end stays at the last list word
    } else {
      close()
    }
  }
  close()
  return found
}
