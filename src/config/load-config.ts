import { cosmiconfig } from 'cosmiconfig'
import type { z } from 'zod'
import { inputError } from '../errors/doctor-error.js'
import { text } from '../i18n/text.js'
import { configFromEnvironment } from './environment.js'
import { configSchema, type Config } from './schema.js'

export type LoadedConfig = { config: Config; files: string[] }

/**
 * The file (found as cosmiconfig searches for `support-doctor`, or given with --config) and the
 * environment, merged with the environment winning — each validated on its own so an error can
 * name where the bad value came from.
 */
export async function loadConfig(options: {
  configPath?: string | undefined
  cwd: string
  env: NodeJS.ProcessEnv
}): Promise<LoadedConfig> {
  const explorer = cosmiconfig('support-doctor', { searchStrategy: 'global' })
  let found: { config: unknown; filepath: string } | null
  try {
    found = options.configPath ? await explorer.load(options.configPath) : await explorer.search(options.cwd)
  } catch (cause) {
    const file = options.configPath ?? options.cwd
    throw inputError(
      'input.config',
      text('error.configUnreadable', { file, reason: firstLine(cause) }),
      undefined,
      cause,
    )
  }
  const fromFile = found ? validate(found.config ?? {}, found.filepath) : {}
  const env = configFromEnvironment(options.env)
  const fromEnv = validate(env.config, env.source)
  return {
    config: {
      ...fromFile,
      ...fromEnv,
      rpc: { ...fromFile.rpc, ...fromEnv.rpc },
      redact: { ...fromFile.redact, ...fromEnv.redact },
    },
    files: found ? [found.filepath] : [],
  }
}

function validate(raw: unknown, source: string): Config {
  const parsed = configSchema.safeParse(raw)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0] as z.core.$ZodIssue
  throw inputError(
    'input.config',
    text('error.configInvalid', { file: source, key: describePath(issue.path), problem: issue.message }),
    text('hint.configKeys'),
  )
}

function describePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(top level)' : path.map(String).join('.')
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.split('\n')[0] ?? message
}
