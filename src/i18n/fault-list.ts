/** How a language writes the list: the word before the count of the rest, and the brackets' spacing. */
export type FaultListStyle = { more: (count: number) => string; before: string; separator: string }

/**
 * Up to four endpoints and what each did, in brackets, the rest counted: what an error about
 * endpoints names. `word` puts a fault (English data) in the message's language. Empty when no
 * endpoint is known.
 */
export function faultList(
  faults: readonly { endpoint: string; reason: string }[],
  word: (reason: string) => string,
  style: FaultListStyle,
): string {
  if (faults.length === 0) return ''
  const shown = faults.slice(0, 4).map((f) => `${f.endpoint}: ${word(f.reason)}`)
  if (faults.length > 4) shown.push(style.more(faults.length - 4))
  return `${style.before}(${shown.join(style.separator)})`
}
