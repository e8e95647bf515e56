import { readFileSync } from 'node:fs'
import { Command, CommanderError } from 'commander'
import { addressCommand } from './commands/address.js'
import { securityCommand } from './commands/security.js'
import { chainsCommand } from './commands/chains.js'
import type { Deps } from './commands/deps.js'
import { earlyLang, readStartupFlags, startUp } from './commands/startup.js'
import { createIOStreams, type OutStream } from './io/iostreams.js'
import { gasCommand } from './commands/gas.js'
import { redactCommand } from './commands/redact.js'
import { rpcCommand } from './commands/rpc.js'
import { txCommand } from './commands/tx.js'
import { guideCommand } from './commands/guide.js'
import { explainCommand } from './commands/explain.js'
import { mcpCommand } from './mcp/mcp-command.js'
import { batchCommand } from './batch/batch-command.js'
import { languageOptionsSchema, networkOptionsSchema } from './commands/common-options.js'
import { declare, languageOptions, networkOptions, outputOptions } from './commands/option-groups.js'
import { parseOptions } from './commands/parse-options.js'
import { ExitCode, inputError } from './errors/doctor-error.js'
import { text } from './i18n/text.js'
import { handleError } from './errors/handle-error.js'
import { translator } from './i18n/translate.js'

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string })
  .version

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
export type System = Pick<Deps, 'env' | 'cwd' | 'now' | 'version'> & {
  stdout: OutStream
  stderr: OutStream
  stdin: NodeJS.ReadableStream
  stdinIsTTY: boolean
}

export const processSystem = (): System => ({
  env: process.env,
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  stdinIsTTY: process.stdin.isTTY === true,
  now: () => new Date(),
  version,
})

/** Runs the command line and returns the exit code; never throws, never prints a stack trace. */
export async function main(argv: string[], system: System = processSystem()): Promise<number> {
  const flags = readStartupFlags(argv)
  const io = createIOStreams({
    out: system.stdout,
    err: system.stderr,
    in: system.stdin,
    inIsTTY: system.stdinIsTTY,
    env: system.env,
    machineOutput: flags.json,
  })
  let deps: Deps
  try {
    deps = { ...system, io, ...(await startUp(flags, system)) }
  } catch (error) {
    return handleError(error, { io, lang: earlyLang(flags, system.env), json: flags.json })
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
  }
  const program = new Command('support-doctor')
    .description(`${say('cli.description')}\n\n${say('opt.rootHelp')}`)
    .version(deps.version, '-V, --version', say('opt.version'))
    .helpOption('-h, --help', say('opt.help'))
    .helpCommand(false)
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput(output)
    .addHelpText('after', `\n${say('cli.examples')}:\n${say('cli.examplesList')}\n${say('cli.exitCodes')}\n`)
  for (const make of [
    txCommand,
    addressCommand,
    gasCommand,
    rpcCommand,
    chainsCommand,
    redactCommand,
    guideCommand,
    explainCommand,
    mcpCommand,
    batchCommand,
  ]) {
    program.addCommand(make(say, deps, setExitCode).exitOverride().configureOutput(output))
  }
  program.addCommand(securityCommand(say, deps, setExitCode).exitOverride().configureOutput(output))
  // No command: the conversation at a terminal. Elsewhere (a pipe, CI, --json) there is nobody to
  // answer, so help goes to stderr with exit 2 instead of a prompt that waits forever (gh's rule).
  // Positional options: these belong to the conversation, and `tx --lang` stays the command's own.
  program.enablePositionalOptions()
  declare(program, say, languageOptions)
  declare(program, say, networkOptions, ['rpc', 'publicRpc', 'timeout'])
  declare(program, say, outputOptions, ['json'])
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

  // Ctrl-C while endpoints are being read (a prompt handles its own): the same calm line as at a
  // prompt, in the user's language, and 130. Only for the real process, not a test's in-process run.
  const stopCalmly = () => {
    deps.io.err.write(`\n${say('error.interrupted')}\n`)
    process.exit(ExitCode.interrupted)
  }
  if (system.stdout === process.stdout) process.once('SIGINT', stopCalmly)
  try {
    await program.parseAsync(argv)
    return exitCode
  } catch (error) {
    if (error instanceof CommanderError && ['commander.helpDisplayed', 'commander.version'].includes(error.code))
      return ExitCode.ok
    return handleError(error, deps)
  } finally {
    process.removeListener('SIGINT', stopCalmly)
  }
}
