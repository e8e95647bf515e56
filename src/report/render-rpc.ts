import type { ChalkInstance } from 'chalk'
import { chainForId } from '../chains/registry.js'
import type { EndpointVerdict } from '../diagnose/endpoint-health.js'
import type { Lang } from '../i18n/catalog.js'
import type { Say } from '../i18n/translate.js'
import { age } from './format.js'
import { showSafely } from '../io/sanitise.js'

/** `rpc` for a person: per chain, each endpoint's state, head, age, latency and what it serves. */
export function renderHealth(
  verdicts: EndpointVerdict[],
  { say, lang }: { say: Say; lang: Lang },
  style: ChalkInstance,
  now: Date,
): string {
  const yesNo = (value: boolean | null) => (value === null ? '–' : value ? say('rpc.yes') : say('rpc.no'))
  const lines: string[] = []
  for (const chainId of [...new Set(verdicts.map((v) => v.configuredChainId))]) {
    lines.push(style.bold(chainId === null ? say('rpc.unknownChain') : `${chainForId(chainId).name} (${chainId})`))
    for (const v of verdicts.filter((x) => x.configuredChainId === chainId)) {
      // An endpoint's own error text is outside text: its control characters are shown, not obeyed.
      const state = !v.reachable
        ? style.red(`✖ ${showSafely(say('rpc.fault', { reason: v.problem ?? '' }))}`)
        : v.problem
          ? style.red(`✖ ${say('rpc.fault', { reason: v.problem })} (${v.reportedChainId})`)
          : v.stale
            ? style.yellow(`! ${say('rpc.stale')}`)
            : style.green(`✓ ${say('rpc.ok')}`)
      const detail = v.reachable
        ? say('rpc.detail', {
            head: v.head ?? '?',
            age: v.headTimestamp ? age(now.getTime() / 1000 - Number(v.headTimestamp), lang) : '?',
            latency: String(v.latencyMs ?? '?'),
            trace: yesNo(v.servesTrace),
            history: yesNo(v.servesHistory),
          })
        : ''
      lines.push(`  ${v.endpoint.padEnd(44)} ${state}  ${style.dim(detail)}`)
    }
  }
  return `${lines.join('\n')}\n`
}
