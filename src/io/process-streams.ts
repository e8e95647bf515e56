import type { OutStream } from './iostreams.js'

/** What a run takes from its process: environment, folder and standard streams (tests pass their own). */
export type ProcessStreams = {
  env: NodeJS.ProcessEnv
  cwd: string
  stdout: OutStream
  stderr: OutStream
  stdin: NodeJS.ReadableStream
  stdinIsTTY: boolean
}

export const processStreams = (): ProcessStreams => ({
  env: process.env,
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  stdinIsTTY: process.stdin.isTTY === true,
})

/** The streams as iostreams names them (createIOStreams' options, and what runRedact reads and writes). */
export const streamsOf = (system: ProcessStreams) => ({
  out: system.stdout,
  err: system.stderr,
  in: system.stdin,
  inIsTTY: system.stdinIsTTY,
  env: system.env,
})
