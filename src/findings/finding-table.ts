import { findingCodes, findingRegistry } from './registry.js'

export const TABLE_START =
  '<!-- finding-table:start (generated from src/findings/registry.ts by `npm run generate`) -->'
export const TABLE_END = '<!-- finding-table:end -->'

/** The finding table of README, made from the registry: code, usual severity, guide, data fields, meaning. */
export function findingTable(): string {
  const rows = findingCodes.map((code) => {
    const row = findingRegistry[code]
    const fields = Object.keys(row.data.shape)
      .map((f) => `\`${f}\``)
      .join(', ')
    return `| \`${code}\` | ${row.severity} | \`${row.guide}\` | ${fields} | ${row.about} |`
  })
  return [
    TABLE_START,
    '| code | severity | guide | `data` | what it says |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    TABLE_END,
  ].join('\n')
}

/** README with its finding table replaced by a fresh one. */
export function withFindingTable(readme: string): string {
  const start = readme.indexOf(TABLE_START)
  const end = readme.indexOf(TABLE_END)
  if (start === -1 || end === -1) throw new Error('README has no finding table markers')
  return readme.slice(0, start) + findingTable() + readme.slice(end + TABLE_END.length)
}
