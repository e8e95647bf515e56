import type { CommandOutput, View } from '../report/command-output.js'
import { wrapText } from '../ui/wrap-text.js'
import { writeOutput } from '../ui/write-output.js'
import type { Deps } from './deps.js'

/**
 * The one way out for every command's result: JSON, markdown or text, to stdout or `--out`.
 * Returns the command's exit code.
 */
export async function exportOutput(
  output: CommandOutput,
  {
    format,
    out,
    width,
  }: { format: 'text' | 'markdown' | 'json'; out?: string | undefined; width?: number | undefined },
  deps: Pick<Deps, 'io'>,
): Promise<number> {
  const view = { style: deps.io.style(out ? 'file' : 'out'), width: width ?? wrapWidth(deps.io, out) }
  await writeOutput(renderOutput(output, format, view), out, deps.io)
  return output.exitCode
}

/**
 * The columns to wrap text at: a terminal's width; a pipe or a file is not wrapped (the program
 * or the ticket form reading it decides), unless `--width` says so.
 */
export function wrapWidth(io: Pick<Deps['io'], 'out' | 'terminalWidth'>, out?: string): number | null {
  return !out && io.out.isTTY ? io.terminalWidth() : null
}

/**
 * One output in one format, as a string: what the exporter writes, and what the conversation shows.
 * Text is wrapped here, once for every command, at word boundaries (ui/wrap-text.ts); Markdown is
 * left to the program that shows it.
 */
export function renderOutput(output: CommandOutput, format: 'text' | 'markdown' | 'json', view: View): string {
  if (format === 'json') return `${JSON.stringify(output.json, null, 2)}\n`
  if (format === 'markdown' && output.markdown) return output.markdown(view)
  return wrapText(output.text(view), view.width)
}
