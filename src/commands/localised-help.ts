import type { Command, HelpConfiguration, Option } from 'commander'
import type { Say } from '../i18n/translate.js'

/**
 * commander's own words in help (the section titles, "choices:", the help option's description)
 * in the user's language: everything else in help already comes from the catalog. Set on the
 * program and on every command, because a command added with `addCommand` inherits none of it.
 */
export function localiseHelp(command: Command, say: Say): Command {
  return command.helpOption('-h, --help', say('opt.help')).configureHelp(helpConfiguration(say))
}

function helpConfiguration(say: Say): HelpConfiguration {
  const titles: Record<string, string> = {
    'Usage:': say('help.usage'),
    'Arguments:': say('help.arguments'),
    'Options:': say('help.options'),
    'Commands:': say('help.commands'),
    'Global Options:': say('help.globalOptions'),
  }
  return {
    styleTitle: (title) => titles[title] ?? title,
    // The option's own (catalog) description, and its choices in the catalog's words unless the
    // description names them already; no option here shows commander's default, preset or
    // environment variable notes.
    optionDescription: (option: Option) =>
      option.argChoices && !option.argChoices.every((choice) => option.description.includes(choice))
        ? `${option.description} (${say('help.choices', { choices: option.argChoices.join(', ') })})`
        : option.description,
  }
}
