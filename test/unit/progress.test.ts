import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { createIOStreams } from '../../src/io/iostreams.js'
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
  const io = (change: { machineOutput?: boolean; env?: NodeJS.ProcessEnv } = {}) =>
    createIOStreams({
      out: stream,
      err: stream,
      in: process.stdin,
      inIsTTY: true,
      env: change.env ?? {},
      machineOutput: change.machineOutput ?? false,
    })
  return { io, written: () => written }
}

describe('the spinner', () => {
  it('spins on a terminal with a width, on stderr', async () => {
    const { io, written } = terminal(80)
    const progress = await startProgress('Looking…', io())
    progress.stop()
    expect(written()).toContain('Looking…')
  })

  it.each([0, undefined])(
    'never starts on a terminal that reports %s columns (ora would loop forever)',
    async (columns) => {
      const { io, written } = terminal(columns)
      const progress = await startProgress('Looking…', io())
      progress.stop()
      expect(written()).toBe('')
    },
  )

  it('never starts with --json or in CI', async () => {
    for (const change of [{ machineOutput: true }, { env: { CI: 'true' } }]) {
      const { io, written } = terminal(80)
      const progress = await startProgress('Looking…', io(change))
      progress.stop()
      expect(written()).toBe('')
    }
  })
})
