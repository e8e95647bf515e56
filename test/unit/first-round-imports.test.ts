import { readFileSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// `tx` sends its first round once its input is checked, then loads the code that reads and judges
// the answers (src/commands/first-round.ts, tx.ts). That only gains a round trip while that code
// is not loaded with the command itself: a static import from tx.ts that reaches it would quietly
// put the round trip back. This walks the static value imports (not `import type`, not `import()`).

const src = fileURLToPath(new URL('../../src/', import.meta.url))

function staticImportsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8')
  const imports = [...source.matchAll(/^import\s+(?!type\s)(?:[^'"]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm)]
  return imports.map((m) => normalize(join(dirname(file), (m[1] as string).replace(/\.js$/, '.ts'))))
}

function loadedWith(entry: string): string[] {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const next of staticImportsOf(file)) visit(next)
  }
  visit(join(src, entry))
  return [...seen].map((file) => relative(src, file))
}

/** What reads and judges a chain: loaded while the first round is away, never with the command. */
const lookCode = (file: string) =>
  (file.startsWith('evidence/') &&
    !['evidence/transaction-lookup-calls.ts', 'evidence/first-round-width.ts'].includes(file)) ||
  file.startsWith('diagnose/') ||
  file.startsWith('report/') ||
  [
    'commands/tx-look.ts',
    'commands/session.ts',
    'rpc/chain-connection.ts',
    'rpc/chain-transport.ts',
    'rpc/read-client.ts',
    'chains/viem-chain.ts',
  ].includes(file)

describe('what loads with the tx command, before its first round leaves', () => {
  it('the endpoint code, and none of the code that reads and judges the answers', () => {
    const loaded = loadedWith('commands/tx.ts')
    expect(loaded).toContain('commands/first-round.ts')
    expect(loaded).toContain('rpc/resolve-endpoints.ts')
    expect(loaded.filter(lookCode)).toEqual([])
  })

  it('the walk sees through to that code where it is imported statically', () => {
    // The same walk from tx-look.ts must find it, or the check above could pass by seeing nothing.
    expect(loadedWith('commands/tx-look.ts').filter(lookCode)).toEqual(
      expect.arrayContaining(['commands/tx-look.ts', 'commands/session.ts', 'rpc/chain-connection.ts']),
    )
  })
})
