import type { CommanderError } from 'commander'
import { text, type Text } from '../i18n/text.js'

/**
 * commander's usage errors in the catalog's words: its message is English, so the parts it carries
 * (the option, the value, the choices) are read out of it by its code. A message not recognised
 * (a commander version that words it differently) is shown as commander wrote it.
 */
export function commanderText(error: CommanderError): Text {
  const message = error.message.replace(/^error:\s*/i, '')
  const match = (pattern: RegExp) => pattern.exec(message)
  switch (error.code) {
    case 'commander.unknownOption': {
      const found = match(/^unknown option '([^']*)'(?:\s*\(Did you mean (?:one of )?(.+?)\?\))?/s)
      if (found) return text('error.unknownOption', { option: found[1] ?? '', didYouMean: found[2] ?? null })
      break
    }
    case 'commander.missingArgument': {
      const found = match(/^missing required argument '([^']*)'/)
      if (found) return text('error.missingArgument', { name: found[1] ?? '' })
      break
    }
    case 'commander.optionMissingArgument': {
      const found = match(/^option '([^']*)' argument missing/)
      if (found) return text('error.optionMissingValue', { option: found[1] ?? '' })
      break
    }
    case 'commander.invalidArgument': {
      const found = match(/^option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.+)\.$/s)
      if (found)
        return text('error.invalidChoice', { option: found[1] ?? '', value: found[2] ?? '', choices: found[3] ?? '' })
      break
    }
    case 'commander.excessArguments': {
      const found = match(/^too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)/)
      if (found)
        return text('error.tooManyArguments', {
          command: found[1] ?? null,
          expected: Number(found[2]),
          got: Number(found[3]),
        })
      break
    }
  }
  return text('error.usage', { message: message.replace(/\s*\n\s*/g, ' ') })
}
