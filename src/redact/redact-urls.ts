import type { SpanSink } from './spans.js'

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
/** White space, quotes, angle brackets and backticks end a URL: a table, as the walk to a URL's end is the hot part. */
const URL_END = new Uint8Array(0x80)
URL_END.fill(1, 0, 0x21)
for (const c of '"\'<>`') URL_END[c.charCodeAt(0)] = 1

const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)

/**
 * A URL starting at `start` with its authority at `authorityStart` (after `scheme://`, or at the
 * host for a scheme-less one). Emits what holds a credential; returns where the URL ends.
 */
export function scanUrl(text: string, authorityStart: number, escaped: boolean, sink: SpanSink): number {
  const n = text.length
  let end = authorityStart
  for (; end < n; end++) {
    const c = text.charCodeAt(end)
    if (c < 0x80 && URL_END[c] === 1) break
  }
  // Prose punctuation after a URL is not part of it.
  while (end > authorityStart && isTrailingPunctuation(text.charCodeAt(end - 1))) end--
  let authorityEnd = authorityStart
  let at = -1
  for (; authorityEnd < end; authorityEnd++) {
    const c = text.charCodeAt(authorityEnd)
    if (c === 0x2f || c === 0x3f || c === 0x23 || c === 0x5c) break
    if (c === 0x40) at = authorityEnd
  }
  if (at > authorityStart && !text.startsWith('[redacted', authorityStart))
    sink.emit(authorityStart, at, 'rpc-url', '[redacted: credentials]')
  let provider: boolean | undefined
  const isProvider = () => (provider ??= PROVIDER_HOST.test(text.slice(at + 1 || authorityStart, authorityEnd)))
  // Path segments; the scan stays on char codes (most segments are short and need no look at all).
  let i = authorityEnd
  let previousStart = i
  let previousEnd = i
  while (i < end) {
    const c = text.charCodeAt(i)
    let from: number
    if (c === 0x2f) from = i + 1
    else if (escaped && c === 0x5c && text.charCodeAt(i + 1) === 0x2f) from = i + 2
    else break
    let to = from
    for (; to < end; to++) {
      const d = text.charCodeAt(to)
      if (d === 0x2f || d === 0x3f || d === 0x23 || (escaped && d === 0x5c)) break
    }
    if (to - from >= 12 && isKeySegment(text.slice(from, to), text.slice(previousStart, previousEnd), isProvider))
      sink.emit(from, to, 'rpc-url', '[redacted: key]')
    previousStart = from
    previousEnd = to
    i = to
  }
  // Query and fragment: name=value pairs.
  while (i < end) {
    const c = text.charCodeAt(i)
    if (c !== 0x3f && c !== 0x23 && c !== 0x26 && c !== 0x3b) break
    const from = i + 1
    let to = from
    let eq = -1
    for (; to < end; to++) {
      const d = text.charCodeAt(to)
      if (d === 0x26 || d === 0x23 || d === 0x3b) break
      if (d === 0x3d && eq < 0) eq = to
    }
    if (eq > from && to > eq + 1 && !text.startsWith('[redacted', eq + 1)) {
      if (KEY_NAMED.test(text.slice(from, eq)) || isOpaqueKey(text.slice(eq + 1, to)))
        sink.emit(eq + 1, to, 'rpc-url', '[redacted: key]')
    }
    i = to
  }
  return end
}

const isTrailingPunctuation = (c: number) =>
  c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x29 || c === 0x5d

function isKeySegment(segment: string, previous: string, provider: () => boolean): boolean {
  if (segment.length < 12 || PUBLIC_BEFORE.test(previous) || !/^[A-Za-z0-9_-]+$/.test(segment)) return false
  if (/^0x[0-9a-fA-F]*$/.test(segment)) return false
  if (segment.length >= 16 && (/^v\d+$/i.test(previous) || provider())) return true
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
