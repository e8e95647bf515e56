import { en } from './en.js'
import { ja } from './ja.js'

export const languages = ['en', 'ja'] as const
export type Lang = (typeof languages)[number]

export type Catalog = typeof en
export type MessageKey = keyof Catalog
/** The parameters a message takes: `undefined` for a plain string. */
export type MessageParams<K extends MessageKey> = Catalog[K] extends (params: infer P) => string ? P : undefined

/** `ja` is typed against `en`, so a key missing from either catalog fails the typecheck. */
export const catalogs: Record<Lang, Catalog> = { en, ja }
