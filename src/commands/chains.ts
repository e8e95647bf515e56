import { Command } from 'commander'
import { knownChains } from '../chains/registry.js'
import { configuredEndpoints } from '../rpc/resolve-endpoints.js'
import { endpointLabel } from '../rpc/endpoint.js'
import type { Say } from '../i18n/translate.js'
import { translator } from '../i18n/translate.js'
import { exportOutput } from './export-output.js'
import type { View } from '../report/command-output.js'
import type { ChainsOutput } from '../report/command-schemas.js'
import { renderChains } from '../report/render-chains.js'
import { languageOptionsSchema, networkOptionsSchema, outputOptionsSchema } from './common-options.js'
import { declare, languageOptions, networkOptions, outputOptions } from './option-groups.js'
import { parseOptions } from './parse-options.js'
import type { Deps } from './deps.js'
import { settingsFor } from './settings.js'

const chainsOptionsSchema = languageOptionsSchema
  .extend(networkOptionsSchema.pick({ publicRpc: true }).shape)
  .extend(outputOptionsSchema.pick({ json: true, width: true }).shape)

export function chainsCommand(say: Say, deps: Deps, setExitCode: (code: number) => void): Command {
  const command = new Command('chains').description(say('cmd.chains'))
  declare(command, say, networkOptions, ['publicRpc'])
  declare(command, say, outputOptions, ['json', 'width'])
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
        aliases: [...chain.aliases],
        explorerUrl: chain.explorerUrl ?? null,
        fees: chain.fees.model,
        endpoints: [
          ...configured.filter((e) => e.chainId === chain.id).map((e) => ({ url: endpointLabel(e), origin: e.origin })),
          ...(usePublic ? chain.publicRpcUrls.map((url) => ({ url, origin: 'public' as const })) : []),
        ],
      }))
      const json: ChainsOutput = { schemaVersion: 1, chains: rows }
      const output = {
        json,
        text: ({ style }: View) => renderChains(rows, translator(settings.lang), style),
        exitCode: 0,
      }
      setExitCode(await exportOutput(output, settings, deps))
    })
}
