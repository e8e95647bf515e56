import type { Config } from '../config/schema.js'
import type { Lang } from '../i18n/catalog.js'
import type { IOStreams } from '../io/iostreams.js'

/** What a command may touch of the outside world: passed in, so tests can run commands in-process. */
export type Deps = {
  io: IOStreams
  env: NodeJS.ProcessEnv
  cwd: string
  now: () => Date
  version: string
  /** Decided once at start-up — `--lang`, else the config's, else the environment's — and never changed. */
  lang: Lang
  /** `--json` (or `--format json`), decided at start-up with the language. */
  json: boolean
  /** The config file, read once at start-up (`{}` when there is none). */
  config: Config
  /** A library caller's AbortSignal: every HTTP request of the look still in flight is torn down when it aborts. */
  signal?: AbortSignal | undefined
}
