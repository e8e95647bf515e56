import type { Report } from './schema.js'

/**
 * Shortens a report for a form with a length limit, a step at a time, until it fits: first the
 * chart and the environment, then information findings and later steps, then all but the first
 * finding and step; last, the first finding's detail is cut. The hash, the network, the status
 * and the first finding's title always stay.
 */
export function fitToLength(
  report: Report,
  maxLength: number | undefined,
  render: (report: Report, full: boolean) => string,
): string {
  const full = render(report, true)
  if (maxLength === undefined || full.length <= maxLength) return full
  const shrinks: ((r: Report) => Report)[] = [
    (r) => ({ ...r, environment: { ...r.environment, os: '', arch: '', node: '' } }),
    (r) => ({
      ...r,
      findings: r.findings.filter((f, i) => i === 0 || f.severity !== 'info'),
      nextSteps: r.nextSteps.slice(0, 3),
    }),
    (r) => ({
      ...r,
      findings: r.findings.slice(0, 1),
      nextSteps: r.nextSteps.slice(0, 1),
      context: { ...r.context, note: null, tried: null },
    }),
  ]
  let shorter = report
  for (const shrink of shrinks) {
    shorter = shrink(shorter)
    const text = render(shorter, false)
    if (text.length <= maxLength) return text
  }
  const first = shorter.findings[0]
  if (!first) return cutAtLine(render(shorter, false), maxLength)
  // Cut the detail of the one finding left until it fits; everything else is already minimal.
  const overflow = render(shorter, false).length - maxLength
  const detail =
    first.detail.length > overflow + 1 ? `${first.detail.slice(0, first.detail.length - overflow - 1)}…` : '…'
  const last = render({ ...shorter, findings: [{ ...first, detail }] }, false)
  return last.length <= maxLength ? last : cutAtLine(last, maxLength)
}

/**
 * The last resort: whole lines, as many as fit, ending with a line break (a pasted report that
 * stops mid-word, with no newline, reads as broken). One line longer than the limit is cut.
 */
function cutAtLine(text: string, maxLength: number): string {
  const head = text.slice(0, maxLength - 1)
  const lineEnd = head.lastIndexOf('\n')
  return `${lineEnd > 0 ? head.slice(0, lineEnd) : head}\n`
}
