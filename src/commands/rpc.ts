import type { ChalkInstance } from 'chalk'
import { Command } from 'commander'
import { chainForId, minesOnDemand } from '../chains/registry.js'
import { judgeEndpoints, type EndpointVerdict } from '../diagnose/endpoint-health.js'
import { ExitCode } from '../errors/doctor-error.js'
import { probeEndpoint } from '../evidence/probe-endpoint.js'
import { translator, type Say } from '../i18n/translate.js'
import { newRpcStats } from '../rpc/endpoint.js'
import { resolveEndpoints } from '../rpc/resolve-endpoints.js'
import { age } from '../report/format.js'
import { startProgress } from '../ui/progress.js'
import { writeOutput } from '../ui/write-output.js'
import { languageOptionsSchema, networkOptionsSchema, outputOptionsSchema } from './common-options.js'
import { declare, languageOptions, networkOptions, outputOptions } from './option-groups.js'
import { parseOptions } from './parse-options.js'

const rpcOptionsSchema = languageOptionsSchema
  .extend(networkOptionsSchema.shape)
  .extend(outputOptionsSchema.pick({ json: true, out: true }).shape)
import type { Deps } from './deps.js'
import { settingsFor, withDeadline } from './session.js'
import { noEndpointsError } from '../errors/input-errors.js'

export function rpcCommand(say: Say, deps: Deps, setExitCode: (code: number) => void): Command {
  const command = new Command('rpc').description(say('cmd.rpc'))
  declare(command, say, networkOptions)
  declare(command, say, outputOptions, ['json', 'out'])
  declare(command, say, languageOptions)
  command.addHelpText('after', `\n${say('cli.examples')}:\n${say('cmd.rpc.examples')}`)
  return command.action(async (raw: Record<string, unknown>) => {
    const options = parseOptions(rpcOptionsSchema, raw)
    const settings = settingsFor(options, deps)
    const stats = newRpcStats()
    const spinner = await startProgress(translator(settings.lang)('progress.resolving'), deps.io)
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
          { requestTimeoutMs: settings.requestTimeoutMs, problems: [], stats },
        )
        const flagged =
          requested === undefined
            ? []
            : options.rpc.map((url) => ({ url, chainId: requested, origin: 'flag' as const }))
        const others = [...byChain.values()]
          .flat()
          .filter(
            (e) =>
              requested === undefined || (e.chainId === requested && !(flagged.length > 0 && e.origin === 'public')),
          )
        const endpoints = [...flagged, ...others]
        return Promise.all(endpoints.map((e) => probeEndpoint(e, { timeoutMs: settings.requestTimeoutMs, stats })))
      })(),
      settings.timeoutMs,
    ).finally(() => spinner.stop())
    if (probes.length === 0) {
      throw noEndpointsError()
    }
    const idle = new Set(probes.map((p) => p.configuredChainId).filter(minesOnDemand))
    const verdicts = judgeEndpoints(probes, deps.now(), { idleChains: idle })
    const output =
      settings.format === 'json'
        ? `${JSON.stringify({ schemaVersion: 1, endpoints: verdicts, rpc: stats }, null, 2)}\n`
        : renderHealth(verdicts, translator(settings.lang), deps.io.style(options.out ? 'file' : 'out'), deps.now())
    await writeOutput(output, options.out, deps.io)
    setExitCode(
      verdicts.some((v) => v.healthy)
        ? verdicts.every((v) => v.healthy)
          ? ExitCode.ok
          : ExitCode.problemFound
        : ExitCode.couldNotLook,
    )
  })
}

function renderHealth(verdicts: EndpointVerdict[], say: Say, style: ChalkInstance, now: Date): string {
  const yesNo = (value: boolean | null) => (value === null ? '–' : value ? say('rpc.yes') : say('rpc.no'))
  const lines: string[] = []
  for (const chainId of [...new Set(verdicts.map((v) => v.configuredChainId))]) {
    lines.push(style.bold(`${chainForId(chainId).name} (${chainId})`))
    for (const v of verdicts.filter((x) => x.configuredChainId === chainId)) {
      const state = !v.reachable
        ? style.red(`✖ ${v.problem}`)
        : v.problem
          ? style.red(`✖ ${v.problem} (${v.reportedChainId})`)
          : v.stale
            ? style.yellow(`! ${say('rpc.stale')}`)
            : style.green(`✓ ${say('rpc.ok')}`)
      const detail = v.reachable
        ? say('rpc.detail', {
            head: v.head ?? '?',
            age: v.headTimestamp ? age(now.getTime() / 1000 - Number(v.headTimestamp)) : '?',
            latency: String(v.latencyMs ?? '?'),
            trace: yesNo(v.servesTrace),
            history: yesNo(v.servesHistory),
          })
        : ''
      lines.push(`  ${v.endpoint.padEnd(44)} ${state}  ${style.dim(detail)}`)
    }
  }
  return `${lines.join('\n')}\n`
}
