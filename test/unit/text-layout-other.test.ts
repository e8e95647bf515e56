import { Chalk } from 'chalk'
import { beforeAll, describe, expect, it } from 'vitest'
import { knownChains } from '../../src/chains/registry.js'
import { renderOutput } from '../../src/commands/export-output.js'
import { guideOutput } from '../../src/commands/guide.js'
import { translator } from '../../src/i18n/translate.js'
import { renderChains } from '../../src/report/render-chains.js'
import { displayWidth } from '../../src/ui/text-width.js'
import { loadBothLanguages } from '../support/languages.js'

const plain = new Chalk({ level: 0 })

/** No line wider than the width unless it is one word alone; every word of the unwrapped text still whole. */
function expectFits(text: string, unwrapped: string, width: number) {
  for (const line of text.split('\n'))
    if (displayWidth(line) > width) expect(line.trim().split(/\s+/), line).toHaveLength(1)
  expect(text.replace(/\s+/g, '')).toBe(unwrapped.replace(/\s+/g, ''))
  const words = new Set(text.split(/\s+/))
  for (const word of unwrapped.split(/\s+/).filter((w) => /^[\x21-\x7e]+$/.test(w))) expect(words).toContain(word)
}

// These tests call the code that speaks directly, past the places that load a language.
beforeAll(loadBothLanguages)

describe('the guides and the chain list, wrapped', () => {
  for (const lang of ['en', 'ja'] as const)
    for (const width of [40, 80, 120])
      it(`${lang} at ${width} columns`, () => {
        for (const output of [guideOutput('stuck-transactions', lang), guideOutput(undefined, lang)]) {
          const unwrapped = renderOutput(output, 'text', { style: plain, width: null })
          expectFits(renderOutput(output, 'text', { style: plain, width }), unwrapped, width)
        }
        const rows = knownChains.map((c) => ({
          id: c.id,
          key: String(c.id),
          name: c.name,
          fees: 'eip1559',
          endpoints: c.publicRpcUrls.map((url) => ({ url })),
        }))
        const chains = { json: null, text: () => renderChains(rows, translator(lang), plain), exitCode: 0 }
        const unwrapped = renderOutput(chains, 'text', { style: plain, width: null })
        expectFits(renderOutput(chains, 'text', { style: plain, width }), unwrapped, width)
      })
})
