import { describe, expect, it } from 'vitest'
import { PACKED } from '../../src/redact/word-tables.generated.js'
import { buildWordTables, packWordTables } from '../../src/redact/word-tables-source.js'
import { letterTrie, otherSpellings, unpackWordTables } from '../../src/redact/word-lists.js'

/**
 * The scanner reads its word tables packed (src/redact/word-tables.generated.ts, written by `npm
 * run generate`) instead of building them from the BIP-39 lists at its first call. The packed file
 * must hold exactly what building them gives today — the lists, the trigger words, the letter
 * trie's state numbering — or the file is stale and this fails.
 */
describe('the packed word tables', () => {
  const built = buildWordTables()

  it('are the tables built from the word lists and the trigger words, state for state', () => {
    const packed = unpackWordTables(PACKED)
    expect(packed.trie.next).toBeInstanceOf(Uint16Array)
    expect(packed.trie.next).toEqual(built.trie.next)
    expect(packed.trie.lists).toEqual(built.trie.lists)
    expect(packed.trie.triggers).toEqual(built.trie.triggers)
    expect([...packed.other]).toEqual([...built.other])
    expect(packed.japanese).toEqual(built.japanese)
    expect(packed.simplifiedChinese).toEqual(built.simplifiedChinese)
    expect(packed.traditionalChinese).toEqual(built.traditionalChinese)
  })

  it('are what the scanner uses', () => {
    expect(letterTrie().next).toEqual(built.trie.next)
    expect([...otherSpellings()]).toEqual([...built.other])
  })

  it('pack and unpack without loss, and a change shows', () => {
    const text = packWordTables(built)
    // The generated module's text read back (as the bundle would, without evaluating it here).
    const field = (source: string, name: string) => new RegExp(`${name}:\\s*'([^']*)'`).exec(source)?.[1] ?? ''
    const again = (source: string) =>
      unpackWordTables({
        states: Number(/states: (\d+)/.exec(source)?.[1]),
        trie: field(source, 'trie'),
        other: field(source, 'other'),
        otherLists: field(source, 'otherLists'),
        japanese: field(source, 'japanese'),
        simplifiedChinese: field(source, 'simplifiedChinese'),
        traditionalChinese: field(source, 'traditionalChinese'),
      })
    expect(again(text).trie).toEqual(built.trie)
    // One word's lists changed: the packed tables differ from the built ones.
    const altered = { ...built, other: new Map(built.other) }
    const [first] = altered.other.keys()
    altered.other.set(first as string, 1)
    expect([...again(packWordTables(altered)).other]).not.toEqual([...built.other])
  })
})
