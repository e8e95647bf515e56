import type { Lang } from '../i18n/catalog.js'

/** What a command may touch of the outside world: passed in, so tests can run commands in-process. */
export type Deps = {
  env: NodeJS.ProcessEnv
  cwd: string
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }
  stdin: NodeJS.ReadableStream
  stdinIsTTY: boolean
  now: () => Date
  version: string
  /** The language errors are shown in; refined as soon as options and config are known. */
  ui: { lang: Lang; json: boolean }
}

/** gh's rule: prompts and spinners only for a person at a terminal, never for `--json` or CI. */
export const isInteractive = (deps: Deps) =>
  !deps.ui.json && deps.stdinIsTTY && deps.stdout.isTTY === true && !deps.env.CI

/** Text for a person wraps at the terminal's width, within reason; a pipe or file gets 80 columns. */
export const textWidth = (deps: Deps) =>
  deps.stdout.isTTY && deps.stdout.columns ? Math.min(Math.max(deps.stdout.columns, 40), 100) : 80
