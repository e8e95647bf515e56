import type { Lang } from './catalog.js'

/**
 * The redaction engine (src/redact, below every language) marks what it removed in English:
 * "[redacted: private key]". A Japanese report or error says the same in Japanese — applied last,
 * to text already redacted, so nothing it writes is ever looked at by the engine again.
 */
const japanese: Readonly<Record<string, string>> = {
  '64-hex value, possibly a private key': '16進数64文字の値(秘密鍵の可能性)',
  'IP address': 'IP アドレス',
  JWT: 'JWT',
  'Solana secret key': 'Solana の秘密鍵',
  'WIF private key': 'WIF 形式の秘密鍵',
  credential: '認証情報',
  credentials: '認証情報',
  'e-mail': 'メールアドレス',
  'extended key': '拡張鍵',
  key: 'キー',
  'keystore crypto section': 'キーストアの暗号化部分',
  password: 'パスワード',
  'private key': '秘密鍵',
  'text that could not be checked': '確認できなかったテキスト',
  'url path': 'URL のパス',
  url: 'URL',
  'user name': 'ユーザー名',
}

const PLACEHOLDER = /\[redacted: ([^\]\n]{1,60})\]/g

/** The engine's placeholders in `lang`'s words; English text, or a mark not known here, as it is. */
export function localisePlaceholders(text: string, lang: Lang): string {
  if (lang === 'en' || !text.includes('[redacted: ')) return text
  return text.replace(PLACEHOLDER, (whole, what: string) => {
    const phrase = /^recovery phrase, (\d+) words$/.exec(what)
    if (phrase) return `[削除済み: リカバリーフレーズ ${phrase[1]} 語]`
    const word = japanese[what]
    return word === undefined ? whole : `[削除済み: ${word}]`
  })
}
