import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

/**
 * The layers of src/, lowest first. A module may import its own layer and the ones below it,
 * never one above: decoding sits under both gathering and judging, rules never reach for the
 * network, and nothing low knows about commands. Folders in one row are peers.
 */
const layers: string[][] = [
  ['io', 'redact', 'chains', 'package-root.ts', 'cache-home.ts'],
  ['findings', 'decode'],
  ['i18n'],
  ['errors', 'config', 'memory', 'ui', 'guides'],
  ['rpc'],
  ['evidence'],
  ['diagnose'],
  ['report'],
  // The library (api) calls the commands short of printing, and the CLI commands may call it.
  ['commands', 'api'],
  // Front ends over the library: the conversation, the MCP server, batch.
  ['tree', 'mcp', 'batch'],
  // The program, the fast answers in front of it (bin/support-doctor.js: help and version, a plain
  // `redact`), their build-time renderer, the program as an ES module (dist/cli.js) and the loader
  // the bin runs it through (it imports no program code: it loads the built scripts).
  ['cli.ts', 'quick-answer.ts', 'redact-cli.ts', 'render-quick-answers.ts', 'cli-entry.ts', 'program-loader'],
]

const src = fileURLToPath(new URL('../../src/', import.meta.url))
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : []
  })
const top = (file: string) => relative(src, file).split('/')[0] as string
const rank = (file: string) => layers.findIndex((row) => row.includes(top(file)))

/** Every relative import of a file — static, type-only and dynamic — as an absolute .ts path. */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8')
  const specifiers = [...source.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)]
  return specifiers.map((m) => normalize(join(dirname(file), (m[1] as string).replace(/\.js$/, '.ts'))))
}

const graph = new Map(files(src).map((file) => [file, importsOf(file)]))

describe('the architecture', () => {
  it('every folder of src/ has a layer', () => {
    const unplaced = [...new Set([...graph.keys()].map(top))].filter((t) => !layers.flat().includes(t))
    expect(unplaced).toEqual([])
  })

  it('no module imports a layer above its own', () => {
    const upward = [...graph].flatMap(([file, imports]) =>
      imports.filter((target) => rank(target) > rank(file)).map((t) => `${relative(src, file)} → ${relative(src, t)}`),
    )
    expect(upward).toEqual([])
  })

  it('there is no import cycle, type-only imports included', () => {
    const cycles: string[] = []
    const state = new Map<string, 'open' | 'done'>()
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(src, f)).join(' → '))
        return
      }
      state.set(file, 'open')
      for (const next of graph.get(file) ?? []) if (graph.has(next)) visit(next, [...path, file])
      state.set(file, 'done')
    }
    for (const file of graph.keys()) visit(file, [])
    expect(cycles).toEqual([])
  })
})
