import { describe, expect, it } from 'vitest'
import { PACKED } from '../../src/redact/word-tables.generated.js'
import { buildWordTables, packWordTables } from '../../src/redact/word-tables-source.js'
import { letterTrie, otherSpellings, unpackWordTables } from '../../src/redact/word-lists.js'
import type { LetterTrie } from '../../src/redact/letter-trie.js'
import { buildLetterTrie } from '../../src/redact/letter-trie-build.js'

/**
 * The scanner reads its word tables packed (src/redact/word-tables.generated.ts, written by `npm
 * run generate`) instead of building them from the BIP-39 lists at its first call. The packed file
 * must hold exactly what building them gives today — the lists, the trigger words, the letter
 * trie's slots (its double array: base and check) — or the file is stale and this fails.
 */
/**
 * Where two letter tries first differ (undefined: nowhere). Compared by hand: when 36,000-slot
 * arrays differ, vitest's diff of them takes ~40 s before the test can fail.
 */
function trieDifference(a: LetterTrie, b: LetterTrie): string | undefined {
  for (const key of ['cells', 'lists', 'triggers'] as const) {
    const [x, y] = [a[key], b[key]]
    if (x.constructor !== y.constructor) return `${key}: ${x.constructor.name} against ${y.constructor.name}`
    if (x.length !== y.length) return `${key}: ${x.length} slots against ${y.length}`
    const at = x.findIndex((value, i) => value !== y[i])
    if (at >= 0) return `${key}[${at}]: ${x[at]} against ${y[at]}`
  }
  return undefined
}

describe('the packed word tables', () => {
  const built = buildWordTables()

  it('are the tables built from the word lists and the trigger words, slot for slot', () => {
    const packed = unpackWordTables(PACKED)
    expect(trieDifference(packed.trie, built.trie)).toBeUndefined()
    expect([...packed.other]).toEqual([...built.other])
    expect(packed.japanese).toEqual(built.japanese)
    expect(packed.simplifiedChinese).toEqual(built.simplifiedChinese)
    expect(packed.traditionalChinese).toEqual(built.traditionalChinese)
  })

  it('are what the scanner uses', () => {
    expect(trieDifference(letterTrie(), built.trie)).toBeUndefined()
    expect([...otherSpellings()]).toEqual([...built.other])
  })

  it('pack and unpack without loss, and a change shows', () => {
    const text = packWordTables(built)
    // The generated module's text read back (as the bundle would, without evaluating it here).
    const field = (source: string, name: string) => new RegExp(`${name}:\\s*'([^']*)'`).exec(source)?.[1] ?? ''
    const again = (source: string) =>
      unpackWordTables({
        slots: Number(/slots: (\d+)/.exec(source)?.[1]),
        trie: field(source, 'trie'),
        other: field(source, 'other'),
        otherLists: field(source, 'otherLists'),
        japanese: field(source, 'japanese'),
        simplifiedChinese: field(source, 'simplifiedChinese'),
        traditionalChinese: field(source, 'traditionalChinese'),
      })
    expect(trieDifference(again(text).trie, built.trie)).toBeUndefined()
    // One word's lists changed: the packed tables differ from the built ones.
    const altered = { ...built, other: new Map(built.other) }
    const [first] = altered.other.keys()
    altered.other.set(first as string, 1)
    expect([...again(packWordTables(altered)).other]).not.toEqual([...built.other])
    // Another letter trie (of one word): packed and unpacked it is itself, not the lists' trie.
    const grown = buildLetterTrie([['abandonment', 1, 0]])
    const grownTables = { ...built, trie: grown }
    expect(trieDifference(again(packWordTables(grownTables)).trie, grown)).toBeUndefined()
    expect(trieDifference(again(packWordTables(grownTables)).trie, built.trie)).toBeDefined()
  })
})
