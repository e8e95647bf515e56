import type { Text } from './text.js'
import { catalogs, type Lang, type MessageKey, type MessageParams } from './catalog.js'

export function t(lang: Lang, message: Text): string {
  const entry = catalogs[lang][message.key] as string | ((params: unknown) => string)
  return typeof entry === 'function' ? entry(message.params) : entry
}

/** A translator bound to one language: `say('tx.status.pending')`, `say('gas.title', { chain })`. */
export function translator(lang: Lang) {
  return <K extends MessageKey>(key: K, ...params: MessageParams<K> extends undefined ? [] : [MessageParams<K>]) =>
    t(lang, { key, params: params[0] } as Text)
}
export type Say = ReturnType<typeof translator>
