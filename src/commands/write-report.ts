import { fitToLength } from '../report/fit-length.js'
import { redactReport } from '../report/redact-report.js'
import { renderTxMarkdown } from '../report/render-tx-markdown.js'
import { renderTxText, type FeeChartData } from '../report/render-tx-text.js'
import type { Report } from '../report/schema.js'
import { styleFor } from '../ui/style.js'
import { writeOutput } from '../ui/write-output.js'
import type { CommonOptions } from './common-options.js'
import type { Deps } from './deps.js'
import type { Settings } from './session.js'

/** Every report leaves the same way: redacted, in the chosen format, fitted to --max-length, to stdout or --out. */
export async function writeReport(
  report: Report,
  { options, settings, deps, chart = null, maxLength }: { options: CommonOptions; settings: Settings; deps: Deps; chart?: FeeChartData | null; maxLength?: number | undefined },
): Promise<void> {
  const clean = redactReport(report, { shortenAddresses: options.redactAddresses || settings.config.redact?.addresses === true })
  const style = styleFor(options.out ? {} : deps.stdout, deps.env)
  const output =
    settings.format === 'json'
      ? `${JSON.stringify(clean, null, 2)}\n`
      : fitToLength(clean, maxLength, (r, full) => (settings.format === 'markdown' ? renderTxMarkdown(r) : renderTxText(r, full ? chart : null, style)))
  await writeOutput(output, options.out, deps)
}
