import type { en } from './en.js'

export const languages = ['en', 'ja'] as const
export type Lang = (typeof languages)[number]

/** `ja` is typed against `en`, so a key missing from either catalog fails the typecheck. */
export type Catalog = typeof en
export type MessageKey = keyof Catalog
/** The parameters a message takes: `undefined` for a plain string. */
export type MessageParams<K extends MessageKey> = Catalog[K] extends (params: infer P) => string ? P : undefined
