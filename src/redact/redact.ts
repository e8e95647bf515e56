import { redactUrls } from './redact-urls.js'

export type RedactionKind = 'private-key' | 'rpc-url' | 'email' | 'address'

export type RedactOptions = {
  /** 64-hex values the tool knows to be transaction or block hashes, lower-cased: kept. */
  knownHashes?: ReadonlySet<string>
  /** `--redact-addresses`: show wallet addresses as 0x1234…abcd. */
  shortenAddresses?: boolean
}

export type RedactionResult = { text: string; removed: Partial<Record<RedactionKind, number>> }

const HEX_64 = /\b(0x)?([0-9a-fA-F]{64})\b/g
const EMAIL = /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/g
const ADDRESS = /\b0x[0-9a-fA-F]{40}\b/g

export const shortAddress = (address: string) => `${address.slice(0, 6)}…${address.slice(-4)}`

/**
 * The second pass over every free-text field and every error message. A 64-hex value has the
 * shape of a private key and of a transaction hash alike, so only hashes the tool itself knows
 * survive.
 */
export function redactText(input: string, options: RedactOptions = {}): RedactionResult {
  const removed: RedactionResult['removed'] = {}
  const count = (kind: RedactionKind) => () => {
    removed[kind] = (removed[kind] ?? 0) + 1
  }
  let text = redactUrls(input, count('rpc-url'))
  text = text.replace(HEX_64, (match, _prefix: string | undefined, hex: string) => {
    if (options.knownHashes?.has(`0x${hex.toLowerCase()}`)) return match
    count('private-key')()
    return '[redacted: 64-hex value (private key?)]'
  })
  text = text.replace(EMAIL, () => {
    count('email')()
    return '[redacted: e-mail]'
  })
  if (options.shortenAddresses) {
    text = text.replace(ADDRESS, (address) => {
      count('address')()
      return shortAddress(address)
    })
  }
  return { text, removed }
}

export const redact = (input: string, options?: RedactOptions) => redactText(input, options).text
