import { EXTENDED_KEY, findKeystoreCrypto, HEX_64, isWif, WIF_CANDIDATE } from './keys.js'
import { EMAIL, HOME_PATH, IPV4, IPV6_COMPRESSED, IPV6_FULL, isPublicIpv4, isRealIpv6 } from './personal-data.js'
import { redactUrls } from './redact-urls.js'
import { findSeedPhrases } from './seed-phrase.js'

export const redactionKinds = [
  'seed-phrase',
  'private-key',
  'extended-key',
  'wif-key',
  'keystore',
  'rpc-url',
  'email',
  'ip-address',
  'user-name',
  'address',
] as const
export type RedactionKind = (typeof redactionKinds)[number]

/** What nobody legitimate ever needs: finding one in a user's own words calls for a warning. */
export const SECRET_KINDS: ReadonlySet<RedactionKind> = new Set([
  'seed-phrase',
  'private-key',
  'extended-key',
  'wif-key',
  'keystore',
])

export type RedactOptions = {
  /** 64-hex values the tool knows to be transaction or block hashes, lower-cased with 0x: kept. */
  knownHashes?: ReadonlySet<string>
  /** `--redact-addresses`: show wallet addresses as 0x1234…abcd. */
  shortenAddresses?: boolean
}

export type RedactionResult = { text: string; removed: Partial<Record<RedactionKind, number>> }

const ADDRESS = /\b0x[0-9a-fA-F]{40}\b/g

export const shortAddress = (address: string) => `${address.slice(0, 6)}…${address.slice(-4)}`

/** Replaces spans (sorted, non-overlapping) of `text`. */
function replaceSpans(
  text: string,
  spans: { start: number; end: number }[],
  placeholder: (i: number) => string,
): string {
  let out = ''
  let at = 0
  spans.forEach((span, i) => {
    out += text.slice(at, span.start) + placeholder(i)
    at = span.end
  })
  return out + text.slice(at)
}

/**
 * The second pass over every free-text field and every error message. Each removal leaves a
 * placeholder that says what was removed. Addresses, amounts, versions, dates and ordinary prose
 * stay: over-redaction would cost support the facts it needs.
 */
export function redactText(input: string, options: RedactOptions = {}): RedactionResult {
  const removed: RedactionResult['removed'] = {}
  const count = (kind: RedactionKind, n = 1) => {
    if (n > 0) removed[kind] = (removed[kind] ?? 0) + n
  }
  let text = input

  const keystores = findKeystoreCrypto(text)
  count('keystore', keystores.length)
  text = replaceSpans(text, keystores, () => '"[redacted: keystore crypto section]"')

  text = redactUrls(text, () => count('rpc-url'))

  text = text.replace(EXTENDED_KEY, () => (count('extended-key'), '[redacted: extended key]'))
  text = text.replace(WIF_CANDIDATE, (candidate) =>
    isWif(candidate) ? (count('wif-key'), '[redacted: WIF private key]') : candidate,
  )
  text = text.replace(HEX_64, (match) => {
    if (options.knownHashes?.has(`0x${match.slice(-64).toLowerCase()}`)) return match
    count('private-key')
    return '[redacted: 64-hex value, possibly a private key]'
  })

  const phrases = findSeedPhrases(text)
  count('seed-phrase', phrases.length)
  text = replaceSpans(text, phrases, (i) => `[redacted: recovery phrase, ${phrases[i]?.words} words]`)

  // Most logs hold no "@" at all: skip the e-mail scan there.
  if (text.includes('@')) text = text.replace(EMAIL, () => (count('email'), '[redacted: e-mail]'))
  text = text.replace(IPV4, (ip) => (isPublicIpv4(ip) ? (count('ip-address'), '[redacted: IP address]') : ip))
  const ipv6 = (candidate: string) =>
    isRealIpv6(candidate) ? (count('ip-address'), '[redacted: IP address]') : candidate
  text = text.replace(IPV6_FULL, ipv6)
  if (text.includes('::')) text = text.replace(IPV6_COMPRESSED, ipv6)
  text = text.replace(HOME_PATH, (_match, home: string) => (count('user-name'), `${home}[redacted: user name]`))

  if (options.shortenAddresses) text = text.replace(ADDRESS, (address) => (count('address'), shortAddress(address)))
  return { text, removed }
}

export const redact = (input: string, options?: RedactOptions) => redactText(input, options).text

/** Whether `text` holds a secret of the kinds nobody may ask for. */
export function containsSecret(text: string, options: Pick<RedactOptions, 'knownHashes'> = {}): boolean {
  const { removed } = redactText(text, options)
  return Object.keys(removed).some((kind) => SECRET_KINDS.has(kind as RedactionKind))
}
