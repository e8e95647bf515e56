import type { Command } from 'commander'
import { inputError } from '../errors/doctor-error.js'
import { text } from '../i18n/text.js'

/**
 * The program's options given before the command word (`support-doctor --no-public-rpc tx …`) are
 * the program's own (positional options, so that `tx --lang` stays the command's); they count for
 * the command as if given after it: endpoints from both, `--no-public-rpc` from either, and for the
 * rest the command's own value first. Dropping one silently would be worse than refusing it —
 * `--no-public-rpc` dropped means public endpoints asked — so one the command does not take is an
 * input error (exit 2). Run as commander's preAction hook: the command's own parser then checks the
 * values (a bad `--timeout` before the command fails like one after it).
 */
export function carryRootOptions(program: Command, command: Command): void {
  if (command === program) return
  for (const option of program.options) {
    const key = option.attributeName()
    if (program.getOptionValueSource(key) !== 'cli') continue
    const value: unknown = program.getOptionValue(key)
    if (!command.options.some((own) => own.attributeName() === key)) {
      throw inputError(
        'input.usage',
        text('error.rootOptionNotTaken', { option: option.long ?? option.flags, command: command.name() }),
        text('hint.commandHelp', { command: command.name() }),
      )
    }
    const ownGiven = command.getOptionValueSource(key) === 'cli'
    if (key === 'rpc') {
      const own = ownGiven ? list(command.getOptionValue(key)) : []
      command.setOptionValueWithSource(key, [...list(value), ...own], 'cli')
    } else if (key === 'publicRpc') {
      if (value === false) command.setOptionValueWithSource(key, false, 'cli')
    } else if (!ownGiven) {
      command.setOptionValueWithSource(key, value, 'cli')
    }
  }
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : [])
