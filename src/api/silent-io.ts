import { PassThrough, Writable } from 'node:stream'
import { createIOStreams, type IOStreams } from '../io/iostreams.js'

/**
 * Streams for code that runs inside someone else's program (the library, the MCP server): nothing
 * is written anywhere, nothing prompts or spins. Results are returned, never printed.
 */
export function silentIO(): IOStreams {
  const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() })
  const input = new PassThrough()
  input.end()
  return createIOStreams({ out: sink(), err: sink(), in: input, inIsTTY: false, env: {}, machineOutput: true })
}
