import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import type { Deps } from '../../src/commands/deps.js'
import { startProgress } from '../../src/ui/progress.js'

function terminal(columns: number | undefined) {
  let written = ''
  // The parts of a tty.WriteStream ora uses to redraw its line.
  const cursor = { cursorTo: () => true, moveCursor: () => true, clearLine: () => true }
  const stream = Object.assign(new Writable({ write: (c, _, done) => ((written += c), done()) }), {
    isTTY: true,
    columns,
    ...cursor,
  })
  const deps = { env: {}, stderr: stream, ui: { lang: 'en', json: false } } as unknown as Deps
  return { deps, written: () => written }
}

describe('the spinner', () => {
  it('spins on a terminal with a width, on stderr', async () => {
    const { deps, written } = terminal(80)
    const progress = await startProgress('Looking…', deps)
    progress.stop()
    expect(written()).toContain('Looking…')
  })

  it.each([0, undefined])(
    'never starts on a terminal that reports %s columns (ora would loop forever)',
    async (columns) => {
      const { deps, written } = terminal(columns)
      const progress = await startProgress('Looking…', deps)
      progress.stop()
      expect(written()).toBe('')
    },
  )

  it('never starts with --json or in CI', async () => {
    for (const change of [{ ui: { lang: 'en', json: true } }, { env: { CI: 'true' } }]) {
      const { deps, written } = terminal(80)
      const progress = await startProgress('Looking…', { ...deps, ...change } as Deps)
      progress.stop()
      expect(written()).toBe('')
    }
  })
})
