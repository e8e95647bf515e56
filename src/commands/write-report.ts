import type { ChalkInstance } from 'chalk'
import { fitToLength } from '../report/fit-length.js'
import { redactReport } from '../report/redact-report.js'
import { renderTxMarkdown } from '../report/render-tx-markdown.js'
import { renderTxText, type FeeChartData } from '../report/render-tx-text.js'
import type { Report } from '../report/schema.js'
import { writeOutput } from '../ui/write-output.js'
import { describeEnvironment } from '../report/environment.js'
import type { ReportContext } from '../report/build-tx-report.js'
import { warnAboutPastedSecrets } from '../ui/pasted-secrets.js'
import type { OutputOptions, ReportOptions } from './common-options.js'
import type { Deps } from './deps.js'
import type { Settings } from './session.js'

/** A finished diagnosis, before it is printed: what `tx` and `address` share with the interactive tree. */
export type Checked = { report: Report; chart: FeeChartData | null; exitCode: number; settings: Settings }

/**
 * The user's side of a report, from options and config: warns at once about a secret typed into
 * any of the free-text fields (the redaction pass removes it from the report itself).
 */
export function reportContext(options: ReportOptions, settings: Settings, deps: Deps): ReportContext {
  warnAboutPastedSecrets([options.note, options.tried, options.wallet, options.browser], settings.lang, deps.io)
  return {
    lang: settings.lang,
    version: deps.version,
    environment: describeEnvironment({
      wallet: options.wallet ?? settings.config.wallet ?? null,
      browser: options.browser ?? null,
    }),
    note: options.note ?? null,
    tried: options.tried ?? null,
    checkedAt: deps.now(),
  }
}

/** Every report leaves the same way: redacted, in the chosen format, fitted to --max-length, to stdout or --out. */
export async function writeReport(
  report: Report,
  {
    options,
    settings,
    deps,
    chart = null,
    maxLength,
  }: {
    options: Pick<OutputOptions, 'out'> & Pick<ReportOptions, 'redactAddresses'>
    settings: Settings
    deps: Deps
    chart?: FeeChartData | null
    maxLength?: number | undefined
  },
): Promise<void> {
  const output = formatReport(report, {
    format: settings.format,
    shortenAddresses: shortensAddresses(settings, options.redactAddresses),
    style: deps.io.style(options.out ? 'file' : 'out'),
    chart,
    maxLength,
  })
  await writeOutput(output, options.out, deps.io)
}

/** `--redact-addresses`, or `redact.addresses` in the config (the conversation has only the config). */
export const shortensAddresses = (settings: Settings, flag = false) =>
  flag || settings.config.redact?.addresses === true

/** The redaction pass, then the renderer: no report text exists anywhere without going through both. */
export function formatReport(
  report: Report,
  {
    format,
    shortenAddresses,
    style,
    chart = null,
    maxLength,
  }: {
    format: Settings['format']
    shortenAddresses: boolean
    style: ChalkInstance
    chart?: FeeChartData | null
    maxLength?: number | undefined
  },
): string {
  const clean = redactReport(report, { shortenAddresses })
  if (format === 'json') return `${JSON.stringify(clean, null, 2)}\n`
  return fitToLength(clean, maxLength, (r, full) =>
    format === 'markdown' ? renderTxMarkdown(r) : renderTxText(r, full ? chart : null, style),
  )
}
