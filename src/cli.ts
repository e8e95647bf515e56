import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { packageRoot } from './package-root.js'
import { Command, CommanderError } from 'commander'
import type { Deps } from './commands/deps.js'
import { earlyLang, readStartupFlags, startUp } from './commands/startup.js'
import { createIOStreams } from './io/iostreams.js'
import { processStreams, streamsOf, type ProcessStreams } from './io/process-streams.js'
import { languageOptionsSchema, networkOptionsSchema } from './commands/common-options.js'
import { declare, languageOptions, networkOptions, outputOptions } from './commands/option-groups.js'
import { parseOptions } from './commands/parse-options.js'
import { carryRootOptions } from './commands/root-options.js'
import { checkOptionPairs } from './commands/option-pairs.js'
import { localiseHelp } from './commands/localised-help.js'
import { checkOutputTarget } from './ui/write-output.js'
import { ExitCode, inputError } from './errors/doctor-error.js'
import { text } from './i18n/text.js'
import { handleError } from './errors/handle-error.js'
import { stopCalmlyOnInterrupt } from './errors/stop-calmly.js'
import { translator, type Say } from './i18n/translate.js'

/** The version in package.json (found by walking up: this code may sit in a bundle chunk). */
const packageVersion = () =>
  (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version

type MakeCommand = (say: Say, deps: Deps, setExitCode: (code: number) => void) => Command

/**
 * Every command, in the order help lists them, each loaded only when it is needed: `tx` does not
 * pay for the MCP server, batch or redaction code, nor `redact` for viem (esbuild gives each
 * dynamic import its own chunks).
 */
const commandLoaders: Record<string, () => Promise<MakeCommand>> = {
  tx: async () => (await import('./commands/tx.js')).txCommand,
  address: async () => (await import('./commands/address.js')).addressCommand,
  gas: async () => (await import('./commands/gas.js')).gasCommand,
  rpc: async () => (await import('./commands/rpc.js')).rpcCommand,
  chains: async () => (await import('./commands/chains.js')).chainsCommand,
  redact: async () => (await import('./commands/redact.js')).redactCommand,
  guide: async () => (await import('./commands/guide.js')).guideCommand,
  explain: async () => (await import('./commands/explain.js')).explainCommand,
  mcp: async () => (await import('./mcp/mcp-command.js')).mcpCommand,
  batch: async () => (await import('./batch/batch-command.js')).batchCommand,
  security: async () => (await import('./commands/security.js')).securityCommand,
}

/** The commands, in the order help lists them. */
export const commandNames = Object.keys(commandLoaders)

/** The root's own options, declared alike on the program and on the probe that looks ahead. */
function declareRootOptions(program: Command, say: Say) {
  declare(program, say, languageOptions)
  declare(program, say, networkOptions, ['rpc', 'publicRpc', 'timeout'])
  declare(program, say, outputOptions, ['json'])
}

/**
 * The command commander is going to run, found by commander itself: a throwaway program with the
 * same root options and every command's name parses the options in front of the command word.
 * Anything it cannot settle (no command, an unknown one, a bad root option) loads every command,
 * so help, suggestions and errors see the whole program as before.
 */
function commandNamed(argv: string[], say: Say): string | undefined {
  const silent = { writeOut: () => {}, writeErr: () => {}, outputError: () => {} }
  const probe = new Command('probe').exitOverride().configureOutput(silent).enablePositionalOptions()
  probe.version('0', '-V, --version').helpOption('-h, --help').helpCommand(false)
  declareRootOptions(probe, say)
  for (const name of Object.keys(commandLoaders)) probe.addCommand(new Command(name))
  try {
    const word = probe.parseOptions(argv.slice(2)).operands[0]
    return word !== undefined && Object.hasOwn(commandLoaders, word) ? word : undefined
  } catch {
    return undefined
  }
}

const conversationOptionsSchema = languageOptionsSchema.extend(
  networkOptionsSchema.pick({ rpc: true, publicRpc: true, timeout: true }).shape,
)

function unknownCommand(name: string, known: string[]) {
  const closest = known.map((k) => ({ k, d: editDistance(name, k) })).sort((a, b) => a.d - b.d)[0]
  const suggestion = closest && closest.d <= 2 ? text('hint.didYouMean', { command: closest.k }) : text('hint.help')
  return inputError('input.usage', text('error.unknownCommand', { value: name }), suggestion)
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(
        (row[j] as number) + 1,
        (next[j - 1] as number) + 1,
        (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
    row = next
  }
  return row[b.length] as number
}

/** The process's streams and clock: what `main` uses unless a test passes its own. */
export type System = Pick<Deps, 'now' | 'version'> & ProcessStreams

export const processSystem = (): System => ({
  ...processStreams(),
  now: () => new Date(),
  version: packageVersion(),
})

/** Runs the command line and returns the exit code; never throws, never prints a stack trace. */
export async function main(argv: string[], system: System = processSystem()): Promise<number> {
  const flags = readStartupFlags(argv)
  const io = createIOStreams({ ...streamsOf(system), machineOutput: flags.json })
  let deps: Deps
  try {
    deps = { ...system, io, ...(await startUp(flags, system)) }
  } catch (error) {
    return handleError(error, { io, lang: await earlyLang(flags, system.env), json: flags.json })
  }
  const say = translator(deps.lang)
  let exitCode: number = ExitCode.ok
  const setExitCode = (code: number) => {
    exitCode = code
  }
  // commander writes help to stdout (it was asked for); its errors come back to handleError.
  const output = {
    writeOut: (s: string) => void deps.io.out.write(s),
    writeErr: (s: string) => void deps.io.err.write(s),
    outputError: () => {},
    // The width of the streams main was given (the process's own when run as a program); 80 is
    // commander's own width for a pipe.
    getOutHelpWidth: () => (system.stdout.isTTY ? system.stdout.columns : undefined) ?? 80,
    getErrHelpWidth: () => (system.stderr.isTTY ? system.stderr.columns : undefined) ?? 80,
  }
  const program = new Command('support-doctor')
    .description(`${say('cli.description')}\n\n${say('opt.rootHelp')}`)
    .version(deps.version, '-V, --version', say('opt.version'))
    .helpCommand(false)
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput(output)
    .addHelpText('after', `\n${say('cli.examples')}:\n${say('cli.examplesList')}\n${say('cli.exitCodes')}\n`)
  const named = commandNamed(argv, say)
  let makers: MakeCommand[]
  try {
    makers = await Promise.all(
      (named ? [named] : Object.keys(commandLoaders)).map((name) =>
        (commandLoaders[name] as () => Promise<MakeCommand>)(),
      ),
    )
  } catch (error) {
    return handleError(error, deps)
  }
  localiseHelp(program, say)
  for (const make of makers)
    program.addCommand(
      localiseHelp(make(say, deps, setExitCode), say)
        .exitOverride()
        .configureOutput(output),
    )
  // No command: the conversation at a terminal. Elsewhere (a pipe, CI, --json) there is nobody to
  // answer, so help goes to stderr with exit 2 instead of a prompt that waits forever (gh's rule).
  // Positional options: these belong to the conversation, and `tx --lang` stays the command's own.
  program.enablePositionalOptions()
  declareRootOptions(program, say)
  // Options before the command word count for the command (or are refused by it): never dropped.
  program.hook('preAction', async (_, command) => {
    carryRootOptions(program, command)
    checkOptionPairs(command)
    // A file to write that cannot be: bad input, found before any endpoint is asked.
    for (const key of ['out', 'evidenceOut']) {
      const file: unknown = command.getOptionValue(key)
      if (typeof file === 'string' && file !== '' && file !== '-') await checkOutputTarget(file)
    }
  })
  program
    // An action on the program would take `support-doctor tx0x…` as an excess argument: the
    // operand is declared so that a mistyped command is reported as one, with a suggestion.
    .argument('[command...]')
    .usage('[options] [command]')
    .action(async (words: string[], raw: Record<string, unknown>) => {
      if (words[0] !== undefined)
        throw unknownCommand(
          words[0],
          program.commands.map((c) => c.name()),
        )
      // An agent asking for JSON gets a JSON error on stdout, not help text on stderr.
      if (raw.json === true) throw inputError('input.usage', text('error.noCommand'), text('hint.help'))
      if (!deps.io.canPrompt()) {
        deps.io.err.write(program.helpInformation())
        setExitCode(ExitCode.invalidInput)
        return
      }
      const options = parseOptions(conversationOptionsSchema, raw)
      // Loaded only here: the prompt library is most of the bundle, and `tx` must start fast.
      const { runConversation } = await import('./tree/run-conversation.js')
      setExitCode(await runConversation(options, deps))
    })

  // Ctrl-C while endpoints are being read.
  const stopListening = stopCalmlyOnInterrupt(deps.io.err, say, system.stdout === process.stdout)
  try {
    await program.parseAsync(argv)
    return exitCode
  } catch (error) {
    if (error instanceof CommanderError && ['commander.helpDisplayed', 'commander.version'].includes(error.code))
      return ExitCode.ok
    return handleError(error, deps)
  } finally {
    stopListening()
  }
}
