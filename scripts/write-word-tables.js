// @ts-check
// Writes src/redact/word-tables.generated.ts: the scanner's word tables built from the BIP-39 lists
// (src/redact/word-tables-source.ts) and packed, so a process reads them instead of building them
// (npm run generate). test/unit/word-tables.test.ts fails when the file and the lists differ.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import * as prettier from 'prettier'

const dir = mkdtempSync(join(tmpdir(), 'sd-word-tables-'))
try {
  const script = join(dir, 'word-tables-source.mjs')
  await build({
    entryPoints: ['src/redact/word-tables-source.ts'],
    outfile: script,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    logLevel: 'warning',
  })
  const { buildWordTables, packWordTables } = await import(pathToFileURL(script).href)
  const file = new URL('../src/redact/word-tables.generated.ts', import.meta.url)
  // Written as prettier writes it, so `npm run format:check` passes on a fresh one.
  const options = { ...(await prettier.resolveConfig(file)), filepath: file.pathname }
  writeFileSync(file, await prettier.format(packWordTables(buildWordTables()), options))
  console.log('wrote src/redact/word-tables.generated.ts')
} finally {
  rmSync(dir, { recursive: true, force: true })
}
