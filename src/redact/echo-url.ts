/**
 * A URL the user typed, fit to be echoed in an error: parsed, never pattern-matched, so what a
 * password or key holds (quotes, `<`, backticks, `@`) cannot hide it from redaction. A URL that
 * parses keeps its scheme and host, and anything after them (user-info, path, query, fragment,
 * any of which may hold a key) is replaced by a placeholder. A value that does not parse as a URL
 * with a host is shown only when it is a bare `host:port` (the commonest typo, and no place for a
 * secret); anything else is redacted whole.
 */
export function echoUrl(value: string): string {
  let parsed: URL
  try {
    parsed = new URL(value)
  } catch {
    return REDACTED_WHOLE
  }
  if (parsed.host === '') return BARE_HOST_PORT.test(value) ? value : REDACTED_WHOLE
  const rest =
    parsed.username || parsed.password || parsed.search || parsed.hash || !['', '/'].includes(parsed.pathname)
  return `${parsed.protocol}//${parsed.host}${rest ? '/[redacted: url path]' : ''}`
}

const REDACTED_WHOLE = '[redacted: url]'
/** `localhost:8545`, `node.example:443`: a host and a port, nothing else. */
const BARE_HOST_PORT = /^[A-Za-z0-9.-]{1,253}:\d{1,5}$/
