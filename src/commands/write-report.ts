import { describeEnvironment } from '../report/environment.js'
import { loadFindingTexts } from '../i18n/load-language.js'
import type { ReportContext } from '../report/build-report.js'
import { reportOutput } from '../report/report-output.js'
import type { ReportView } from '../report/report-view.js'
import { warnAboutPastedSecrets } from '../ui/pasted-secrets.js'
import type { OutputOptions, ReportOptions } from './common-options.js'
import type { Deps } from './deps.js'
import { exportOutput } from './export-output.js'
import type { Settings } from './session.js'

/** A finished diagnosis, before it is printed: what `tx` and `address` share with the interactive tree. */
export type Checked = { view: ReportView; exitCode: number; settings: Settings }

/**
 * The user's side of a report, from options and config: warns at once about a secret typed into
 * any of the free-text fields (the redaction pass removes it from the report itself).
 */
export async function reportContext(options: ReportOptions, settings: Settings, deps: Deps): Promise<ReportContext> {
  // Said at the call, before anything else the command writes to stderr (a spinner), even when the
  // context is awaited later.
  warnAboutPastedSecrets([options.note, options.tried, options.wallet, options.browser], settings.lang, deps.io)
  // Only the report's language's finding texts are loaded, and only by a command that writes a report.
  await loadFindingTexts(settings.lang)
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

/** `tx` and `address` leave the same way: redacted, in the chosen format, fitted to --max-length, to stdout or --out. */
export function writeReport(
  checked: Checked,
  options: Pick<OutputOptions, 'out' | 'width'> & Pick<ReportOptions, 'redactAddresses' | 'maxLength'>,
  deps: Deps,
): Promise<number> {
  const output = reportOutput(checked.view, {
    shortenAddresses: shortensAddresses(checked.settings, options.redactAddresses),
    maxLength: options.maxLength,
    exitCode: checked.exitCode,
  })
  return exportOutput(output, { format: checked.settings.format, out: options.out, width: options.width }, deps)
}

/** `--redact-addresses`, or `redact.addresses` in the config (the conversation has only the config). */
export const shortensAddresses = (settings: Settings, flag = false) =>
  flag || settings.config.redact?.addresses === true
