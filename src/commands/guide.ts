import { Command } from 'commander'
import { inputError } from '../errors/doctor-error.js'
import { text } from '../i18n/text.js'
import { guideForFinding, isFindingCode } from '../findings/registry.js'
import { isGuideId, type GuideId } from '../findings/guide-ids.js'
import { loadGuide, loadGuides } from '../guides/load-guides.js'
import { renderGuide } from '../guides/render-guide.js'
import { translator, type Say } from '../i18n/translate.js'
import { displayWidth, padLabel } from '../ui/text-width.js'
import { writeOutput } from '../ui/write-output.js'
import { languageOptionsSchema, outputOptionsSchema } from './common-options.js'
import { declare, languageOptions, outputOptions } from './option-groups.js'
import { parseOptions } from './parse-options.js'
import type { Deps } from './deps.js'
import { settingsFor } from './session.js'

const guideOptionsSchema = languageOptionsSchema.extend(outputOptionsSchema.pick({ json: true }).shape)

/** A guide by its id, or by a finding code it explains (`support-doctor guide swap.slippage`). */
export function findGuide(topic: string): GuideId | undefined {
  const wanted = topic.trim().toLowerCase()
  if (isGuideId(wanted)) return wanted
  return isFindingCode(wanted) ? guideForFinding(wanted) : undefined
}

export function guideCommand(say: Say, deps: Deps, setExitCode: (code: number) => void): Command {
  const command = new Command('guide').description(say('cmd.guide')).argument('[topic]', say('cmd.guide.topic'))
  declare(command, say, outputOptions, ['json'])
  declare(command, say, languageOptions)
  return command
    .addHelpText('after', `\n${say('cli.examples')}:\n${say('cmd.guide.examples')}`)
    .action(async (topic: string | undefined, raw: Record<string, unknown>) => {
      const options = parseOptions(guideOptionsSchema, raw)
      const settings = settingsFor(options, deps)
      const style = deps.io.style('out')
      const sayIn = translator(settings.lang)
      const json = settings.format === 'json'
      if (topic === undefined) {
        const guides = loadGuides(settings.lang)
        if (json) {
          await writeOutput(
            `${JSON.stringify({ schemaVersion: 1, guides: guides.map(({ id, title, findings }) => ({ id, title, findings })) }, null, 2)}\n`,
            undefined,
            deps.io,
          )
        } else {
          const width = Math.max(...guides.map((g) => displayWidth(g.id))) + 3
          const lines = guides.map((g) => `  ${style.cyan(padLabel(g.id, width))}${g.title}`)
          await writeOutput(
            `${style.bold(sayIn('guide.listTitle'))}\n${lines.join('\n')}\n\n${style.dim(sayIn('guide.listHint'))}\n`,
            undefined,
            deps.io,
          )
        }
        setExitCode(0)
        return
      }
      const id = findGuide(topic)
      if (!id) throw inputError('input.topic', text('error.unknownGuide', { value: topic }), text('hint.listGuides'))
      const guide = loadGuide(id, settings.lang)
      await writeOutput(
        json
          ? `${JSON.stringify({ schemaVersion: 1, guide }, null, 2)}\n`
          : renderGuide(guide, style, sayIn, deps.io.terminalWidth()),
        undefined,
        deps.io,
      )
      setExitCode(0)
    })
}
