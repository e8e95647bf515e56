// @ts-check
// Rewrites the finding table in README.md from the registry (npm run generate). A test fails when
// the README's table and the registry differ, so the documented contract cannot drift.
import { readFileSync, writeFileSync } from 'node:fs'

const tableModule = new URL('../dist/finding-table.js', import.meta.url).href
const { withFindingTable } = await import(tableModule)
const readme = new URL('../README.md', import.meta.url)
writeFileSync(readme, /** @type {string} */ (withFindingTable(readFileSync(readme, 'utf8'))))
console.log('wrote the finding table in README.md')
