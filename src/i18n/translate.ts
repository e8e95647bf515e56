import type { Text } from './text.js'
import type { Lang, MessageKey, MessageParams } from './catalog.js'
import { catalogFor } from './load-language.js'

export function t(lang: Lang, message: Text): string {
  const entry = catalogFor(lang)[message.key] as string | ((params: unknown) => string)
  return typeof entry === 'function' ? entry(message.params) : entry
}

/** A translator bound to one language: `say('tx.status.pending')`, `say('gas.title', { chain })`. */
export function translator(lang: Lang) {
  const catalog = catalogFor(lang)
  return <K extends MessageKey>(key: K, ...params: MessageParams<K> extends undefined ? [] : [MessageParams<K>]) => {
    const entry = catalog[key] as string | ((params: unknown) => string)
    return typeof entry === 'function' ? entry(params[0]) : entry
  }
}
export type Say = ReturnType<typeof translator>
