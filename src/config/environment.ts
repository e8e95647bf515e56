import type { Config } from './schema.js'

const PREFIX = 'SUPPORT_DOCTOR_'

/**
 * Every config value has an environment form, for CI and containers. The result is checked by the
 * same schema as a file, so `SUPPORT_DOCTOR_TIMEOUT_MS=abc` fails just as `"timeoutMs": "abc"` does.
 */
export function configFromEnvironment(env: NodeJS.ProcessEnv): { config: Record<string, unknown>; source: string } {
  const config: Record<string, unknown> = {}
  const value = (name: string) => {
    const raw = env[PREFIX + name]
    return raw === undefined || raw === '' ? undefined : raw
  }
  const bool = (raw: string | undefined) =>
    raw === undefined
      ? undefined
      : /^(1|true|yes|on)$/i.test(raw)
        ? true
        : /^(0|false|no|off)$/i.test(raw)
          ? false
          : raw
  const num = (raw: string | undefined) => (raw === undefined ? undefined : /^\d+$/.test(raw) ? Number(raw) : raw)

  const set = (key: keyof Config, v: unknown) => {
    if (v !== undefined) config[key] = v
  }
  set('lang', value('LANG'))
  set('publicRpc', bool(value('PUBLIC_RPC')))
  set('wallet', value('WALLET'))
  set('timeoutMs', num(value('TIMEOUT_MS')))
  const redactAddresses = bool(value('REDACT_ADDRESSES'))
  if (redactAddresses !== undefined) config.redact = { addresses: redactAddresses }

  const rpc: Record<string, string[]> = {}
  for (const [name, raw] of Object.entries(env)) {
    const match = /^SUPPORT_DOCTOR_RPC_(.+)$/.exec(name)
    if (!match?.[1] || !raw) continue
    rpc[match[1].toLowerCase()] = raw.split(/[\s,]+/).filter(Boolean)
  }
  if (Object.keys(rpc).length > 0) config.rpc = rpc
  return { config, source: 'environment (SUPPORT_DOCTOR_*)' }
}
