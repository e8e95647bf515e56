import { lstat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import type * as z from 'zod'
import { DoctorError, inputError } from '../errors/doctor-error.js'
import { issueProblem } from '../errors/issue-problem.js'
import { text } from '../i18n/text.js'
import { configFromEnvironment } from './environment.js'
import { configCandidates, exists } from './find-config-file.js'
import { readCapped } from '../io/read-capped.js'
import { configSchema, type Config } from './schema.js'

export type LoadedConfig = { config: Config; files: string[] }

/**
 * The file (found in the search places, or given with --config) and the
 * environment, merged with the environment winning — each validated on its own so an error can
 * name where the bad value came from.
 */
export async function loadConfig(options: {
  configPath?: string | undefined
  cwd: string
  env: NodeJS.ProcessEnv
}): Promise<LoadedConfig> {
  let found: FoundConfig | null
  try {
    found = options.configPath ? await loadNamed(options.configPath) : await searchConfig(options.cwd, options.env)
  } catch (cause) {
    if (cause instanceof DoctorError) throw cause
    const reason = parserReason(cause)
    // A file found but unreadable is named by the search; what reaches here without a file named
    // is the search itself failing (no home folder, a folder that cannot be listed).
    if (options.configPath) throw unreadable(options.configPath, cause)
    throw inputError(
      'input.config',
      text('error.configSearchFailed', { folder: options.cwd, reason }),
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
  // Nothing set is nothing to check (every key is optional): no schema to build.
  if (isEmptyObject(raw)) return {}
  const parsed = configSchema().safeParse(raw)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0] as z.core.$ZodIssue
  throw inputError(
    'input.config',
    text('error.configInvalid', { file: source, key: describePath(issue.path), problem: issueProblem(issue) }),
    text('hint.configKeys'),
  )
}

const isEmptyObject = (value: unknown) =>
  typeof value === 'object' &&
  value !== null &&
  Object.getPrototypeOf(value) === Object.prototype &&
  Object.keys(value).length === 0

/** The key in the config a problem is at, `rpc.ethereum.0`; empty for the config as a whole. */
function describePath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.')
}

const unreadable = (file: string, cause: unknown) =>
  (cause as NodeJS.ErrnoException | null)?.code === 'ENOENT'
    ? inputError('input.config', text('error.configMissing', { file }), text('hint.checkPath'), cause)
    : inputError(
        'input.config',
        text('error.configUnreadable', { file, reason: parserReason(cause) }),
        undefined,
        cause,
      )

/**
 * What went wrong, in a line: a JSON or YAML parser says "JSON Error in <file>:" first and the
 * reason (with where) on the next line, which is the part worth showing.
 */
function parserReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  // eslint-disable-next-line no-control-regex -- the parsers colour their code frames
  const lines = message.split('\n').map((line) => line.replace(/\x1b\[[0-9;]*m/g, '').trim())
  if (!/^(JSON|YAML) Error in /.test(lines[0] ?? '')) return lines[0] ?? message
  // Skip the code frame ("> 1 | {", "  | ^", " 2 | a: [", "-----^") to the parser's sentence.
  return lines.slice(1).find((line) => line !== '' && !/^(>|\||\d+ \||-*\^)/.test(line)) ?? message
}

type FoundConfig = { config: unknown; filepath: string }

/** A config is small: a bigger file (or /dev/zero) is refused before it is parsed. */
const MAX_CONFIG_BYTES = 1024 * 1024

/** Extensions that are code: loaded (executed) only from a file named with --config. */
const CODE_EXTENSIONS = new Set(['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts'])

/** The file named with --config: data is parsed; code runs only because the user asked for this very file. */
async function loadNamed(file: string): Promise<FoundConfig | null> {
  if (CODE_EXTENSIONS.has(extname(file).toLowerCase())) {
    const stat = await lstat(file)
    if (!stat.isFile()) throw new Error('not a regular file')
    if (stat.size > MAX_CONFIG_BYTES) throw new Error('larger than 1 MB')
    const { cosmiconfig } = await loadCosmiconfig()
    return await cosmiconfig('support-doctor').load(file)
  }
  const config = await parseData(file, await readCapped(file, MAX_CONFIG_BYTES))
  return { config: config ?? {}, filepath: file }
}

/** The nearest data config from the working directory up, then the global one; never code. */
async function searchConfig(cwd: string, env: NodeJS.ProcessEnv): Promise<FoundConfig | null> {
  const candidates = configCandidates(cwd, env)
  // One cheap stat of every place first; nothing is parsed (nor cosmiconfig loaded) unless a file is there.
  const present = candidates.map(exists)
  for (const [index, file] of candidates.entries()) {
    if (!present[index]) continue
    let config: unknown
    try {
      config = await parseData(file, await readCapped(file, MAX_CONFIG_BYTES))
    } catch (cause) {
      throw unreadable(file, cause)
    }
    if (config !== undefined && config !== null) return { config, filepath: file }
  }
  return null
}

/** cosmiconfig (and its YAML parser) is loaded only when there is a config file to read: most runs have none. */
const loadCosmiconfig = () => import('cosmiconfig')

/** JSON or YAML (a file without extension is YAML, of which JSON is a subset); package.json gives its key. */
async function parseData(file: string, content: string): Promise<unknown> {
  if (content.trim() === '') return undefined
  if (basename(file) === 'package.json') {
    return (JSON.parse(content) as Record<string, unknown> | null)?.['support-doctor']
  }
  const ext = extname(file).toLowerCase()
  const { defaultLoaders } = await loadCosmiconfig()
  return ext === '.json' ? await defaultLoaders['.json'](file, content) : await defaultLoaders['.yaml'](file, content)
}
