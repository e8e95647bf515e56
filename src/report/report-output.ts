import type { CommandOutput } from './command-output.js'
import { fitToLength } from './fit-length.js'
import { redactReport } from './redact-report.js'
import { renderTxMarkdown } from './render-tx-markdown.js'
import { renderTxText } from './render-tx-text.js'
import type { ReportView } from './report-view.js'

/**
 * A report as command output. The redaction pass comes first, for every format: no report text
 * exists anywhere without going through it. Text and markdown are fitted to `--max-length`.
 */
export function reportOutput(
  view: ReportView,
  {
    shortenAddresses,
    maxLength,
    exitCode,
  }: { shortenAddresses: boolean; maxLength?: number | undefined; exitCode: number },
): CommandOutput {
  const clean = redactReport(view.report, { shortenAddresses })
  return {
    json: clean,
    text: ({ style }) =>
      fitToLength(clean, maxLength, (r, full) => renderTxText(r, full ? view.feeChart : null, style)),
    markdown: () => fitToLength(clean, maxLength, (r) => renderTxMarkdown(r)),
    exitCode,
  }
}
