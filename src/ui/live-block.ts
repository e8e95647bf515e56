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
    // Cursor up to the block's first line, clear to the end of the screen, draw anew.
    const back = this.drawn > 0 ? `\u001b[${this.drawn}F\u001b[0J` : ''
    this.stream.write(`${back}${fitted.join('\n')}\n`)
    this.drawn = fitted.length
  }

  /** Leaves the last block on screen, with a blank line before what follows. */
  end(): void {
    if (this.drawn > 0) this.stream.write('\n')
    this.drawn = 0
  }
}
