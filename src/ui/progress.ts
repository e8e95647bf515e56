import type { IOStreams } from '../io/iostreams.js'

export type Progress = { update: (text: string) => void; stop: () => void }

const silent: Progress = { update: () => {}, stop: () => {} }

/**
 * A spinner on stderr while endpoints are asked — only for a person at a terminal: never with
 * `--json`, in CI, or when stderr is redirected, so stdout stays the result and logs stay clean.
 * ora is loaded only then: scripts and agents do not pay for it at start-up.
 */
export async function startProgress(text: string, io: Pick<IOStreams, 'err' | 'progressEnabled'>): Promise<Progress> {
  if (!io.progressEnabled()) return silent
  const { default: ora } = await import('ora')
  const spinner = ora({ text, stream: io.err, discardStdin: false }).start()
  return { update: (t) => void (spinner.text = t), stop: () => void spinner.stop() }
}
