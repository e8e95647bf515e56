import { resolve } from 'node:path'
import type { Deps } from '../commands/deps.js'
import { renderOutput } from '../commands/export-output.js'
import { shortensAddresses, type Checked } from '../commands/write-report.js'
import { reportOutput } from '../report/report-output.js'
import { DoctorError } from '../errors/doctor-error.js'
import { handleError } from '../errors/handle-error.js'
import type { Guide } from '../guides/load-guides.js'
import { renderGuide } from '../guides/render-guide.js'
import type { Say } from '../i18n/translate.js'
import { wrapText } from '../ui/wrap-text.js'
import { writeOutput } from '../ui/write-output.js'
import type { Asker, Option } from './ask.js'

type Action = 'watch' | 'print' | 'save' | 'guide' | 'done'

/**
 * The end of the conversation: the redacted report, printed to copy or saved to a file, the guide,
 * and where to send the report — official channels only. Asked until the user is done, each
 * action offered once.
 */
export async function offerReport(
  first: Checked,
  {
    asker,
    say,
    deps,
    guide,
    watch,
  }: { asker: Asker; say: Say; deps: Deps; guide: Guide; watch?: (() => Promise<Checked>) | undefined },
): Promise<Checked> {
  let checked = first
  const taken = new Set<Action>()
  const markdown = () =>
    renderOutput(
      reportOutput(checked.view, { shortenAddresses: shortensAddresses(checked.settings), exitCode: checked.exitCode }),
      'markdown',
      { style: deps.io.style('file'), width: null },
    )
  const errStyle = deps.io.style('err')
  const whereToSend = () => {
    const support = checked.view.report.support
    const width = deps.io.terminalWidth()
    deps.io.err.write(
      `${wrapText(errStyle.bold(support ? say('report.sendTo', support) : say('report.sendToGeneric')), width)}\n${wrapText(say('report.fakeSupport'), width)}\n\n`,
    )
  }
  for (;;) {
    const options: Option<Action>[] = [
      ...(watch ? [{ value: 'watch' as const, name: say('tree.offer.watch') }] : []),
      { value: 'print' as const, name: say('tree.offer.print') },
      { value: 'save' as const, name: say('tree.offer.save') },
      { value: 'guide' as const, name: say('tree.offer.guide', { title: guide.title }) },
      { value: 'done' as const, name: say('tree.offer.done') },
    ].filter((option) => !taken.has(option.value))
    const action = await asker.choose(say('tree.offer.question'), options)
    if (action === 'done') return checked
    if (action === 'watch' && watch) {
      // The report shown, printed and saved from now on is the one at the end of the watch.
      checked = await watch()
      const output = reportOutput(checked.view, {
        shortenAddresses: shortensAddresses(checked.settings),
        exitCode: checked.exitCode,
      })
      deps.io.out.write(
        `\n${renderOutput(output, 'text', { style: deps.io.style('out'), width: deps.io.terminalWidth() })}\n`,
      )
    } else if (action === 'print') {
      deps.io.err.write(`${wrapText(errStyle.dim(say('tree.copyBelow')), deps.io.terminalWidth())}\n`)
      // The report ends with where to send it; saying it again here would only repeat it.
      deps.io.out.write(`\n${markdown()}\n`)
    } else if (action === 'save') {
      const file = await asker.text(say('tree.saveAs'), (answer) => (answer.trim() ? null : say('tree.required')), {
        defaultValue: defaultFileName(deps.now()),
      })
      const path = resolve(deps.cwd, file.trim())
      try {
        await writeOutput(markdown(), path, deps.io)
      } catch (error) {
        // A folder that does not exist, or no permission: say so, and offer the choices again.
        if (!(error instanceof DoctorError)) throw error
        handleError(error, deps)
        continue
      }
      deps.io.err.write(`${errStyle.green(say('tree.saved', { file: path }))}\n`)
      whereToSend()
    } else {
      deps.io.out.write(`\n${renderGuide(guide, deps.io.style('out'), say, deps.io.terminalWidth())}\n`)
    }
    taken.add(action)
  }
}

const defaultFileName = (now: Date) =>
  `support-report-${now.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-')}.md`
