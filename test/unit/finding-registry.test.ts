import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { findingTable, TABLE_END, TABLE_START } from '../../src/findings/finding-table.js'
import { findingCodes, findingRegistry } from '../../src/findings/registry.js'
import { findingsEn } from '../../src/i18n/findings-en.js'
import { findingsJa } from '../../src/i18n/findings-ja.js'

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')

describe('the finding registry', () => {
  it("README's finding table is the one made from the registry (run `npm run generate`)", () => {
    const start = readme.indexOf(TABLE_START)
    const end = readme.indexOf(TABLE_END)
    expect(start).toBeGreaterThan(-1)
    expect(readme.slice(start, end + TABLE_END.length)).toBe(findingTable())
  })

  it('codes are stable-shaped, and each has texts in both languages and a line for the table', () => {
    for (const code of findingCodes) {
      expect(code).toMatch(/^[a-z0-9]+\.[a-z0-9-]+$/)
      expect(findingRegistry[code].about.length).toBeGreaterThan(10)
      expect(typeof findingsEn[code]).toBe('function')
      expect(typeof findingsJa[code]).toBe('function')
    }
  })
})
