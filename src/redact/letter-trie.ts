/**
 * ASCII words looked up while they are read: a trie over the 26 letters (case folded), so the
 * scanner steps once per letter of a word and knows at its end, with no substring and no hash,
 * which word lists hold it and whether it starts a detector.
 *
 * The trie is a double array: state `s` goes on letter column `c` to slot `to = base(s) + c`,
 * which is its child only when `check(to) === s`; anything else leads to DEAD. The children of
 * different states interleave in one array, so the tables hold ~36,000 slots (~250 KB) where one
 * row of 32 columns per state held 2.3 MB, almost all zeros. Base and check share one 32-bit cell
 * per slot: the read that checks a step also brings the next state's base, so a step costs one
 * read, as a row per state did (base and check in two arrays cost two reads a step, 3–4% of the
 * engine's throughput). Column 0 (a digit, an accented letter) and DEAD lead to DEAD (see
 * `step`), which holds nothing: a word with anything but ASCII letters ends there.
 */
export type LetterTrie = {
  /** Per slot: base << 16 | check. Base: where its children start; check: the state it is the child of (NO_PARENT: none). */
  cells: Uint32Array
  /** Per slot: the word lists (bit i) holding the word that ends here. */
  lists: Uint16Array
  /** Per slot: the trigger id of the word that ends here (0: none). */
  triggers: Uint8Array
}

export const DEAD = 0
export const ROOT = 1
/** The check of a slot that is no state's child (DEAD, ROOT, a free slot): the tables stay below it. */
export const NO_PARENT = 0xffff

export const cell = (base: number, check: number): number => ((base << 16) | check) >>> 0
export const baseOf = (cell: number): number => cell >>> 16
export const checkOf = (cell: number): number => cell & 0xffff

/** The column of an ASCII letter, 1–26 (either case); 0 for anything else. */
export function letterColumn(code: number): number {
  const lower = code | 32
  return code < 0x80 && lower >= 0x61 && lower <= 0x7a ? lower - 0x60 : 0
}

/**
 * One letter. The scanner writes this out in its word loop, carrying the base it read with the
 * state (a call and a second read per letter cost there; see scanner.ts). Why it needs no other
 * test: DEAD is no state's parent, so every step from it fails; column 0 reads slot base(s), never
 * a child of s (those are at base + 1 … base + 26); and the cells reach past the largest base +
 * 26, so no read falls outside them.
 */
export function step(trie: LetterTrie, state: number, column: number): number {
  const to = baseOf(trie.cells[state] as number) + column
  return checkOf(trie.cells[to] as number) === state ? to : DEAD
}
