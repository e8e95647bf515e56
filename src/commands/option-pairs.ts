import type { Command } from 'commander'
import { inputError } from '../errors/doctor-error.js'
import { text } from '../i18n/text.js'

/**
 * Options that make no sense together, or one without the other, are refused (exit 2) rather than
 * one of them silently ignored: `--json --format markdown` would print JSON, and `--watch-timeout`
 * without `--watch` would look once and stop, each leaving the user believing what they asked for
 * happened. Run in the preAction hook, after the options before the command word are carried over.
 */
export function checkOptionPairs(command: Command): void {
  const given = (key: string) => command.getOptionValueSource(key) === 'cli'
  const value = (key: string): unknown => command.getOptionValue(key)
  const format = value('format')
  if (value('json') === true && given('format') && format !== 'json') {
    throw conflict('--json', `--format ${String(format)}`, command)
  }
  if (given('watchTimeout') && value('watch') !== true) {
    throw inputError(
      'input.usage',
      text('error.optionNeeds', { option: '--watch-timeout', needs: '--watch' }),
      text('hint.commandHelp', { command: command.name() }),
    )
  }
  if (value('watch') === true && given('fromEvidence')) throw conflict('--watch', '--from-evidence', command)
}

const conflict = (first: string, second: string, command: Command) =>
  inputError(
    'input.usage',
    text('error.optionsConflict', { first, second }),
    text('hint.commandHelp', { command: command.name() }),
  )
