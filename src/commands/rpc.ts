import { Command } from 'commander'
import { minesOnDemand } from '../chains/registry.js'
import { judgeEndpoints } from '../diagnose/endpoint-health.js'
import { ExitCode } from '../errors/doctor-error.js'
import { probeEndpoint, unreachableFlagUrl } from '../evidence/probe-endpoint.js'
import { translator, type Say } from '../i18n/translate.js'
import { endpointLabel, isUnplaced, newRpcStats, type EndpointProblem } from '../rpc/endpoint.js'
import { EndpointPool } from '../rpc/endpoint-http.js'
import { resolveEndpoints } from '../rpc/resolve-endpoints.js'
import { startProgress } from '../ui/progress.js'
import { exportOutput } from './export-output.js'
import type { CommandOutput, View } from '../report/command-output.js'
import type { RpcOutput } from '../report/command-schemas.js'
import { renderHealth } from '../report/render-rpc.js'
import {
  languageOptionsSchema,
  networkOptionsSchema,
  outputOptionsSchema,
  type LanguageOptions,
  type NetworkOptions,
} from './common-options.js'
import { declare, languageOptions, networkOptions, outputOptions } from './option-groups.js'
import { parseOptions } from './parse-options.js'

export const rpcOptionsSchema = languageOptionsSchema
  .extend(networkOptionsSchema.shape)
  .extend(outputOptionsSchema.pick({ json: true, out: true, width: true }).shape)
import type { Deps } from './deps.js'
import { settingsFor, withDeadline } from './session.js'
import { noEndpointsError } from '../errors/input-errors.js'

export function rpcCommand(say: Say, deps: Deps, setExitCode: (code: number) => void): Command {
  const command = new Command('rpc').description(say('cmd.rpc'))
  declare(command, say, networkOptions)
  declare(command, say, outputOptions, ['json', 'out', 'width'])
  declare(command, say, languageOptions)
  command.addHelpText('after', `\n${say('cli.examples')}:\n${say('cmd.rpc.examples')}`)
  return command.action(async (raw: Record<string, unknown>) => {
    const options = parseOptions(rpcOptionsSchema, raw)
    const settings = settingsFor(options, deps)
    setExitCode(await exportOutput(await rpcOutput(options, deps), { ...settings, out: options.out }, deps))
  })
}

/** Probes every endpoint (of the chain asked for): shared by the command and the library (src/api). */
export async function rpcOutput(
  options: LanguageOptions & NetworkOptions,
  deps: Deps,
): Promise<CommandOutput & { json: RpcOutput }> {
  const settings = settingsFor(options, deps)
  const stats = newRpcStats()
  // One pool for the chain-id questions and the probes, carrying the caller's AbortSignal: an abort
  // tears down every probe still in flight instead of leaving it to its request time limit.
  const pool = new EndpointPool({ timeoutMs: settings.requestTimeoutMs, stats, signal: settings.signal })
  const spinner = await startProgress(translator(settings.lang)('progress.resolving'), deps.io)
  const problems: EndpointProblem[] = []
  const probes = await withDeadline(
    (async () => {
      // With --chain, every --rpc URL is checked against that chain, so one serving another shows as such.
      const requested = options.chain
      const byChain = await resolveEndpoints(
        {
          flagUrls: requested === undefined ? options.rpc : [],
          configured: settings.config.rpc ?? {},
          publicRpc: options.publicRpc && settings.config.publicRpc !== false,
          requestedChainId: requested,
        },
        { requestTimeoutMs: settings.requestTimeoutMs, problems, stats, pool },
      )
      // A --rpc URL that did not say its chain is still the user's endpoint: shown, as unreachable.
      const unplaced = problems.flatMap((p) => {
        const url = options.rpc.find((u) => endpointLabel({ url: u }) === p.endpoint)
        return url && isUnplaced(p) ? [unreachableFlagUrl(url, p.reason)] : []
      })
      const flagged =
        requested === undefined ? [] : options.rpc.map((url) => ({ url, chainId: requested, origin: 'flag' as const }))
      const others = [...byChain.values()]
        .flat()
        .filter(
          (e) => requested === undefined || (e.chainId === requested && !(flagged.length > 0 && e.origin === 'public')),
        )
      const endpoints = [...flagged, ...others]
      const probed = await Promise.all(
        endpoints.map((e) => probeEndpoint(e, { timeoutMs: settings.requestTimeoutMs, stats, pool })),
      )
      return [...probed, ...unplaced]
    })(),
    settings,
  ).finally(() => spinner.stop())
  if (probes.length === 0) {
    throw noEndpointsError()
  }
  const idle = new Set(
    probes.flatMap((p) =>
      p.configuredChainId !== null && minesOnDemand(p.configuredChainId) ? [p.configuredChainId] : [],
    ),
  )
  const verdicts = judgeEndpoints(probes, deps.now(), { idleChains: idle })
  const json: RpcOutput = { schemaVersion: 1, endpoints: verdicts, rpc: stats }
  const exitCode = verdicts.some((v) => v.healthy)
    ? verdicts.every((v) => v.healthy)
      ? ExitCode.ok
      : ExitCode.problemFound
    : ExitCode.couldNotLook
  const now = deps.now()
  const text = ({ style }: View) =>
    renderHealth(verdicts, { say: translator(settings.lang), lang: settings.lang }, style, now)
  return { json, text, exitCode }
}
