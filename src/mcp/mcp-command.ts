import { Command } from 'commander'
import { networkOptionsSchema } from '../commands/common-options.js'
import type { Deps } from '../commands/deps.js'
import { declare, languageOptions, networkOptions } from '../commands/option-groups.js'
import { parseOptions } from '../commands/parse-options.js'
import type { Say } from '../i18n/translate.js'

const mcpOptionsSchema = networkOptionsSchema.pick({ rpc: true, publicRpc: true, timeout: true })

/**
 * `support-doctor mcp`. The global network options work before the command too
 * (`support-doctor --rpc X mcp`): the program parses those, so they are merged in here. The
 * server and the MCP SDK are loaded only when this command runs, so other commands start fast.
 */
export function mcpCommand(say: Say, deps: Deps, setExitCode: (code: number) => void): Command {
  const command = new Command('mcp').description(say('cmd.mcp'))
  declare(command, say, networkOptions, ['rpc', 'publicRpc', 'timeout'])
  declare(command, say, languageOptions)
  command.addHelpText('after', `\n${say('cli.examples')}:\n${say('cmd.mcp.examples')}`)
  return command.action(async (raw: Record<string, unknown>) => {
    const options = parseOptions(mcpOptionsSchema, raw)
    const { runMcpServer } = await import('./server.js')
    setExitCode(
      await runMcpServer(
        {
          rpc: options.rpc,
          publicRpc: options.publicRpc,
          ...(options.timeout !== undefined ? { timeoutMs: options.timeout } : {}),
        },
        deps,
      ),
    )
  })
}
