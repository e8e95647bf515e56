import { cell, letterColumn, NO_PARENT, ROOT, type LetterTrie } from './letter-trie.js'

/**
 * Lays the words out as a double array (letter-trie.ts). Only `npm run generate` and the tests run
 * this (the scanner unpacks the tables it wrote), so it favours being plain and deterministic over
 * being fast (tens of ms for the BIP-39 lists): the same words always give the same slots, which is
 * what lets test/unit/word-tables.test.ts compare the packed tables with freshly built ones.
 *
 * The words are sorted and the trie laid out depth first, children in letter order; each state's
 * children take the first base at which all their slots are free. Depth first puts a word's
 * states near each other, and first fit leaves almost no slot free (~20 for 35,792 states).
 */
export function buildLetterTrie(words: Iterable<[word: string, lists: number, trigger: number]>): LetterTrie {
  // One entry per word: its lists merged, the last trigger given kept (a list word may also be a trigger word).
  const merged = new Map<string, [lists: number, trigger: number]>()
  for (const [word, lists, trigger] of words) {
    if (!/^[a-z]+$/.test(word)) throw new Error(`not a lower-case ASCII word: ${word}`)
    const known = merged.get(word)
    merged.set(word, [(known?.[0] ?? 0) | lists, trigger !== 0 ? trigger : (known?.[1] ?? 0)])
  }
  const sorted = [...merged.keys()].sort()
  // At most one state per letter, past DEAD and ROOT; a base reaches at most 27 past the last state.
  let letters = 0
  for (const word of sorted) letters += word.length
  const room = letters + 2 + 2 * 27
  const base = new Uint16Array(room)
  const check = new Uint16Array(room).fill(NO_PARENT)
  const lists = new Uint16Array(room)
  const triggers = new Uint8Array(room)
  const taken = new Uint8Array(room)
  taken[0] = taken[ROOT] = 1
  let firstFree = 2
  // The end of the tables: past every slot used and every base + 26 (step reads there).
  let end = 27

  /** The state at `slot` for the words sorted[from, to), which share their first `depth` letters. */
  const place = (slot: number, from: number, to: number, depth: number): void => {
    let at = from
    if ((sorted[at] as string).length === depth) {
      const [bits, trigger] = merged.get(sorted[at] as string) as [number, number]
      lists[slot] = bits
      triggers[slot] = trigger
      at++ // sorted: the word that ends here comes before the longer ones
    }
    if (at === to) return // a leaf: base 0 (step from it reads slots 1–26, none its child)
    // The children: one per distinct letter at `depth`, each with its range of words.
    const columns: number[] = []
    const starts: number[] = []
    for (let i = at; i < to; i++) {
      const column = letterColumn((sorted[i] as string).charCodeAt(depth))
      if (column !== columns[columns.length - 1]) {
        columns.push(column)
        starts.push(i)
      }
    }
    starts.push(to)
    while (taken[firstFree] === 1) firstFree++
    let offset = Math.max(1, firstFree - (columns[0] as number))
    while (columns.some((column) => taken[offset + column] === 1)) offset++
    if (offset + 27 > NO_PARENT) throw new Error('the letter trie no longer fits 16 bits')
    base[slot] = offset
    end = Math.max(end, offset + 27)
    for (const column of columns) {
      taken[offset + column] = 1
      check[offset + column] = slot
    }
    columns.forEach((column, i) => place(offset + column, starts[i] as number, starts[i + 1] as number, depth + 1))
  }
  if (sorted.length > 0) place(ROOT, 0, sorted.length, 0)
  const cells = new Uint32Array(end)
  for (let slot = 0; slot < end; slot++) cells[slot] = cell(base[slot] as number, check[slot] as number)
  return {
    cells,
    lists: lists.slice(0, end),
    triggers: triggers.slice(0, end),
  }
}
