import type { ChalkInstance } from 'chalk'

/** What a person's rendering may use: colour for where it goes, and the width to wrap at (null: do not wrap). */
export type View = { style: ChalkInstance; width: number | null }

/**
 * What every command returns: the value `--json` prints (described by the command's schema in
 * schema/), the renderings for a person, and the exit code. Commands build it; one exporter
 * (commands/export-output.ts) writes it, so every command leaves the same way.
 */
export type CommandOutput = {
  json: unknown
  text: (view: View) => string
  /** Markdown for tickets and chat; commands without one print their text. */
  markdown?: (view: View) => string
  exitCode: number
}
