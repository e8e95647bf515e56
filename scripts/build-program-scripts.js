// @ts-check
/**
 * The program as classic scripts, for src/program-loader/load-program.ts: the same code the ES
 * build put in dist/ (the `program` entry and every chunk it can reach), each file turned into a
 * CommonJS-style script in dist/program/. Why: Node 20 cannot keep compiled code for ES modules
 * between runs, and compiling the program's code took ~25 ms of every run; a script compiled
 * through `vm.Script` can be given V8's code cache from the run before (README, "Speed"). Chunks
 * stay chunks: a diagnosis still loads only the code it needs.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { transform } from 'esbuild'

/** What scripts/build.js puts in front of every ES output (a `require` for bundled CommonJS). */
const ES_BANNER =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"

/**
 * The function each script is (src/program-loader/load-program.ts calls it): strict, as the ES
 * modules it was made from are (esbuild's CommonJS output does not say so itself).
 */
const SCRIPT_HEAD = "(function (exports, require, module, __filename, __dirname, __import) {'use strict';"
const SCRIPT_TAIL = '\n})'

/**
 * @param {{ metafile: import('esbuild').Metafile, distDir: string, commands: readonly string[] }} input
 * @returns {Promise<{ files: number, bytes: number }>}
 */
export async function buildProgramScripts({ metafile, distDir, commands }) {
  const outDir = join(distDir, 'program')
  mkdirSync(outDir, { recursive: true })
  const reachable = reachableFrom('dist/program.js', metafile)
  /** @type {Record<string, string[]>} */
  const requires = {}
  const hash = createHash('sha256')
  let bytes = 0
  for (const output of [...reachable].sort()) {
    const name = inDist(output)
    const code = await scriptFrom(
      readFileSync(join(distDir, name), 'utf8'),
      name,
      metafile.outputs[output]?.imports ?? [],
    )
    const file = join(outDir, name)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, code)
    hash.update(`${name}\0${code}\0`)
    bytes += code.length
    requires[name] = (metafile.outputs[output]?.imports ?? [])
      .filter((i) => i.kind === 'import-statement' && !i.external)
      .map((i) => inDist(i.path))
  }
  // The loader's map: which files each one needs before it runs (to read them all ahead of an
  // import), the commands (one code cache per command), and an id that changes with any byte of
  // the code — V8 checks only a script's length against its cache, not its text.
  const manifest = { buildId: hash.digest('hex').slice(0, 16), entry: 'program.js', commands, requires }
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest))
  // Node must not take these for ES modules (the package is "type": "module").
  writeFileSync(join(outDir, 'package.json'), '{ "type": "commonjs" }\n')
  return { files: reachable.size, bytes }
}

/** A metafile path (`dist/chunks/x.js`, always with forward slashes) as the manifest names it. @param {string} path */
const inDist = (path) => path.slice('dist/'.length)

/** @param {string} entry @param {import('esbuild').Metafile} metafile */
function reachableFrom(entry, metafile) {
  const seen = new Set([entry])
  for (const output of seen) for (const i of metafile.outputs[output]?.imports ?? []) if (!i.external) seen.add(i.path)
  return seen
}

/**
 * One ES output as a script for the loader's wrapper `(exports, require, module, __filename,
 * __dirname, __import)`: `import()` becomes `__import()`, which reads a chunk and what it needs
 * asynchronously before running them (as an ES import does, so a request sent just before still
 * leaves first), and the rest is esbuild's own ES-to-CommonJS conversion.
 * @param {string} esCode @param {string} name @param {import('esbuild').Metafile['outputs'][string]['imports']} imports
 */
async function scriptFrom(esCode, name, imports) {
  if (!esCode.startsWith(ES_BANNER)) throw new Error(`${name}: does not start with the build's banner`)
  let dynamic = 0
  const code = esCode
    .slice(ES_BANNER.length)
    .replace(/\bimport\(("(?:\.\.?\/[^"\\]+|cosmiconfig)")\)/g, (_, specifier) => (dynamic++, `__import(${specifier})`))
  const expected = imports.filter((i) => i.kind === 'dynamic-import').length
  if (dynamic !== expected)
    throw new Error(`${name}: ${dynamic} dynamic imports rewritten, the metafile lists ${expected}`)
  // Only import.meta.url has a stand-in; esbuild would turn any other use into `{}` without a word.
  if (/import\.meta(?!\.url\b)/.test(code)) throw new Error(`${name}: import.meta other than import.meta.url`)
  const usesMeta = code.includes('import.meta')
  const result = await transform(code, {
    format: 'cjs',
    loader: 'js',
    platform: 'node',
    target: 'node20.19',
    define: usesMeta ? { 'import.meta.url': '__importMetaUrl' } : {},
    banner: usesMeta ? "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" : '',
    logLevel: 'error',
  })
  if (result.code.includes('import.meta')) throw new Error(`${name}: import.meta left in the script`)
  // An import() of anything but a literal chunk path would fail only when run (a script has no ES loader).
  if (/\bimport\s*\(/.test(result.code)) throw new Error(`${name}: an import() the loader cannot serve`)
  if (/[\u0080-\uffff]/.test(result.code)) throw new Error(`${name}: non-ASCII text in the script`)
  // Wrapped here rather than when loaded: joining the text at run time would copy every script once more.
  return `${SCRIPT_HEAD}${result.code}${SCRIPT_TAIL}`
}
