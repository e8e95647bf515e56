import type { ChalkInstance } from 'chalk'
import { Command } from 'commander'
import { knownChains } from '../chains/registry.js'
import { configuredEndpoints } from '../rpc/resolve-endpoints.js'
import { endpointLabel } from '../rpc/endpoint.js'
import type { Say } from '../i18n/translate.js'
import { translator } from '../i18n/translate.js'
import { padLabel } from '../ui/text-width.js'
import { writeOutput } from '../ui/write-output.js'
import { languageOptionsSchema, networkOptionsSchema, outputOptionsSchema } from './common-options.js'
import { declare, languageOptions, networkOptions, outputOptions } from './option-groups.js'
import { parseOptions } from './parse-options.js'
import type { Deps } from './deps.js'
import { settingsFor } from './session.js'

const chainsOptionsSchema = languageOptionsSchema
  .extend(networkOptionsSchema.pick({ publicRpc: true }).shape)
  .extend(outputOptionsSchema.pick({ json: true }).shape)

export function chainsCommand(say: Say, deps: Deps, setExitCode: (code: number) => void): Command {
  const command = new Command('chains').description(say('cmd.chains'))
  declare(command, say, networkOptions, ['publicRpc'])
  declare(command, say, outputOptions, ['json'])
  declare(command, say, languageOptions)
  return command
    .addHelpText('after', `\n${say('cli.examples')}:\n${say('cmd.chains.examples')}`)
    .action(async (raw: Record<string, unknown>) => {
      const options = parseOptions(chainsOptionsSchema, raw)
      const settings = settingsFor(options, deps)
      const configured = configuredEndpoints(settings.config.rpc ?? {})
      const usePublic = options.publicRpc && settings.config.publicRpc !== false
      // Only scheme and host are shown: a configured URL may carry an API key.
      const rows = knownChains.map((chain) => ({
        id: chain.id,
        key: chain.key,
        name: chain.name,
        aliases: chain.aliases,
        explorerUrl: chain.explorerUrl ?? null,
        fees: chain.fees.model,
        endpoints: [
          ...configured.filter((e) => e.chainId === chain.id).map((e) => ({ url: endpointLabel(e), origin: e.origin })),
          ...(usePublic ? chain.publicRpcUrls.map((url) => ({ url, origin: 'public' })) : []),
        ],
      }))
      const output =
        settings.format === 'json'
          ? `${JSON.stringify({ schemaVersion: 1, chains: rows }, null, 2)}\n`
          : renderChains(rows, translator(settings.lang), deps.io.style('out'))
      await writeOutput(output, undefined, deps.io)
      setExitCode(0)
    })
}

type Row = { id: number; key: string; name: string; fees: string; endpoints: { url: string }[] }

function renderChains(rows: Row[], say: Say, style: ChalkInstance): string {
  const header = `${padLabel(say('chains.name'), 18)}${padLabel(say('chains.id'), 12)}${padLabel(say('chains.key'), 12)}${padLabel(say('chains.fees'), 9)}${say('chains.endpoints')}`
  const lines = rows.map((r) => {
    const endpoints = r.endpoints.length ? r.endpoints.map((e) => e.url).join(', ') : style.dim(say('chains.none'))
    return `${r.name.padEnd(18)}${String(r.id).padEnd(12)}${r.key.padEnd(12)}${r.fees.padEnd(9)}${endpoints}`
  })
  return `${style.bold(header)}\n${lines.join('\n')}\n`
}
