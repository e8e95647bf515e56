import { describe, expect, it } from 'vitest'
import {
  baseOf,
  checkOf,
  DEAD,
  letterColumn,
  NO_PARENT,
  ROOT,
  step,
  type LetterTrie,
} from '../../src/redact/letter-trie.js'
import { buildLetterTrie } from '../../src/redact/letter-trie-build.js'
import { letterTrie } from '../../src/redact/word-lists.js'
import { WORD_LISTS } from '../../src/redact/word-tables-source.js'

/**
 * The letter trie is a double array (src/redact/letter-trie.ts): a step is right only while no
 * state's children land on another's slots and no read falls outside the arrays. These walk it as
 * the scanner does, on a few words and on every ASCII word of the BIP-39 lists.
 */
const walk = (trie: LetterTrie, word: string) => {
  let state = ROOT
  for (let i = 0; i < word.length; i++) state = step(trie, state, letterColumn(word.charCodeAt(i)))
  return state
}

describe('the letter trie', () => {
  const trie = buildLetterTrie([
    ['abandon', 1, 0],
    ['able', 2, 0],
    ['ab', 4, 0],
    ['zoo', 1, 0],
    ['key', 0, 2],
    ['key', 8, 0],
  ])

  it('finds each word with its lists and trigger, in either case', () => {
    expect(trie.lists[walk(trie, 'abandon')]).toBe(1)
    expect(trie.lists[walk(trie, 'ABLE')]).toBe(2)
    expect(trie.lists[walk(trie, 'ab')]).toBe(4)
    expect(trie.lists[walk(trie, 'Zoo')]).toBe(1)
    // A word given twice: its lists merged, its trigger kept.
    expect(trie.lists[walk(trie, 'key')]).toBe(8)
    expect(trie.triggers[walk(trie, 'key')]).toBe(2)
  })

  it('holds nothing for a prefix, and leads nowhere past a word or on any other letter', () => {
    const prefix = walk(trie, 'aba')
    expect(prefix).not.toBe(DEAD)
    expect(trie.lists[prefix]).toBe(0)
    for (const word of ['abandons', 'zo0', 'x', 'keyz', 'abl3e', 'ábandon', 'zoo zoo'])
      expect(walk(trie, word), word).toBe(DEAD)
    expect(trie.lists[DEAD]).toBe(0)
    expect(trie.triggers[DEAD]).toBe(0)
  })

  it('is built the same whatever the order of the words', () => {
    const again = buildLetterTrie([
      ['key', 8, 0],
      ['zoo', 1, 0],
      ['ab', 4, 0],
      ['key', 0, 2],
      ['able', 2, 0],
      ['abandon', 1, 0],
    ])
    expect(again).toEqual(trie)
  })

  it('takes only lower-case ASCII words', () => {
    expect(() => buildLetterTrie([['naïve', 1, 0]])).toThrow(/not a lower-case ASCII word/)
    expect(() => buildLetterTrie([['Abc', 1, 0]])).toThrow(/not a lower-case ASCII word/)
  })
})

describe('the word lists’ letter trie', () => {
  const trie = letterTrie()

  it('has every step inside its arrays and every slot at most one state’s child', () => {
    const { cells } = trie
    expect(cells.length).toBeLessThan(NO_PARENT)
    for (const array of [trie.lists, trie.triggers]) expect(array.length).toBe(cells.length)
    let largestBase = 0
    for (const value of cells) largestBase = Math.max(largestBase, baseOf(value))
    expect(largestBase + 26).toBeLessThan(cells.length)
    // Each child sits where its parent's base and some letter put it.
    cells.forEach((value, slot) => {
      const parent = checkOf(value)
      if (parent === NO_PARENT) return
      const column = slot - baseOf(cells[parent] as number)
      expect(column >= 1 && column <= 26, `slot ${slot}`).toBe(true)
    })
    expect(checkOf(cells[DEAD] as number)).toBe(NO_PARENT)
    expect(checkOf(cells[ROOT] as number)).toBe(NO_PARENT)
  })

  it('holds every ASCII spelling of the lists’ words in its lists, and only those', () => {
    // As written, or without its accents as people type it (Spanish "álbum" is also "album").
    const listsOf = new Map<string, number>()
    WORD_LISTS.forEach((list, index) => {
      for (const word of list)
        for (const spelling of [word, word.normalize('NFKD').replace(/\p{M}/gu, '')])
          if (/^[a-z]+$/.test(spelling)) listsOf.set(spelling, (listsOf.get(spelling) ?? 0) | (1 << index))
    })
    for (const [word, bits] of listsOf) expect(trie.lists[walk(trie, word)], word).toBe(bits)
    // Words of the lists with one letter changed, added or dropped: found exactly when they are list words too.
    for (const word of [...listsOf.keys()].filter((_, i) => i % 7 === 0)) {
      for (const other of [`${word}s`, word.slice(0, -1), `q${word}`, word.replace(/[aeiou]/, 'x')])
        expect(trie.lists[walk(trie, other)], other).toBe(listsOf.get(other) ?? 0)
    }
  })
})
