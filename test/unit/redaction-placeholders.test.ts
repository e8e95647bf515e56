import { generatePrivateKey } from 'viem/accounts'
import { describe, expect, it } from 'vitest'
import { localisePlaceholders } from '../../src/i18n/redaction-placeholders.js'
import { redactText } from '../../src/redact/redact.js'
import { apiKey, jwt, solanaSecretKey, base58, wif } from './redact-secrets.js'
import { english, generateMnemonic } from 'viem/accounts'

describe("the engine's marks in a Japanese report", () => {
  it('every kind the engine removes is said in Japanese; English output is left as it is', () => {
    const input = [
      `words: ${generateMnemonic(english)}`,
      `private key: ${generatePrivateKey()}`,
      `bare ${generatePrivateKey()}`,
      `wif ${wif()}`,
      `sol ${base58(solanaSecretKey())}`,
      `session ${jwt()}`,
      `curl -H "Authorization: Bearer ${apiKey(40)}"`,
      `password: hunter2`,
      'https://user:pw@mainnet.infura.io/v3/0123456789abcdef0123456789abcdef',
      'mail alice@example.com from 8.8.8.8 in /home/alice/x',
      'xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi',
    ].join('\n')
    const { text } = redactText(input)
    expect(text).toMatch(/\[redacted: /)
    const ja = localisePlaceholders(text, 'ja')
    expect(ja).not.toMatch(/\[redacted: /)
    expect(ja).toMatch(/\[削除済み: リカバリーフレーズ \d+ 語\]/)
    expect(ja).toMatch(/\[削除済み: 秘密鍵\]/)
    expect(localisePlaceholders(text, 'en')).toBe(text)
  })

  it('a mark it does not know, or text that only looks like one, is left as it is', () => {
    expect(localisePlaceholders('[redacted: something new]', 'ja')).toBe('[redacted: something new]')
    expect(localisePlaceholders('no marks here', 'ja')).toBe('no marks here')
  })
})
