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
 * The ten BIP-39 word lists, and the spellings people type them in, built on first use (not at
 * module load: `--version` and every command that never redacts a phrase would pay ~50 ms).
 *
 * ASCII words — the bulk of any log — go into the scanner's letter trie (letter-trie.ts), walked
 * while the word is read: no substring, no lower-casing, no look-up per word. Everything else
 * (accents, kana, Hangul, han) goes through a Map of normalised spellings.
 */
export const WORD_LISTS = [
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
] as const
export const CHINESE_LISTS = (1 << 8) | (1 << 9)
export const JAPANESE_LIST = 1

export type Tables = {
  /** ASCII spellings (lower case) and the lists (bit i: WORD_LISTS[i]) that hold them. */
  ascii: Map<string, number>
  /** Every other spelling, lower case, as listed, composed and without accents. */
  other: Map<string, number>
}

const stripMarks = (word: string) => word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()

let tables: Tables | undefined

export function wordTables(): Tables {
  tables ??= buildTables()
  return tables
}

function buildTables(): Tables {
  const ascii = new Map<string, number>()
  const other = new Map<string, number>()
  WORD_LISTS.forEach((list, index) => {
    const bit = 1 << index
    for (const word of list) {
      if (/^[a-z]+$/.test(word)) {
        ascii.set(word, (ascii.get(word) ?? 0) | bit) // most words: one spelling, no normalising
        continue
      }
      // As listed, composed, and without accents, as people type them.
      for (const key of new Set([word.toLowerCase(), word.normalize('NFC').toLowerCase(), stripMarks(word)])) {
        const into = /^[a-z]+$/.test(key) ? ascii : other
        into.set(key, (into.get(key) ?? 0) | bit)
      }
    }
  })
  return { ascii, other }
}

/** Lists holding a word with letters beyond ASCII (accents, kana, Hangul, han), however normalised. */
export function otherListsOf(other: Map<string, number>, word: string): number {
  const lower = word.toLowerCase()
  return other.get(lower) ?? other.get(lower.normalize('NFC')) ?? other.get(stripMarks(word)) ?? 0
}
