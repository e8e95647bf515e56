import { Chalk, type ChalkInstance } from 'chalk'

export type OutStream = NodeJS.WritableStream & { isTTY?: boolean; columns?: number }

export type IOStreams = {
  /** The result, and nothing else: reports, JSON, redacted text. */
  out: OutStream
  /** Prompts, spinners, warnings and errors. */
  err: OutStream
  in: NodeJS.ReadableStream
  inIsTTY: boolean
  /** A person is there to answer: stdin and stdout are terminals, and this is not CI or `--json`. */
  canPrompt: () => boolean
  /** A spinner on stderr: a terminal that reports its width (ora loops forever on one that does not), not CI or `--json`. */
  progressEnabled: () => boolean
  /** Colour for one stream (NO_COLOR, FORCE_COLOR, else only on a terminal); `file` for `--out`. */
  style: (stream: 'out' | 'err' | 'file') => ChalkInstance
  /** Columns to wrap text for a person at: the terminal's, within reason; a pipe or file gets 80. */
  terminalWidth: () => number
}

export type IOSources = {
  out: OutStream
  err: OutStream
  in: NodeJS.ReadableStream
  inIsTTY: boolean
  env: NodeJS.ProcessEnv
  /** `--json`: an agent reads stdout, so nothing prompts or spins whatever the terminal says. */
  machineOutput: boolean
}

/**
 * The one place for the rules about terminals (gh's iostreams): who may be prompted, where colour
 * goes, whether a spinner may run and how wide text may be. Everything else asks it.
 */
export function createIOStreams(sources: IOSources): IOStreams {
  const { out, err, env, machineOutput } = sources
  const inCI = Boolean(env.CI)
  return {
    out,
    err,
    in: sources.in,
    inIsTTY: sources.inIsTTY,
    canPrompt: () => !machineOutput && sources.inIsTTY && out.isTTY === true && !inCI,
    progressEnabled: () =>
      !machineOutput && !inCI && err.isTTY === true && err.columns !== undefined && err.columns > 0,
    style: (stream) => chalkFor(stream === 'file' ? {} : stream === 'out' ? out : err, env),
    terminalWidth: () => (out.isTTY && out.columns ? Math.min(Math.max(out.columns, 40), 100) : 80),
  }
}

/** NO_COLOR turns colour off, FORCE_COLOR on; otherwise colour only on a terminal, decided per stream. */
export function chalkFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): ChalkInstance {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return new Chalk({ level: 0 })
  if (env.FORCE_COLOR !== undefined)
    return new Chalk({ level: env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false' ? 0 : 1 })
  return new Chalk({ level: stream.isTTY ? 1 : 0 })
}
