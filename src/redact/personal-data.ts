import { isIPv6 } from 'node:net'

/**
 * Personal data in a log: e-mail addresses, public IP addresses, user names in home-directory
 * paths. Private, loopback and link-local addresses say nothing about anyone (and support needs
 * them: a wallet pointed at 192.168.1.20:8545); a four-part version (MetaMask 12.3.0.1) is no address.
 */

const LOCAL_CHAR = /[A-Za-z0-9._%+-]/
const DOMAIN_CHAR = /[A-Za-z0-9.-]/

/** The e-mail address around the `@` at `at`: [start, end), or null. */
export function emailAround(text: string, at: number): [number, number] | null {
  let start = at
  while (start > 0 && start > at - 64 && LOCAL_CHAR.test(text[start - 1] as string)) start--
  let end = at + 1
  while (end < text.length && end < at + 256 && DOMAIN_CHAR.test(text[end] as string)) end++
  while (end > at + 1 && /[.-]/.test(text[end - 1] as string)) end--
  if (start === at || !/\.[A-Za-z]{2,}$/.test(text.slice(at + 1, end))) return null
  return [start, end]
}

/** Whether a dotted quad is a public IPv4 address (not private, loopback, link-local, unspecified, multicast). */
export function isPublicIpv4(octets: readonly number[]): boolean {
  const [a = 0, b = 0] = octets
  if (a === 0 || a === 10 || a === 127 || a >= 224) return false
  if (a === 172 && b >= 16 && b <= 31) return false
  if (a === 192 && b === 168) return false
  if (a === 169 && b === 254) return false
  if (a === 100 && b >= 64 && b <= 127) return false // carrier-grade NAT
  return true
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39

/** The dotted quad starting at `start` (a 1–3 digit number): its end and octets, or null. Read from char codes: numbers followed by a dot are everywhere in logs. */
export function ipv4At(text: string, start: number): { end: number; octets: number[] } | null {
  const previous = text.charCodeAt(start - 1)
  if (previous === 0x2e || isDigit(previous)) return null // inside 1.2.3.4.5
  const octets: number[] = []
  let i = start
  for (let part = 0; part < 4; part++) {
    if (part > 0) {
      if (text.charCodeAt(i) !== 0x2e) return null
      i++
    }
    let value = 0
    const from = i
    while (i - from < 4 && isDigit(text.charCodeAt(i))) value = value * 10 + text.charCodeAt(i++) - 0x30
    if (i === from || i - from > 3 || value > 255) return null
    octets.push(value)
  }
  if (text.charCodeAt(i) === 0x2e && isDigit(text.charCodeAt(i + 1))) return null
  return { end: i, octets }
}

const VERSION_BEFORE =
  /(?:^|[^\p{L}])(?:version|ver|build|release|firmware|app|metamask|ledger(?: live)?|trezor|chrome|chromium|firefox|brave|safari|edge|opera|android|ios|ipados|windows|macos|node|phantom|rabby|exodus|electrum|trust(?: wallet)?|coinbase(?: wallet)?|okx(?: wallet)?|rainbow|uniswap|bitget(?: wallet)?|バージョン)\s*[:=]?\s*$/iu

/** A dotted quad that a version word or a product name stands right before: a version, not an address. */
export const isVersionContext = (text: string, start: number) =>
  VERSION_BEFORE.test(text.slice(Math.max(0, start - 32), start))

/** An IPv6 candidate starting at `start`: its end when node:net confirms it, else -1. */
export function ipv6At(text: string, start: number): number {
  const previous = text[start - 1] ?? ''
  if (/[\w:]/.test(previous)) return -1
  let end = start
  while (end < text.length && end - start < 45 && /[0-9a-fA-F:.]/.test(text[end] as string)) end++
  while (end > start && /[.:]/.test(text[end - 1] as string) && !text.slice(start, end).endsWith('::')) end--
  if (/[\w]/.test(text[end] ?? '')) return -1
  const candidate = text.slice(start, end)
  const colons = candidate.split(':').length - 1
  if (colons < 2 || (colons < 7 && !candidate.includes('::'))) return -1
  return isIPv6(candidate) ? end : -1
}

/** Loopback, unspecified, link-local (fe80::/10) and unique-local (fc00::/7) addresses: kept. */
export const isPublicIpv6 = (address: string) => {
  const lower = address.toLowerCase()
  return lower !== '::1' && lower !== '::' && !/^fe[89ab]/.test(lower) && !/^f[cd]/.test(lower)
}

/** What ends a user name in a path: a separator, white space, quotes, angle brackets, `:` or `|`. */
const isPathEnd = (c: number) =>
  c <= 0x20 ||
  c === 0x5c ||
  c === 0x2f ||
  c === 0x22 ||
  c === 0x27 ||
  c === 0x3c ||
  c === 0x3e ||
  c === 0x3a ||
  c === 0x7c

/** The user name after a home directory (`/home/`, `/Users/`, `C:\Users\`, escaped forms): [start, end) or null. */
export function userNameAfter(text: string, homeEnd: number): [number, number] | null {
  let start = homeEnd
  if (text.startsWith('\\\\', start) || text.startsWith('\\/', start)) start += 2
  else if (text[start] === '/' || text[start] === '\\') start += 1
  else return null
  let end = start
  while (end < text.length && !isPathEnd(text.charCodeAt(end))) end++
  if (end === start || text.startsWith('[redacted', start)) return null
  return [start, end]
}
