import { KEYISH_WORDS, LABEL_AUTHORIZATION, LABEL_KEYISH, LABEL_PASSWORD, PASSWORD_WORDS } from './credentials.js'
import { PROVIDER_WORDS } from './redact-urls.js'

// Words that start a detector: in the letter trie beside the word-list words, with these ids
// (1–3 are the credential labels of credentials.ts).
export const URL_SCHEME = 16
export const PROVIDER = 17
export const HOME = 18
export const CRYPTO = 19

/** Each trigger word with its id, in the order they go into the letter trie. */
export const TRIGGER_WORDS: readonly (readonly [words: readonly string[], id: number])[] = [
  [PASSWORD_WORDS, LABEL_PASSWORD],
  [KEYISH_WORDS, LABEL_KEYISH],
  [['authorization'], LABEL_AUTHORIZATION],
  [['http', 'https', 'ws', 'wss'], URL_SCHEME],
  [PROVIDER_WORDS, PROVIDER],
  [['home', 'users'], HOME],
  [['crypto'], CRYPTO],
]
