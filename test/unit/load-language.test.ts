import { describe, expect, it } from 'vitest'
import { catalogFor, findingTextsFor, loadFindingTexts, loadLanguage } from '../../src/i18n/load-language.js'
import { translator } from '../../src/i18n/translate.js'

// One file, one module instance: nothing else here loads a language first.
describe('one language per run', () => {
  it('English messages are there from the start; Japanese and finding texts only once loaded', async () => {
    expect(translator('en')('error.label')).toBe('error')
    expect(() => catalogFor('ja')).toThrow(/used the ja message catalog before loading/)
    expect(() => findingTextsFor('en')).toThrow(/used the en finding texts before loading/)

    await loadLanguage('ja')
    expect(translator('ja')('error.label')).toBe('エラー')
    // Loading the catalog does not load the finding texts: a command without a report never pays for them.
    expect(() => findingTextsFor('ja')).toThrow()

    await loadFindingTexts('ja')
    expect(typeof findingTextsFor('ja')['tx.confirmed']).toBe('function')
    expect(() => findingTextsFor('en')).toThrow()
  })
})
