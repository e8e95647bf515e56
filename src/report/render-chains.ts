import type { ChalkInstance } from 'chalk'
import type { Say } from '../i18n/translate.js'
import { padLabel } from '../ui/text-width.js'

/** `chains` for a person: one line per chain, its id, key, fee model and the endpoints in use. */
type Row = { id: number; key: string; name: string; fees: string; endpoints: { url: string }[] }

export function renderChains(rows: Row[], say: Say, style: ChalkInstance): string {
  const header = `${padLabel(say('chains.name'), 18)}${padLabel(say('chains.id'), 12)}${padLabel(say('chains.key'), 12)}${padLabel(say('chains.fees'), 9)}${say('chains.endpoints')}`
  const lines = rows.map((r) => {
    const endpoints = r.endpoints.length ? r.endpoints.map((e) => e.url).join(', ') : style.dim(say('chains.none'))
    return `${r.name.padEnd(18)}${String(r.id).padEnd(12)}${r.key.padEnd(12)}${r.fees.padEnd(9)}${endpoints}`
  })
  return `${style.bold(header)}\n${lines.join('\n')}\n`
}
