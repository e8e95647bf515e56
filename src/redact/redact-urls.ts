import type { Emit } from './spans.js'

/**
 * URLs lose only the parts that hold a credential — user-info, key-shaped path segments (Infura's
 * `/v3/<key>`, Alchemy's `/v2/<key>`, QuickNode's and Ankr's hex keys), key-named query or
 * fragment parameters — and never a whole path because of its shape: explorer links, GitHub
 * issues and help-centre articles stay whole. JSON-escaped URLs (`https:\/\/…`) and provider URLs
 * written without a scheme (`mainnet.infura.io/v3/<key>`) are read the same way.
 */

/** Hosts of RPC providers whose path carries the key: any longer segment there is one. */
const PROVIDER_HOST =
  /(?:^|\.)(?:infura\.io|alchemy\.com|alchemyapi\.io|quiknode\.pro|ankr\.com|blastapi\.io|chainstack\.com|getblock\.io|nodereal\.io|drpc\.org|moralis\.io|moralis-nodes\.com|tatum\.io|blockpi\.network|onfinality\.io|pokt\.network|gateway\.fm)(?::\d+)?$/i
/** The provider labels a scheme-less URL is recognised by (the scanner looks these words up). */
export const PROVIDER_WORDS = [
  'infura',
  'alchemy',
  'alchemyapi',
  'quiknode',
  'ankr',
  'blastapi',
  'chainstack',
  'getblock',
  'nodereal',
  'drpc',
  'moralis',
  'tatum',
  'blockpi',
  'onfinality',
]
/** A segment after these names a public thing (a transaction, a block, an account, a commit, an issue). */
const PUBLIC_BEFORE =
  /^(?:tx|txs|transaction|transactions|block|blocks|address|addresses|account|accounts|token|tokens|hash|search|commit|commits|blob|tree|issues|pull|compare|nft)$/i
const KEY_NAMED =
  /^(?:key|apikey|api_key|api-key|x-api-key|token|access_token|accesstoken|auth|auth_token|authtoken|id_token|refresh_token|secret|client_secret|password|passwd|pass|pwd|sig|signature|privatekey|private_key|pk|mnemonic|seed|code|projectsecret|project_secret)$/i
/** White space, quotes, angle brackets and backticks end a URL. */
const isUrlEnd = (c: number) => c <= 0x20 || c === 0x22 || c === 0x27 || c === 0x3c || c === 0x3e || c === 0x60

const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)

/**
 * A URL starting at `start` with its authority at `authorityStart` (after `scheme://`, or at the
 * host for a scheme-less one). Emits what holds a credential; returns where the URL ends.
 */
export function scanUrl(text: string, authorityStart: number, escaped: boolean, emit: Emit): number {
  const slash = escaped ? '\\/' : '/'
  let end = authorityStart
  while (end < text.length && !isUrlEnd(text.charCodeAt(end))) end++
  // Prose punctuation after a URL is not part of it.
  while (end > authorityStart && /[.,;:!?)\]]/.test(text[end - 1] as string)) end--
  let authorityEnd = authorityStart
  for (; authorityEnd < end; authorityEnd++) {
    const c = text.charCodeAt(authorityEnd)
    if (c === 0x2f || c === 0x3f || c === 0x23 || c === 0x5c) break
  }
  const authority = text.slice(authorityStart, authorityEnd)
  const at = authority.lastIndexOf('@')
  if (at > 0 && !authority.slice(0, at).startsWith('[redacted')) {
    emit(authorityStart, authorityStart + at, 'rpc-url', '[redacted: credentials]')
  }
  const host = authority.slice(at + 1)
  const provider = PROVIDER_HOST.test(host)
  let i = authorityEnd
  let previous = ''
  // Path segments.
  while (i < end && text.startsWith(slash, i)) {
    const from = i + slash.length
    let to = from
    while (to < end && !text.startsWith(slash, to) && text[to] !== '?' && text[to] !== '#') to++
    const segment = text.slice(from, to)
    if (isKeySegment(segment, previous, provider)) {
      emit(from, to, 'rpc-url', '[redacted: key]')
    }
    previous = segment
    i = to
  }
  // Query and fragment: name=value pairs.
  while (i < end && (text[i] === '?' || text[i] === '#' || text[i] === '&' || text[i] === ';')) {
    const from = i + 1
    let to = from
    while (to < end && text[to] !== '&' && text[to] !== '#' && text[to] !== ';') to++
    const eq = text.indexOf('=', from)
    if (eq > 0 && eq < to) {
      const name = text.slice(from, eq)
      const value = text.slice(eq + 1, to)
      if (value.length > 0 && !value.startsWith('[redacted') && (KEY_NAMED.test(name) || isOpaqueKey(value))) {
        emit(eq + 1, to, 'rpc-url', '[redacted: key]')
      }
    }
    i = to
  }
  return end
}

function isKeySegment(segment: string, previous: string, provider: boolean): boolean {
  if (segment.length < 12 || PUBLIC_BEFORE.test(previous) || !/^[A-Za-z0-9_-]+$/.test(segment)) return false
  if (/^0x[0-9a-fA-F]*$/.test(segment)) return false
  if ((provider || /^v\d+$/i.test(previous)) && segment.length >= 16) return true
  return isOpaqueKey(segment)
}

/**
 * An opaque key: 32 or more hex digits without `0x`, a UUID, or 20 or more characters whose
 * letters and digits change case or kind as often as random text does (a slug such as
 * `360015489531-How-to-speed-up` changes rarely; `Jh6V3bK8Zq2xYfT9mLw` all the time).
 */
function isOpaqueKey(value: string): boolean {
  if (/^[0-9a-fA-F]{32,}$/.test(value)) return true
  if (/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(value)) return true
  if (value.length < 20 || !/^[A-Za-z0-9_-]+$/.test(value)) return false
  let changes = 0
  let pairs = 0
  for (let i = 1; i < value.length; i++) {
    const a = value.charCodeAt(i - 1)
    const b = value.charCodeAt(i)
    if (!isAlnum(a) || !isAlnum(b)) continue
    pairs++
    if (kind(a) !== kind(b)) changes++
  }
  return pairs >= 16 && changes / pairs >= 0.3
}

const kind = (c: number) => (c <= 57 ? 0 : c <= 90 ? 1 : 2)

/** A URL as shown in reports and errors: scheme and host, nothing that could be a credential. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url)
    return `${parsed.protocol}//${parsed.host}`
  } catch {
    return '[invalid url]'
  }
}
