import type { Command } from 'commander'

/**
 * The network options given before the command (`support-doctor --rpc X mcp`) are the program's
 * (it parses positional options), those after it the command's: both count, endpoints from both.
 */
export function withGlobalNetworkOptions(command: Command, raw: Record<string, unknown>): Record<string, unknown> {
  const global: Record<string, unknown> = command.parent?.opts() ?? {}
  const list = (value: unknown) => (Array.isArray(value) ? (value as unknown[]) : [])
  return {
    ...raw,
    rpc: [...list(global.rpc), ...list(raw.rpc)],
    publicRpc: global.publicRpc !== false && raw.publicRpc !== false,
    timeout: raw.timeout ?? global.timeout,
  }
}
