import { Command } from 'commander'
import * as z from 'zod'
import { diagnoseSecurity, securityExitCode } from '../diagnose/diagnose-security.js'
import { gatherSecurityEvidence } from '../evidence/gather-security-evidence.js'
import { readSideBySideIn } from '../evidence/read-side-by-side.js'
import { securityEvidenceSchema, type SecurityEvidence } from '../evidence/security-schema.js'
import { evidenceFileError } from '../errors/input-errors.js'
import { type Say } from '../i18n/translate.js'
import { buildSecurityReport } from '../report/build-security-report.js'
import { reportCommandSchema } from './common-options.js'
import { declare, languageOptions, networkOptions, outputOptions, reportOptions } from './option-groups.js'
import { addressSchema } from './option-schemas.js'
import { parseOptions } from './parse-options.js'
import { readEvidenceFile, writeEvidenceFile } from './evidence-file.js'
import type { Deps } from './deps.js'
import { readNetworks, settingsFor } from './session.js'
import { reportContext, writeReport, type Checked } from './write-report.js'

export const securityOptionsSchema = reportCommandSchema.extend({
  address: addressSchema,
  /** Recent blocks to search on each chain; each chain has a default within public endpoints' limits. */
  blocks: z.coerce.number().int().min(1).max(10_000_000).optional(),
  evidenceOut: z.string().min(1).optional(),
  fromEvidence: z.string().min(1).optional(),
})

export type SecurityOptions = z.infer<typeof securityOptionsSchema>

export function securityCommand(say: Say, deps: Deps, setExitCode: (code: number) => void): Command {
  const command = new Command('security')
    .description(say('cmd.security'))
    .argument('<address>', say('cmd.address.address'))
    .option('--blocks <n>', say('opt.blocks'))
    .option('--evidence-out <file>', say('opt.evidenceOut'))
    .option('--from-evidence <file>', say('opt.fromEvidence'))
  for (const group of [reportOptions, networkOptions, outputOptions, languageOptions]) declare(command, say, group)
  command.addHelpText('after', `\n${say('cli.examples')}:\n${say('cmd.security.examples')}`)
  return command.action(async (address: string, raw: Record<string, unknown>) => {
    const options = parseOptions(securityOptionsSchema, { ...raw, address })
    setExitCode(await writeReport(await checkSecurity(options, deps), options, deps))
  })
}

/** Everything `security` does short of printing: shared by the command and the conversation. */
export async function checkSecurity(options: SecurityOptions, deps: Deps): Promise<Checked> {
  const settings = settingsFor(options, deps)
  const context = await reportContext(options, settings, deps)
  const evidence = options.fromEvidence
    ? await replayEvidence(options.fromEvidence, options.address)
    : await readNetworks(options, settings, deps, {
        progress: 'progress.security',
        gather: (network) =>
          gatherSecurityEvidence({
            address: options.address,
            requestedChainId: options.chain ?? null,
            blocks: options.blocks ?? null,
            connections: network.connections,
            problems: network.problems,
            stats: network.stats,
            now: deps.now,
            readSideBySide: readSideBySideIn(network, settings.requestTimeoutMs),
          }),
      })
  if (options.evidenceOut) await writeEvidenceFile(options.evidenceOut, securityEvidenceSchema, evidence)
  const diagnosis = diagnoseSecurity(evidence)
  return {
    view: { report: buildSecurityReport(evidence, diagnosis, context), feeChart: null },
    exitCode: securityExitCode(diagnosis),
    settings,
  }
}

/** A security evidence file, replayed without any network; it must be about the address asked. */
async function replayEvidence(file: string, address: string): Promise<SecurityEvidence> {
  const evidence = await readEvidenceFile(file, securityEvidenceSchema)
  if (evidence.address.toLowerCase() !== address.toLowerCase())
    throw evidenceFileError(file, `it is about ${evidence.address}, not ${address}`)
  return evidence
}
