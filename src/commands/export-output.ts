import type { CommandOutput, View } from '../report/command-output.js'
import { writeOutput } from '../ui/write-output.js'
import type { Deps } from './deps.js'

/**
 * The one way out for every command's result: JSON, markdown or text, to stdout or `--out`.
 * Returns the command's exit code.
 */
export async function exportOutput(
  output: CommandOutput,
  { format, out }: { format: 'text' | 'markdown' | 'json'; out?: string | undefined },
  deps: Pick<Deps, 'io'>,
): Promise<number> {
  const view = { style: deps.io.style(out ? 'file' : 'out'), width: deps.io.terminalWidth() }
  await writeOutput(renderOutput(output, format, view), out, deps.io)
  return output.exitCode
}

/** One output in one format, as a string: what the exporter writes, and what the conversation shows. */
export function renderOutput(output: CommandOutput, format: 'text' | 'markdown' | 'json', view: View): string {
  if (format === 'json') return `${JSON.stringify(output.json, null, 2)}\n`
  return format === 'markdown' && output.markdown ? output.markdown(view) : output.text(view)
}
