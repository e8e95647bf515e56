import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { posix, join } from 'node:path'
import { Script } from 'node:vm'
import { openCodeCache } from './code-cache.js'

/**
 * Runs the program from dist/program/ (scripts/build-program-scripts.js: the ES build's `program` entry
 * and chunks, each turned into a script) with V8's compiled code from the run before. Node 20 keeps
 * no compiled code for ES modules, and compiling the program took ~25 ms of every diagnosis; a
 * script compiled through `vm.Script` takes a code cache (README, "Speed"). This is a module system
 * for those files only: `require` of a relative path loads one of them, anything else is Node's.
 */
export type Program = {
  main(argv: string[]): Promise<number>
  /** Keeps the compiled code for the next run, when this one compiled any (synchronous: call before exit). */
  saveCodeCache(): void
  /** The scripts this run compiled, having no cache V8 took for them (for tests and benches). */
  compiledWithoutCache(): string[]
}

type Manifest = { buildId: string; entry: string; commands: string[]; requires: Record<string, string[]> }
type Exports = Record<string, unknown>
type Loaded = { module: { exports: Exports }; script: Script; compiled: boolean }

/** The command's name (its own cache), from the first argument that is one. */
const commandOf = (args: readonly string[], commands: readonly string[]) =>
  args.find((arg) => commands.includes(arg)) ?? '_program'

export function loadProgram(dir: string, args: readonly string[], env: NodeJS.ProcessEnv): Program {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest
  const cache = openCodeCache(env, manifest.buildId, commandOf(args, manifest.commands))
  const nodeRequire = createRequire(join(dir, 'manifest.json'))
  const loaded = new Map<string, Loaded>()
  // Sources read ahead by an import, waiting to run.
  const readAhead = new Map<string, string>()

  function load(name: string): Exports {
    const known = loaded.get(name)
    if (known) return known.module.exports
    const filename = join(dir, name)
    // Each script is a function expression `(function (exports, require, module, __filename,
    // __dirname, __import) {'use strict';…})` (the build wraps them), ASCII: read as Latin-1.
    const source = readAhead.get(name) ?? readFileSync(filename, 'latin1')
    readAhead.delete(name)
    const cachedData = cache.read(name)
    const script = new Script(source, { filename, ...(cachedData && { cachedData }) })
    const entry: Loaded = {
      module: { exports: {} },
      script,
      compiled: !cachedData || script.cachedDataRejected === true,
    }
    // Known before it runs, as in CommonJS: a script required again meanwhile gets what is there so far.
    loaded.set(name, entry)
    const here = posix.dirname(name)
    const require = (specifier: string) =>
      isRelative(specifier) ? load(nameOf(here, specifier)) : (nodeRequire(specifier) as Exports)
    const importer = (specifier: string) => importModule(here, specifier)
    try {
      const run = script.runInThisContext() as (...args: unknown[]) => void
      run.call(entry.module.exports, entry.module.exports, require, entry.module, filename, join(dir, here), importer)
    } catch (error) {
      // As an ES import that failed fails again: not kept half-run for the next caller (`mcp` lives on).
      loaded.delete(name)
      throw error
    }
    return entry.module.exports
  }

  /**
   * An `import()`: the script and every one it needs are read asynchronously first, then run —
   * as an ES import does, so whatever was started before it (a request to an endpoint) goes on
   * while the files are read.
   */
  async function importModule(from: string, specifier: string): Promise<Exports> {
    if (!isRelative(specifier)) {
      const exports = nodeRequire(specifier) as Exports
      return { ...exports, default: exports }
    }
    const name = nameOf(from, specifier)
    const wanted = new Set([name])
    for (const each of wanted) for (const needed of manifest.requires[each] ?? []) wanted.add(needed)
    const toRead = [...wanted].filter((each) => !loaded.has(each) && !readAhead.has(each))
    const sources = await Promise.all(toRead.map((each) => readFile(join(dir, each), 'latin1')))
    toRead.forEach((each, i) => loaded.has(each) || readAhead.set(each, sources[i] as string))
    return load(name)
  }

  return {
    main: (argv) => (load(manifest.entry).main as (argv: string[]) => Promise<number>)(argv),
    compiledWithoutCache: () => [...loaded].filter(([, entry]) => entry.compiled).map(([name]) => name),
    saveCodeCache() {
      if (![...loaded.values()].some((entry) => entry.compiled)) return
      try {
        cache.save(new Map([...loaded].map(([name, entry]) => [name, entry.script.createCachedData()])))
      } catch {
        // the answer is out already: a cache not kept costs the next run its compiling, nothing more
      }
    },
  }
}

const isRelative = (specifier: string) => specifier.startsWith('./') || specifier.startsWith('../')

/** A script's name from a relative specifier (a chunk's `./x.js` is the usual one: no path parsing for it). */
const nameOf = (from: string, specifier: string) =>
  specifier.startsWith('./') && !specifier.includes('/', 2)
    ? from === '.'
      ? specifier.slice(2)
      : `${from}/${specifier.slice(2)}`
    : posix.join(from, specifier)
