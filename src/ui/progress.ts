import type { Deps } from '../commands/deps.js'

export type Progress = { update: (text: string) => void; stop: () => void }

const silent: Progress = { update: () => {}, stop: () => {} }

/**
 * A spinner on stderr while endpoints are asked — only for a person at a terminal: never with
 * `--json`, in CI, or when stderr is redirected, so stdout stays the result and logs stay clean.
 * ora is loaded only then: scripts and agents do not pay for it at start-up.
 */
export async function startProgress(text: string, deps: Deps): Promise<Progress> {
  if (deps.ui.json || deps.env.CI || deps.stderr.isTTY !== true) return silent
  // A terminal that reports no width (some pseudo-terminals) sends ora's line clearing into an
  // endless loop: no spinner there — a spinner must never be able to hang a diagnosis.
  if (!(deps.stderr.columns !== undefined && deps.stderr.columns > 0)) return silent
  const { default: ora } = await import('ora')
  const spinner = ora({ text, stream: deps.stderr, discardStdin: false }).start()
  return { update: (t) => void (spinner.text = t), stop: () => void spinner.stop() }
}
