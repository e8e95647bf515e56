import { inflateRawSync } from 'node:zlib'
import type { LetterTrie } from './letter-trie.js'
import { PACKED } from './word-tables.generated.js'

/**
 * The ten BIP-39 word lists as the scanner reads them, unpacked on first use from the tables
 * `npm run generate` built: word-tables-source.ts builds them from the lists as published,
 * word-tables.generated.ts holds them packed, and test/unit/word-tables.test.ts proves the two
 * equal. Building them at run time cost ~50 ms and ~11 MB at the peak on the first redaction of
 * every process; unpacking the trie costs a few milliseconds, each other part is unpacked only
 * when a text needs it, and the lists themselves are not loaded at all.
 *
 * ASCII words — the bulk of any log — are in the scanner's letter trie (letter-trie.ts), walked
 * while the word is read: no substring, no lower-casing, no look-up per word. Everything else
 * (accents, kana, Hangul, han) goes through a Map of normalised spellings.
 */

/** The lists, in the order of their bits: English, Japanese, Spanish, French, Italian, Czech, Portuguese, Korean, Chinese (simplified, traditional). */
export const LIST_COUNT = 10

export type WordTables = {
  /** The lists' ASCII words (bit i: list i) and the words that start a detector (their trigger id). */
  trie: LetterTrie
  /** Every other spelling, lower case — as listed, composed and without accents — and its lists. */
  other: Map<string, number>
  /** The lists the scanner cuts unspaced text by, as published (the Japanese one decomposed). */
  japanese: string[]
  simplifiedChinese: string[]
  traditionalChinese: string[]
}

type Packed = typeof PACKED

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

/** `count` little-endian 16-bit numbers from `offset`: a view where the machine allows, else read one by one. */
function uint16s(bytes: Buffer, offset: number, count: number): Uint16Array {
  if (littleEndian && (bytes.byteOffset + offset) % 2 === 0)
    return new Uint16Array(bytes.buffer, bytes.byteOffset + offset, count)
  const out = new Uint16Array(count)
  for (let i = 0; i < count; i++) out[i] = bytes.readUInt16LE(offset + i * 2)
  return out
}

/** The same for 32-bit numbers. */
function uint32s(bytes: Buffer, offset: number, count: number): Uint32Array {
  if (littleEndian && (bytes.byteOffset + offset) % 4 === 0)
    return new Uint32Array(bytes.buffer, bytes.byteOffset + offset, count)
  const out = new Uint32Array(count)
  for (let i = 0; i < count; i++) out[i] = bytes.readUInt32LE(offset + i * 4)
  return out
}

const inflate = (base64: string) => inflateRawSync(Buffer.from(base64, 'base64'))

/**
 * The letter trie from its packed form (the layout is packWordTables', word-tables-source.ts): the
 * arrays as they are, so unpacking is inflating and copying them out (~2 ms; rebuilding the cells
 * from each slot's parent and letter, a smaller file, took ~5 ms in loops run once, uncompiled).
 */
function unpackTrie(packed: Packed): LetterTrie {
  const { slots } = packed
  const bytes = inflate(packed.trie)
  // Copies: views would keep whatever buffer zlib handed back alive beside them.
  return {
    cells: uint32s(bytes, 0, slots).slice(),
    lists: uint16s(bytes, slots * 4, slots).slice(),
    triggers: new Uint8Array(bytes.subarray(slots * 6, slots * 7)),
  }
}

/** The spellings beyond ASCII and their lists, from their packed form. */
function unpackOther(packed: Packed): Map<string, number> {
  const keys = packed.other.split(' ')
  const lists = uint16s(inflate(packed.otherLists), 0, keys.length)
  const other = new Map<string, number>()
  for (let i = 0; i < keys.length; i++) other.set(keys[i] as string, lists[i] as number)
  return other
}

/** Every table at once (the test compares them with the ones built from the lists). */
export const unpackWordTables = (packed: Packed): WordTables => ({
  trie: unpackTrie(packed),
  other: unpackOther(packed),
  japanese: packed.japanese.split(' '),
  simplifiedChinese: packed.simplifiedChinese.split(' '),
  traditionalChinese: packed.traditionalChinese.split(' '),
})

let trie: LetterTrie | undefined
let other: Map<string, number> | undefined
let japanese: string[] | undefined
let chinese: [simplified: string[], traditional: string[]] | undefined

/** The letter trie: every scan walks it. */
export const letterTrie = (): LetterTrie => (trie ??= unpackTrie(PACKED))
/** The spellings beyond ASCII: unpacked at the first word with an accent, kana, Hangul or han. */
export const otherSpellings = (): Map<string, number> => (other ??= unpackOther(PACKED))
/** The Japanese list as published (decomposed). */
export const japaneseWords = (): string[] => (japanese ??= PACKED.japanese.split(' '))
/** The two Chinese lists. */
export const chineseWords = (): [simplified: string[], traditional: string[]] =>
  (chinese ??= [PACKED.simplifiedChinese.split(' '), PACKED.traditionalChinese.split(' ')])

const stripMarks = (word: string) => word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()

/** Lists holding a word with letters beyond ASCII (accents, kana, Hangul, han), however normalised. */
export function otherListsOf(word: string): number {
  const spellings = otherSpellings()
  const lower = word.toLowerCase()
  return spellings.get(lower) ?? spellings.get(lower.normalize('NFC')) ?? spellings.get(stripMarks(word)) ?? 0
}
