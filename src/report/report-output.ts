import type { CommandOutput } from './command-output.js'
import { fitToLength } from './fit-length.js'
import { redactReport } from './redact-report.js'
import { sanitiseStrings } from '../io/sanitise.js'
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
  // Text and markdown show every string with its control characters and bidi overrides made
  // visible (sanitise.ts); the JSON is data and keeps them exact.
  const shown = sanitiseStrings(clean, MULTILINE_FIELDS)
  return {
    json: clean,
    text: ({ style }) =>
      fitToLength(shown, maxLength, (r, full) => renderTxText(r, full ? view.feeChart : null, style)),
    markdown: () => fitToLength(shown, maxLength, (r) => renderTxMarkdown(r)),
    exitCode,
  }
}

/** The user's own words may span lines; nothing else in a report may. */
const MULTILINE_FIELDS = new Set(['note', 'tried'])
