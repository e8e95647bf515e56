import type { Catalog, Lang } from './catalog.js'
import { en } from './en.js'
import type { FindingTexts } from './finding-texts.js'

/**
 * A run speaks one language: only its catalog and finding texts are loaded (the other language's
 * would be parsed and compiled at every start for nothing). English is always there, so that an
 * error raised before the language is known can still be said; Japanese, and the finding texts of
 * either, are loaded where the language is decided (start-up, the library's options, an MCP call,
 * the conversation's question) and where a report is written.
 */
const catalogs: Partial<Record<Lang, Catalog>> = { en }
const findingTexts: Partial<Record<Lang, FindingTexts>> = {}

const catalogLoaders: Record<Lang, () => Promise<Catalog>> = {
  en: () => Promise.resolve(en),
  ja: async () => (await import('./ja.js')).ja,
}

const findingTextLoaders: Record<Lang, () => Promise<FindingTexts>> = {
  en: async () => (await import('./findings-en.js')).findingsEn,
  ja: async () => (await import('./findings-ja.js')).findingsJa,
}

/** Loads `lang`'s message catalog (once): after this, `t` and `translator` speak it. */
export async function loadLanguage(lang: Lang): Promise<void> {
  catalogs[lang] ??= await catalogLoaders[lang]()
}

/** Loads `lang`'s finding texts (once): a report in that language can then be built. */
export async function loadFindingTexts(lang: Lang): Promise<void> {
  findingTexts[lang] ??= await findingTextLoaders[lang]()
}

/** Thrown only by a bug (a path that speaks a language it never loaded): tests in both languages catch it. */
const notLoaded = (what: string, lang: Lang) =>
  new Error(`support-doctor: used the ${lang} ${what} before loading them (loadLanguage/loadFindingTexts)`)

export function catalogFor(lang: Lang): Catalog {
  const catalog = catalogs[lang]
  if (!catalog) throw notLoaded('message catalog', lang)
  return catalog
}

export function findingTextsFor(lang: Lang): FindingTexts {
  const texts = findingTexts[lang]
  if (!texts) throw notLoaded('finding texts', lang)
  return texts
}
