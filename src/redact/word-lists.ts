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
 * The ten BIP-39 word lists as look-up tables, built on first use (not at module load: `--version`
 * and every command that never redacts a phrase would pay ~50 ms for them).
 *
 * ASCII words — the bulk of any log — are looked up by a hash computed while the scanner walks the
 * word, in an open-addressing table of char codes: no substring, no lower-casing, no allocation per
 * word. Everything else (accents, kana, Hangul, han) goes through a Map of normalised spellings.
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

/** The hash the scanner computes as it walks an ASCII word: letters folded to lower case. */
export const hashStep = (hash: number, code: number) => (Math.imul(hash, 31) + (code | 32)) | 0

const SLOTS = 1 << 15
export type AsciiTable = {
  hashes: Int32Array
  masks: Int32Array
  words: (string | undefined)[]
  /** Lengths some ASCII entry has: a word of another length needs no probe. */
  lengths: Uint8Array
}
export type Tables = { ascii: AsciiTable; other: Map<string, number> }

const stripMarks = (word: string) => word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()

let tables: Tables | undefined

export function wordTables(): Tables {
  tables ??= buildTables()
  return tables
}

function buildTables(): Tables {
  const ascii: AsciiTable = {
    hashes: new Int32Array(SLOTS),
    masks: new Int32Array(SLOTS),
    words: new Array<string | undefined>(SLOTS),
    lengths: new Uint8Array(32),
  }
  const other = new Map<string, number>()
  WORD_LISTS.forEach((list, index) => {
    for (const word of list) {
      // As listed, composed, and without accents, as people type them.
      for (const key of new Set([word.toLowerCase(), word.normalize('NFC').toLowerCase(), stripMarks(word)])) {
        if (/^[a-z]+$/.test(key)) addAscii(ascii, key, 1 << index)
        else other.set(key, (other.get(key) ?? 0) | (1 << index))
      }
    }
  })
  return { ascii, other }
}

function addAscii(table: AsciiTable, word: string, bit: number) {
  let hash = 0
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i))
  table.lengths[word.length] = 1
  for (let slot = hash & (SLOTS - 1); ; slot = (slot + 1) & (SLOTS - 1)) {
    const present = table.words[slot]
    if (present === undefined) {
      table.words[slot] = word
      table.hashes[slot] = hash
      table.masks[slot] = bit
      return
    }
    if (present === word) {
      ;(table.masks[slot] as number) |= bit
      return
    }
  }
}

/** Lists holding the ASCII word text[start, end) (letters only), whose hash the scanner computed. */
export function asciiListsOf(table: AsciiTable, text: string, start: number, end: number, hash: number): number {
  const length = end - start
  if (length >= table.lengths.length || table.lengths[length] === 0) return 0
  for (let slot = hash & (SLOTS - 1); ; slot = (slot + 1) & (SLOTS - 1)) {
    const word = table.words[slot]
    if (word === undefined) return 0
    if (table.hashes[slot] === hash && word.length === length && sameLetters(text, start, word))
      return table.masks[slot] as number
  }
}

function sameLetters(text: string, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if ((text.charCodeAt(start + i) | 32) !== word.charCodeAt(i)) return false
  return true
}

/** Lists holding a word with letters beyond ASCII (accents, kana, Hangul, han), however normalised. */
export function otherListsOf(other: Map<string, number>, word: string): number {
  const lower = word.toLowerCase()
  return other.get(lower) ?? other.get(lower.normalize('NFC')) ?? other.get(stripMarks(word)) ?? 0
}
