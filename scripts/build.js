// @ts-check
/**
 * Bundles src/ into dist/ with esbuild. A CLI pays for every module file it loads at each start:
 * unbundled, viem's hundreds of ESM files cost ~0.8 s before any work; one tree-shaken bundle
 * loads in a fraction of that (see README, "Speed"). Type checking is tsc's job (npm run typecheck).
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { buildProgramScripts } from './build-program-scripts.js'

rmSync(new URL('../dist/', import.meta.url), { recursive: true, force: true })
// BUILD_METAFILE=path writes esbuild's metafile there: what each output holds and imports, for
// seeing what a command loads (README, "Speed").
const metafilePath = process.env.BUILD_METAFILE
const result = await build({
  entryPoints: {
    // The program as an ES module (`node dist/cli.js` goes through the bin).
    cli: 'src/cli-entry.ts',
    // The program's code for dist/program/ (below): the bin runs it from there.
    program: 'src/cli.ts',
    // bin/support-doctor.js runs a plain `redact` through this: the engine and the catalog, not
    // commander or zod.
    'redact-cli': 'src/redact-cli.ts',
    'render-quick-answers': 'src/render-quick-answers.ts',
    // The library (`import … from 'support-doctor'`): its types come from tsconfig.build.json.
    index: 'src/api/index.ts',
    'report-schema': 'src/report/schema.ts',
    redact: 'src/redact/redact.ts',
    'finding-table': 'src/findings/finding-table.ts',
  },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  // cosmiconfig loads config files with dynamic requires of its own: it stays a plain dependency.
  external: ['cosmiconfig'],
  // Bundled CommonJS (commander) calls require(): give the ESM bundle a real one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'linked',
  logLevel: 'warning',
  // The metafile says which chunks each output imports: dist/program/ is built from it.
  metafile: true,
})
if (metafilePath) writeFileSync(metafilePath, JSON.stringify(result.metafile))

// What the CommonJS bin requires, as CommonJS files of their own: the quick answers (`--version` and
// `--help` without loading the program), and only when the program runs, the loader that runs it
// from dist/program/ (with node:vm and node:zlib, which a quick answer need not load).
await build({
  entryPoints: { 'quick-answer': 'src/quick-answer.ts', 'program-loader': 'src/program-loader/load-program.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20.19',
  logLevel: 'warning',
})

// V8 holds a module's source text for as long as the module lives: one byte per character when the
// text is all Latin-1, two otherwise. esbuild escapes non-ASCII in strings but leaves it in regular
// expression literals and comments, so one Japanese pattern made the 460 KB redaction chunk cost
// twice its size (~0.8 MB at a diagnosis' peak, measured). `\uXXXX` means the same character in a
// string, a template, a comment and a regular expression (a surrogate pair in `u` mode too) — but
// not in a raw template, whose text is used as written, nor after a backslash (`\é` would become a
// backslash and `u00e9`): those are refused, not escaped.
for (const name of readdirSync(new URL('../dist/', import.meta.url), { recursive: true })) {
  if (typeof name !== 'string' || !/\.c?js$/.test(name)) continue
  const file = new URL(`../dist/${name}`, import.meta.url)
  const code = readFileSync(file, 'utf8')
  if (!/[\u0080-\uffff]/.test(code)) continue
  if (/String\.raw`[^`]*[\u0080-\uffff]/.test(code)) throw new Error(`${name}: non-ASCII text in a String.raw template`)
  if (/\\[\u0080-\uffff]/.test(code)) throw new Error(`${name}: a backslash before non-ASCII text`)
  writeFileSync(
    file,
    code.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  )
}

// The pages the quick answers print, rendered by the program just built (so they are what it prints):
// one small file per language and command, so that a `--help` reads only its own.
const { renderQuickAnswers } = await import(new URL('../dist/render-quick-answers.js', import.meta.url).href)
const { facts, pages } = await renderQuickAnswers()
const answers = new URL('../dist/quick-answers/', import.meta.url)
mkdirSync(answers)
writeFileSync(new URL('facts.json', answers), JSON.stringify(facts))
for (const [lang, byCommand] of Object.entries(pages)) {
  mkdirSync(new URL(`${lang}/`, answers))
  for (const [name, page] of Object.entries(byCommand))
    writeFileSync(new URL(`${lang}/${name}.json`, answers), JSON.stringify(page))
}

// The program again, as scripts the bin's loader can give V8's code cache (see the file).
await buildProgramScripts({
  metafile: result.metafile,
  distDir: fileURLToPath(new URL('../dist/', import.meta.url)),
  commands: facts.commands,
})
