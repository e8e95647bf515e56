import { languages } from '../../src/i18n/catalog.js'
import { loadFindingTexts, loadLanguage } from '../../src/i18n/load-language.js'

/**
 * Both languages' catalogs and finding texts, for a unit test that calls report, tree or error
 * code directly: the program loads a language where it decides on it (start-up, the library's
 * options, an MCP call, the conversation), which such a test skips.
 */
export async function loadBothLanguages(): Promise<void> {
  await Promise.all(languages.flatMap((lang) => [loadLanguage(lang), loadFindingTexts(lang)]))
}
