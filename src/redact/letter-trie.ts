/**
 * ASCII words looked up while they are read: a trie over the 26 letters (case folded) as one flat
 * table, so the scanner steps `state = next[state * 32 + column]` per letter of a word and knows at
 * its end, with no substring and no hash, which word lists hold it and whether it starts a
 * detector. Column 0 (a digit, an accented letter) and state 0 lead nowhere: a word with anything
 * but ASCII letters ends in state 0, which holds nothing.
 */
export type LetterTrie = {
  /** Transitions: next[state << 5 | column], column 1–26 for a–z. */
  next: Uint16Array | Int32Array
  /** Per state: the word lists (bit i) holding the word that ends here. */
  lists: Int32Array
  /** Per state: the trigger id of the word that ends here (0: none). */
  triggers: Uint8Array
}

export const ROOT = 1

/** The column of an ASCII letter, 1–26 (either case); 0 for anything else. */
export function letterColumn(code: number): number {
  const lower = code | 32
  return code < 0x80 && lower >= 0x61 && lower <= 0x7a ? lower - 0x60 : 0
}

/** A trie of `words` (ASCII letters only; lower case): each with its list bits and trigger id. */
export function buildLetterTrie(words: Iterable<[word: string, lists: number, trigger: number]>): LetterTrie {
  const entries = Array.isArray(words) ? (words as [string, number, number][]) : [...words]
  // Upper bound on states: dead, root, and one per letter.
  let capacity = 2
  for (const [word] of entries) capacity += word.length
  // The word lists make far fewer states than letters (shared prefixes): built in 16 bits when they
  // fit, which halves the table the build holds at its peak; in 32 bits only when they do not.
  const narrow = Math.min(capacity, 0x10000)
  const trie =
    fill(entries, new Uint16Array(narrow << 5), narrow) ?? fill(entries, new Int32Array(capacity << 5), capacity)
  // `capacity` bounds the states, so the wide table always holds them.
  if (!trie) throw new Error('a letter trie outgrew its own upper bound')
  return trie
}

/** Fills `next`; null when the words need more than `limit` states (the caller takes a wider table). */
function fill(entries: [string, number, number][], next: Uint16Array | Int32Array, limit: number): LetterTrie | null {
  const lists = new Int32Array(limit)
  const triggers = new Uint8Array(limit)
  let states = 2
  for (const [word, bits, trigger] of entries) {
    let state = ROOT
    for (let i = 0; i < word.length; i++) {
      const column = letterColumn(word.charCodeAt(i))
      if (column === 0) throw new Error(`not an ASCII word: ${word}`)
      const slot = (state << 5) | column
      if (next[slot] === 0) {
        if (states >= limit) return null
        next[slot] = states++
      }
      state = next[slot] as number
    }
    ;(lists[state] as number) |= bits
    if (trigger !== 0) triggers[state] = trigger
  }
  // A copy of just the states used (a typed array built from another is copied natively).
  const used = next.subarray(0, states << 5)
  return {
    next: states <= 0xffff && !(used instanceof Uint16Array) ? new Uint16Array(used) : used.slice(),
    lists: lists.slice(0, states),
    triggers: triggers.slice(0, states),
  }
}
