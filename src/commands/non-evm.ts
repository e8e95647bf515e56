import type * as z from 'zod'
import type { NonEvmId } from '../decode/non-evm-ids.js'
import { bareTxidLinks, isSolanaSecretKey } from '../decode/non-evm-ids.js'
import { inputError } from '../errors/doctor-error.js'
import { text } from '../i18n/text.js'
import { warnAboutSecret } from '../ui/pasted-secrets.js'
import { nonEvmFinding } from '../diagnose/rules/non-evm.js'
import { guideForFinding } from '../findings/registry.js'
import { buildReport, describeFinding } from '../report/build-report.js'
import { reportCommandSchema } from './common-options.js'
import { parseOptions } from './parse-options.js'
import type { Deps } from './deps.js'
import { settingsFor } from './settings.js'
import { reportContext, writeReport, type Checked } from './write-report.js'

/**
 * A Solana secret key typed where a transaction id or address belongs: refused without echoing it,
 * with the same warning as any secret (the input error itself never names the value).
 */
export function refuseSolanaSecretKey(value: string | undefined, deps: Deps): void {
  if (value === undefined || !isSolanaSecretKey(value)) return
  warnAboutSecret(deps.lang, deps.io)
  throw inputError('input.secret', text('error.solanaSecretKey'), text('hint.hashFormat'))
}

export const nonEvmOptionsSchema = reportCommandSchema
const optionsSchema = nonEvmOptionsSchema

/**
 * `tx` or `address` given a Solana, Bitcoin or Tron id: said what it is and where to look, exit 1,
 * without reading any chain (this tool reads EVM chains). The other options are still validated.
 */
export async function runNonEvm(id: NonEvmId, raw: Record<string, unknown>, deps: Deps): Promise<number> {
  const options = parseOptions(optionsSchema, raw)
  return writeReport(await checkNonEvm(id, options, deps), options, deps)
}

/** The report for another chain's id, short of printing: shared by the commands and the conversation. */
export async function checkNonEvm(id: NonEvmId, options: z.infer<typeof optionsSchema>, deps: Deps): Promise<Checked> {
  const settings = settingsFor(options, deps)
  const report = buildReport({
    subject: { kind: 'nonEvm', id: id.id, family: id.family },
    chain: null,
    status: 'not-evm',
    findings: [nonEvmFinding([id], false)],
    evidence: {},
    context: await reportContext(options, settings, deps),
  })
  return { view: { report, feeChart: null }, exitCode: 1, settings }
}

/** A bare 64-hex id that no EVM chain knew: the report adds that it may be a Bitcoin or Tron transaction. */
export function addBareTxidNote(checked: Checked, id: string): Checked {
  const { report } = checked.view
  if (report.status !== 'not-found') return checked
  const finding = nonEvmFinding(bareTxidLinks(id), true)
  const text = describeFinding(finding, report.lang)
  return {
    ...checked,
    view: {
      ...checked.view,
      report: {
        ...report,
        findings: [
          ...report.findings,
          { ...finding, title: text.title, detail: text.detail, guide: guideForFinding(finding.code) },
        ] as typeof report.findings,
        nextSteps: [...report.nextSteps, ...text.steps],
      },
    },
  }
}
