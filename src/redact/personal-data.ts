import { isIPv6 } from 'node:net'

export const EMAIL = /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/g

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)'
/** An IPv4 address, not inside a longer dotted number (a version such as 1.2.3.4.5). */
export const IPV4 = new RegExp(`(?<![\\d.])${OCTET}(?:\\.${OCTET}){3}(?![\\d.]*\\d)`, 'g')
/**
 * IPv6 candidates: all eight groups, or a compressed form with "::" (scanned for only when the
 * text has a "::" at all — logs are full of colons). node:net confirms each before it is removed.
 */
export const IPV6_FULL = /\b[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{1,4}){7}\b/g
export const IPV6_COMPRESSED =
  /(?<![\w:])(?:[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{1,4}){0,6})?::(?:[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{1,4}){0,6})?(?![\w:])/g

/** Loopback and unspecified addresses say nothing about anyone: kept. */
export const isPublicIpv4 = (ip: string) => !ip.startsWith('127.') && ip !== '0.0.0.0'
export const isRealIpv6 = (candidate: string) => candidate !== '::1' && candidate !== '::' && isIPv6(candidate)

/**
 * User names inside home-directory paths: /home/alice, /Users/alice, C:\Users\alice, and the
 * JSON-escaped C:\\Users\\alice. The path stays readable; only the name goes.
 */
export const HOME_PATH = /(\/home\/|\/Users\/|[A-Za-z]:(?:\\\\|\\)Users(?:\\\\|\\))([^\\/\s"'<>:|]+)/g
