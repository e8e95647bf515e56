import { Command } from 'commander'
import { adviseFees, type FeeAdvice } from '../diagnose/fee-advice.js'
import { readFeeState } from '../evidence/read-fee-state.js'
import { translator, type Say } from '../i18n/translate.js'
import { chainName } from '../report/format.js'
import { renderGasText } from '../report/render-gas.js'
import { startProgress } from '../ui/progress.js'
import { exportOutput } from './export-output.js'
import type { CommandOutput, View } from '../report/command-output.js'
import type { GasOutput } from '../report/command-schemas.js'
import {
  languageOptionsSchema,
  networkOptionsSchema,
  outputOptionsSchema,
  type LanguageOptions,
  type NetworkOptions,
  type OutputOptions,
} from './common-options.js'
import { declare, languageOptions, networkOptions, outputOptions } from './option-groups.js'
import { parseOptions } from './parse-options.js'

export const gasOptionsSchema = languageOptionsSchema
  .extend(networkOptionsSchema.shape)
  .extend(outputOptionsSchema.shape)
import type { Deps } from './deps.js'
import { connect, settingsFor, withDeadline } from './session.js'
import type { EndpointProblem } from '../rpc/endpoint.js'
import { noEndpointAnsweredError } from '../errors/rpc-errors.js'

export function gasCommand(say: Say, deps: Deps, setExitCode: (code: number) => void): Command {
  const command = new Command('gas').description(say('cmd.gas'))
  for (const group of [networkOptions, outputOptions, languageOptions]) declare(command, say, group)
  command.addHelpText('after', `\n${say('cli.examples')}:\n${say('cmd.gas.examples')}`)
  return command.action(async (raw: Record<string, unknown>) => {
    setExitCode(await runGas(parseOptions(gasOptionsSchema, raw), deps))
  })
}

export async function runGas(options: LanguageOptions & NetworkOptions & OutputOptions, deps: Deps): Promise<number> {
  const settings = settingsFor(options, deps)
  return exportOutput(await gasOutput(options, deps), { ...settings, out: options.out }, deps)
}

/**
 * Fee state of the chain asked for, or of every chain with endpoints. Exit 3 only if none answered.
 * Short of printing: shared by the command and the library (src/api).
 */
export async function gasOutput(
  options: LanguageOptions & NetworkOptions & Partial<OutputOptions>,
  deps: Deps,
): Promise<CommandOutput & { json: GasOutput }> {
  const settings = settingsFor(options, deps)
  const spinner = await startProgress(translator(settings.lang)('progress.fees'), deps.io)
  let results: (FeeAdvice | { chainId: number; error: string })[]
  let problems: EndpointProblem[] = []
  try {
    results = await withDeadline(
      (async () => {
        const network = await connect(options, settings)
        problems = network.problems
        const wanted = network.connections.filter((c) => options.chain === undefined || c.chain.id === options.chain)
        return Promise.all(
          wanted.map((c) =>
            readFeeState(c.client, c.chain.id).then(adviseFees, () => ({ chainId: c.chain.id, error: 'unreachable' })),
          ),
        )
      })(),
      settings,
    )
  } finally {
    spinner.stop()
  }
  const advice = results.filter((r): r is FeeAdvice => !('error' in r))
  const unreachable = results.filter((r) => 'error' in r).map((r) => r.chainId)
  if (advice.length === 0) {
    throw noEndpointAnsweredError(problems)
  }
  const json: GasOutput = {
    schemaVersion: 1,
    tool: { name: 'support-doctor', version: deps.version },
    chains: advice.map((a) => ({ ...a, name: chainName(a.chainId) })),
    unreachableChainIds: unreachable,
  }
  const now = deps.now()
  const text = ({ style }: View) => renderGasText(advice, settings.lang, style, now)
  return { json, text, exitCode: 0 }
}
