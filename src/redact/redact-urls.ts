/**
 * RPC URLs carry API keys in the path (Infura, Alchemy, QuickNode, Ankr …), the query string or
 * the user-info part. Support needs to know which provider was used, never the key: keep the
 * scheme and host only.
 */
const URL_PATTERN = /\b(https?|wss?):\/\/([^\s/?#"'<>`]+)([^\s"'<>`]*)/gi

export function redactUrls(text: string, onRemoved: () => void): string {
  return text.replace(URL_PATTERN, (match, scheme: string, authority: string, rest: string) => {
    const host = authority.includes('@') ? authority.slice(authority.lastIndexOf('@') + 1) : authority
    const hasSecretPlace = authority.includes('@') || /[?#]/.test(rest) || rest.split('/').some(looksLikeKey)
    if (!hasSecretPlace) return match
    onRemoved()
    return `${scheme}://${host}/[redacted: url path]`
  })
}

/**
 * Provider keys are long opaque path segments (`/v3/<32 hex>`, `/v2/<alchemy key>`). Explorer
 * links carry `0x` hashes and addresses instead, which are the point of the link and stay.
 */
function looksLikeKey(segment: string): boolean {
  return segment.length >= 16 && !/^0x[0-9a-fA-F]+$/.test(segment)
}

/** A URL as shown in reports and errors: scheme and host, nothing that could be a credential. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url)
    return `${parsed.protocol}//${parsed.host}`
  } catch {
    return '[invalid url]'
  }
}
