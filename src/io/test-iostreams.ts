import { PassThrough, Writable } from 'node:stream'
import { createIOStreams, type IOStreams } from './iostreams.js'

export type CapturedIO = IOStreams & { stdout: () => string; stderr: () => string }

/** An IOStreams for tests: output captured in memory, terminals and environment as the test says. */
export function testIOStreams({
  outTTY = false,
  errTTY = false,
  inTTY = false,
  columns,
  env = {},
  machineOutput = false,
  input = '',
}: {
  outTTY?: boolean
  errTTY?: boolean
  inTTY?: boolean
  columns?: number
  env?: NodeJS.ProcessEnv
  machineOutput?: boolean
  input?: string
} = {}): CapturedIO {
  const capture = (isTTY: boolean) => {
    let text = ''
    const stream = new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        text += chunk.toString()
        done()
      },
    }) as Writable & { isTTY?: boolean; columns?: number }
    stream.isTTY = isTTY
    if (columns !== undefined) stream.columns = columns
    return { stream, read: () => text }
  }
  const out = capture(outTTY)
  const err = capture(errTTY)
  const stdin = new PassThrough()
  stdin.end(input)
  const io = createIOStreams({ out: out.stream, err: err.stream, in: stdin, inIsTTY: inTTY, env, machineOutput })
  return { ...io, stdout: out.read, stderr: err.read }
}
