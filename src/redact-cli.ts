import { configFromEnvironment } from './config/environment.js'
import { configCandidates, exists, mayHoldConfig } from './config/find-config-file.js'
import type { Config } from './config/schema.js'
import { engineSettings, runRedact } from './commands/redact-run.js'
import type { StartupFlags } from './commands/startup.js'
import { ExitCode } from './errors/doctor-error.js'
import { stopCalmlyOnInterrupt } from './errors/stop-calmly.js'
import { languages, type Lang } from './i18n/catalog.js'
import { langFromEnvironment } from './i18n/detect-lang.js'
import { loadLanguage } from './i18n/load-language.js'
import { translator } from './i18n/translate.js'
import { processStreams, streamsOf, type ProcessStreams } from './io/process-streams.js'

/**
 * `support-doctor redact …` without the program: bin/support-doctor.js asks this before it loads
 * dist/cli.js, and a plain call — the file or stdin, `--keep`, `--redact-addresses`, `--json`,
 * `--out`, `--lang`, `--config` — runs here with the redaction engine, the message catalog and the
 * command's own body (src/commands/redact-run.ts), not commander, zod or the other commands: the
 * start-up of a `redact` is most of its time on a log of a few megabytes. Anything else (help, an
 * unknown or repeated option, a value that would not pass the command's schema, more than one
 * file) is the full program's to answer, so its words and exit codes stay the program's own:
 * test/integration/redact-cli.test.ts runs both on the same inputs and compares every byte.
 */
type RedactCall = {
  file: string | undefined
  keep: string[]
  redactAddresses: boolean
  json: boolean
  out: string | undefined
  lang: Lang | undefined
  config: string | undefined
}

/** What the process gives the command: its arguments after `redact`, streams and environment. */
export type RedactSystem = ProcessStreams

/** `hashSchema`'s rule for a kept hash, without its trimming: a value with spaces goes to the program. */
const HASH = /^0x[0-9a-fA-F]{64}$/
const FLAGS = new Set(['--redact-addresses', '--json'])
const VALUED = new Set(['--keep', '--out', '-o', '--lang', '--config'])

/**
 * The options of `redact` as commander and the command's schema would take them, or undefined for
 * anything the light entry does not settle exactly the same way.
 */
function parseRedactCall(args: readonly string[]): RedactCall | undefined {
  const call: RedactCall = {
    file: undefined,
    keep: [],
    redactAddresses: false,
    json: false,
    out: undefined,
    lang: undefined,
    config: undefined,
  }
  const seen = new Set<string>()
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    if (FLAGS.has(arg)) {
      if (seen.has(arg)) return undefined
      seen.add(arg)
      if (arg === '--json') call.json = true
      else call.redactAddresses = true
      continue
    }
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1
    const name = equals > 0 ? arg.slice(0, equals) : arg
    if (VALUED.has(name) && !(name === '-o' && equals > 0)) {
      const value = equals > 0 ? arg.slice(equals + 1) : args[++i]
      if (value === undefined || value === '' || value.startsWith('-')) return undefined
      const option = name === '-o' ? '--out' : name
      if (option === '--keep') {
        if (!HASH.test(value)) return undefined
        call.keep.push(value.toLowerCase())
        continue
      }
      if (seen.has(option)) return undefined
      seen.add(option)
      if (option === '--out') call.out = value
      else if (option === '--config') call.config = value
      else if ((languages as readonly string[]).includes(value)) call.lang = value as Lang
      else return undefined
      continue
    }
    // One operand, the file (`-` is stdin); anything else that starts with a dash is an option it does not know.
    if (arg === '' || (arg.startsWith('-') && arg !== '-') || call.file !== undefined) return undefined
    call.file = arg
  }
  return call
}

/**
 * Runs `redact` with `args` (what follows the command word) and returns the exit code, or
 * undefined — before reading anything — when the full program must answer.
 */
export async function redactCli(
  args: readonly string[],
  system: RedactSystem = processStreams(),
): Promise<number | undefined> {
  const call = parseRedactCall(args)
  if (!call) return undefined
  let lang: Lang = call.lang ?? langFromEnvironment(system.env)
  // Only English's catalog is loaded before this; start-up loads another if a config sets it.
  await loadLanguage(lang)
  let config: Config = {}
  // A config file or SUPPORT_DOCTOR_* variables may set the language and `redact.addresses`, or be
  // invalid: then they are read and checked exactly as the program does (its start-up, with zod).
  // Where no home folder can be found (HOME unset, no passwd entry) the search itself throws: nothing
  // is read yet, so the program answers, with its own words for it.
  let mayApply: boolean
  try {
    mayApply = call.config !== undefined || configMayApply(system)
  } catch {
    return undefined
  }
  if (mayApply) {
    const { startUp } = await import('./commands/startup.js')
    const flags: StartupFlags = { lang: call.lang, json: call.json, configPath: call.config, quick: false }
    try {
      ;({ lang, config } = await startUp(flags, system))
    } catch (error) {
      return await reportError(error, system, lang, call.json)
    }
  }
  // Ctrl-C: the same calm line as the program's.
  const stopListening = stopCalmlyOnInterrupt(system.stderr, translator(lang), system.stdout === process.stdout)
  try {
    await runRedact(
      { file: call.file, out: call.out, json: call.json, lang },
      () => engineSettings(call.keep, call.redactAddresses, config),
      streamsOf(system),
    )
    return ExitCode.ok
  } catch (error) {
    return await reportError(error, system, lang, call.json)
  } finally {
    stopListening()
  }
}

/**
 * Whether any config could be read: a file in a place searched (not a package.json without our
 * key), or a SUPPORT_DOCTOR_* setting.
 */
function configMayApply(system: RedactSystem): boolean {
  if (Object.keys(configFromEnvironment(system.env).config).length > 0) return true
  return configCandidates(system.cwd, system.env).some((file) => exists(file) && mayHoldConfig(file))
}

/** The program's own error output (loaded only when there is an error to print). */
async function reportError(error: unknown, system: RedactSystem, lang: Lang, json: boolean): Promise<number> {
  const [{ handleError }, { createIOStreams }] = await Promise.all([
    import('./errors/handle-error.js'),
    import('./io/iostreams.js'),
  ])
  const io = createIOStreams({ ...streamsOf(system), machineOutput: json })
  return handleError(error, { io, lang, json })
}
