import type { MessageKey, MessageParams } from './catalog.js'

/** A localisable text: a catalog key and its parameters, rendered only when the language is known. */
export type Text = { [K in MessageKey]: { key: K; params: MessageParams<K> } }[MessageKey]

export function text<K extends MessageKey>(
  key: K,
  ...params: MessageParams<K> extends undefined ? [] : [MessageParams<K>]
): Text {
  return { key, params: params[0] } as Text
}
