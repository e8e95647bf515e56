import { readFileSync } from 'node:fs'
import { Command, CommanderError } from 'commander'
import { addressCommand } from './commands/address.js'
import { chainsCommand } from './commands/chains.js'
import type { Deps } from './commands/deps.js'
import { gasCommand } from './commands/gas.js'
import { redactCommand } from './commands/redact.js'
import { rpcCommand } from './commands/rpc.js'
import { txCommand } from './commands/tx.js'
import { ExitCode } from './errors/doctor-error.js'
import { handleError } from './errors/handle-error.js'
import { languages, type Lang } from './i18n/catalog.js'
import { langFromEnvironment } from './i18n/detect-lang.js'
import { translator } from './i18n/translate.js'

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version

/**
 * Help and early errors appear before the config file is read, so their language comes from
 * `--lang` or the environment alone.
 */
function earlyLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const index = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='))
  const value = index === -1 ? undefined : argv[index]?.includes('=') ? argv[index]?.split('=')[1] : argv[index + 1]
  const wanted = value ?? env.SUPPORT_DOCTOR_LANG
  return (languages as readonly string[]).includes(wanted ?? '') ? (wanted as Lang) : langFromEnvironment(env)
}

const wantsJson = (argv: readonly string[]) =>
  argv.includes('--json') || argv.some((a, i) => (a === '--format' && argv[i + 1] === 'json') || a === '--format=json')

export function defaultDeps(argv: readonly string[]): Deps {
  return {
    env: process.env,
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    stdinIsTTY: process.stdin.isTTY === true,
    now: () => new Date(),
    version,
    ui: { lang: earlyLang(argv, process.env), json: wantsJson(argv) },
  }
}

/** Runs the command line and returns the exit code; never throws, never prints a stack trace. */
export async function main(argv: string[], deps: Deps = defaultDeps(argv)): Promise<number> {
  const say = translator(deps.ui.lang)
  let exitCode: number = ExitCode.ok
  const setExitCode = (code: number) => {
    exitCode = code
  }
  // commander writes help to stdout (it was asked for); its errors come back to handleError.
  const output = { writeOut: (s: string) => void deps.stdout.write(s), writeErr: (s: string) => void deps.stderr.write(s), outputError: () => {} }
  const program = new Command('support-doctor')
    .description(say('cli.description'))
    .version(deps.version, '-V, --version', say('opt.version'))
    .helpOption('-h, --help', say('opt.help'))
    .helpCommand(false)
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput(output)
    .addHelpText('after', `\n${say('cli.examples')}:\n${say('cli.examplesList')}\n${say('cli.exitCodes')}\n`)
  for (const make of [txCommand, addressCommand, gasCommand, rpcCommand, chainsCommand, redactCommand]) {
    program.addCommand(make(say, deps, setExitCode).exitOverride().configureOutput(output))
  }

  if (argv.length <= 2) {
    // The interactive decision tree is not built yet (issue 6): without arguments, show help.
    deps.stderr.write(program.helpInformation())
    return ExitCode.invalidInput
  }
  try {
    await program.parseAsync(argv)
    return exitCode
  } catch (error) {
    if (error instanceof CommanderError && ['commander.helpDisplayed', 'commander.version'].includes(error.code)) return ExitCode.ok
    return handleError(error, deps)
  }
}
