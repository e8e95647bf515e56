import { Command } from 'commander'
import { inputError } from '../errors/doctor-error.js'
import { text } from '../i18n/text.js'
import { guideForFinding, isFindingCode } from '../findings/registry.js'
import { isGuideId, type GuideId } from '../findings/guide-ids.js'
import { loadGuide, loadGuides } from '../guides/load-guides.js'
import { renderGuide, renderGuideList } from '../guides/render-guide.js'
import type { Lang } from '../i18n/catalog.js'
import type { CommandOutput } from '../report/command-output.js'
import type { GuideOutput } from '../report/command-schemas.js'
import { exportOutput } from './export-output.js'
import { translator, type Say } from '../i18n/translate.js'
import { languageOptionsSchema, outputOptionsSchema } from './common-options.js'
import { declare, languageOptions, outputOptions } from './option-groups.js'
import { parseOptions } from './parse-options.js'
import type { Deps } from './deps.js'
import { settingsFor } from './settings.js'

const guideOptionsSchema = languageOptionsSchema.extend(outputOptionsSchema.pick({ json: true, width: true }).shape)

/** A guide by its id, or by a finding code it explains (`support-doctor guide swap.slippage`). */
export function findGuide(topic: string): GuideId | undefined {
  const wanted = topic.trim().toLowerCase()
  if (isGuideId(wanted)) return wanted
  return isFindingCode(wanted) ? guideForFinding(wanted) : undefined
}

export function guideCommand(say: Say, deps: Deps, setExitCode: (code: number) => void): Command {
  const command = new Command('guide').description(say('cmd.guide')).argument('[topic]', say('cmd.guide.topic'))
  declare(command, say, outputOptions, ['json', 'width'])
  declare(command, say, languageOptions)
  return command
    .addHelpText('after', `\n${say('cli.examples')}:\n${say('cmd.guide.examples')}`)
    .action(async (topic: string | undefined, raw: Record<string, unknown>) => {
      const options = parseOptions(guideOptionsSchema, raw)
      const settings = settingsFor(options, deps)
      setExitCode(await exportOutput(guideOutput(topic, settings.lang), settings, deps))
    })
}

/** The list of guides, or one guide by id or by the finding code it explains. */
export function guideOutput(topic: string | undefined, lang: Lang): CommandOutput {
  const say = translator(lang)
  if (topic === undefined) {
    const guides = loadGuides(lang)
    const json: GuideOutput = {
      schemaVersion: 1,
      guides: guides.map(({ id, title, findings }) => ({ id, title, findings })),
    }
    return { json, text: ({ style }) => renderGuideList(guides, style, say), exitCode: 0 }
  }
  const id = findGuide(topic)
  if (!id) throw inputError('input.topic', text('error.unknownGuide', { value: topic }), text('hint.listGuides'))
  const guide = loadGuide(id, lang)
  const json: GuideOutput = { schemaVersion: 1, guide }
  return { json, text: ({ style, width }) => renderGuide(guide, style, say, width ?? Infinity), exitCode: 0 }
}
