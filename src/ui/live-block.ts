import { displayWidth } from './text-width.js'

/**
 * A few lines on a terminal redrawn in place (stderr, never stdout): each draw moves the cursor
 * back over the previous block and clears it, so a person sees one status that changes rather than
 * a scrolling log. Lines are cut to the terminal's width, since a wrapped line would break the count.
 */
export class LiveBlock {
  private drawn = 0
  constructor(private readonly stream: NodeJS.WritableStream & { columns?: number }) {}

  draw(lines: readonly string[]): void {
    const width = this.stream.columns ?? 80
    const fitted = lines.map((line) =>
      displayWidth(line) < width ? line : `${[...line].slice(0, width - 2).join('')}…`,
    )
    // Erase the previous block line by line from the bottom (as log-update does: every terminal
    // and tmux know "erase line" and "cursor up"), then draw anew where it began.
    const back = '\u001b[1A\u001b[2K'.repeat(this.drawn) + (this.drawn > 0 ? '\r' : '')
    this.stream.write(`${back}${fitted.join('\n')}\n`)
    this.drawn = fitted.length
  }

  /** Leaves the last block on screen, with a blank line before what follows. */
  end(): void {
    if (this.drawn > 0) this.stream.write('\n')
    this.drawn = 0
  }
}
