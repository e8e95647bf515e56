import { stripVTControlCharacters } from 'node:util'

/**
 * Columns a string takes in a terminal: East Asian wide and full-width characters (kana, kanji,
 * full-width punctuation) take two. Without this, Japanese labels push their values out of line.
 */
export function displayWidth(text: string): number {
  let width = 0
  for (const char of stripVTControlCharacters(text)) {
    const code = char.codePointAt(0) ?? 0
    width += isWide(code) ? 2 : 1
  }
  return width
}

const isWide = (code: number) =>
  (code >= 0x1100 && code <= 0x115f) ||
  (code >= 0x2e80 && code <= 0xa4cf) ||
  (code >= 0xac00 && code <= 0xd7a3) ||
  (code >= 0xf900 && code <= 0xfaff) ||
  (code >= 0xfe30 && code <= 0xfe4f) ||
  (code >= 0xff00 && code <= 0xff60) ||
  (code >= 0xffe0 && code <= 0xffe6)

/** Pads to `width` columns, always leaving at least two spaces before what follows. */
export function padLabel(text: string, width: number): string {
  return text + ' '.repeat(Math.max(2, width - displayWidth(text)))
}

/** The width of a label column: at least `minimum`, and wide enough for every label and two spaces. */
export function labelColumn(labels: readonly string[], minimum: number): number {
  return Math.max(minimum, ...labels.map((label) => displayWidth(label) + 2))
}
