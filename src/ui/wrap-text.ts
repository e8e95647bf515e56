import { displayWidth } from './text-width.js'

/**
 * Text for a person at a terminal of a given width. Lines break between words, or between two
 * Japanese characters; never inside a run of Latin letters and digits, so an address, a hash or a
 * URL is never split: one wider than the line stands on a line of its own (terminals keep a long
 * URL clickable that way). A wrapped line continues under its own text (a hanging indent), after a
 * list marker ("1. ", "• ", "✖ ") or a label column ("Status        pending").
 */
export function wrapText(text: string, width: number | null | undefined): string {
  if (!width) return text
  return text
    .split('\n')
    .flatMap((line) => wrapLine(line, width))
    .join('\n')
}

const ANSI = '\\u001b\\[[0-9;]*m'
/** Japanese (and other wide) letters: a line may break before or after any of them. */
const WIDE =
  '[\\u1100-\\u115f\\u2e80-\\ua4cf\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6]'
/** Punctuation that may not start a line (kinsoku): it stays with the character before it. */
const CLOSING = '[、。，．）」』】〉》！？：；・ー…,.)!?:;]'
/** Brackets that may not end a line: they stay with the character after them. */
const OPENING = '[（「『【〈《(]'
/**
 * One unbreakable piece: colour codes stick to what they colour; an opening bracket to what
 * follows; a wide letter with its closing punctuation; or a run of anything else that is not a space.
 */
const PIECE = new RegExp(
  `(?:${ANSI})*(?:${OPENING}(?:${ANSI})*)*(?:${WIDE}(?:(?:${ANSI})*${CLOSING})*|(?:(?!${WIDE})[^ ])+?(?=${WIDE}|${OPENING}${WIDE}| |$))(?:(?:${ANSI})*${CLOSING})*(?:${ANSI})*`,
  'gy',
)

function wrapLine(line: string, width: number): string[] {
  if (displayWidth(line) <= width) return [line]
  const lead = /^ */.exec(line)?.[0] ?? ''
  const hang = ' '.repeat(Math.min(hangingIndent(line), Math.floor(width / 2)))
  const lines: string[] = []
  let current = lead
  let currentWidth = displayWidth(lead)
  let gap = ''
  let position = lead.length
  const fresh = () => current.trim() === '' || current === hang
  while (position < line.length) {
    const spaces = /^ +/.exec(line.slice(position))?.[0]
    if (spaces) {
      gap += spaces
      position += spaces.length
      continue
    }
    PIECE.lastIndex = position
    const piece = PIECE.exec(line)?.[0] ?? line.charAt(position)
    position += piece.length
    const pieceWidth = displayWidth(piece)
    if (!fresh() && currentWidth + displayWidth(gap) + pieceWidth > width) {
      lines.push(current)
      // A word too wide even under the hanging indent (a URL, a whole hash) starts at the line's own indent.
      current = hang.length + pieceWidth > width ? lead : hang
      currentWidth = current.length
      gap = ''
    }
    current += gap + piece
    currentWidth += displayWidth(gap) + pieceWidth
    gap = ''
  }
  lines.push(current)
  return lines
}

/** Where a wrapped line's continuation starts: after a list marker, else after a label column, else under the line's own start. */
function hangingIndent(line: string): number {
  const plain = line.replace(new RegExp(ANSI, 'g'), '')
  const marker = /^( *)(?:\d+\.|[•✖✓!*-]) +/.exec(plain)
  if (marker) return displayWidth(marker[0])
  const label = /^( *)\S(?:\S| (?! ))*? {2,}(?=\S)/.exec(plain)
  if (label && displayWidth(label[0]) <= 30) return displayWidth(label[0])
  return /^ */.exec(plain)?.[0].length ?? 0
}
