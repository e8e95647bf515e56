import { spawnSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

/**
 * The bin runs the program from dist/program/ through src/program-loader/load-program.ts, which
 * keeps V8's compiled code between runs. These run it as the bin does, in a fresh process each time,
 * and read back which scripts it had to compile.
 */
const dist = new URL('../../dist/', import.meta.url)
const programDir = fileURLToPath(new URL('program/', dist))
const manifest = JSON.parse(readFileSync(join(programDir, 'manifest.json'), 'utf8')) as { buildId: string }
const homes: string[] = []
afterAll(() => homes.forEach((home) => rmSync(home, { recursive: true, force: true })))

function freshHome() {
  const home = mkdtempSync(join(tmpdir(), 'sd-code-cache-'))
  homes.push(home)
  return home
}

const cacheFolder = (home: string) => join(home, '.cache', 'support-doctor', 'code-cache')
const cacheFile = (home: string, command: string) =>
  join(cacheFolder(home), `${manifest.buildId}-${process.version}-${process.arch}-${command}.bin`)

/** One run of `args` through the loader: what it printed and which scripts it compiled. */
function run(home: string, args: string[], env: Record<string, string> = {}) {
  const script = `
    const { loadProgram } = await import(${JSON.stringify(new URL('launch.cjs', dist).href)})
    const args = JSON.parse(process.env.ARGS)
    const program = loadProgram(${JSON.stringify(programDir)}, args, process.env)
    const code = await program.main(['node', 'support-doctor', ...args])
    program.saveCodeCache()
    process.stderr.write('\\n' + JSON.stringify({ code, compiled: program.compiledWithoutCache() }))`
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env: {
      ...process.env,
      CI: 'true',
      NO_COLOR: '1',
      HOME: home,
      XDG_CACHE_HOME: join(home, '.cache'),
      NODE_DISABLE_COMPILE_CACHE: '',
      ARGS: JSON.stringify(args),
      ...env,
    },
    timeout: 30_000,
  })
  const stderr = result.stderr.toString()
  const report = JSON.parse(stderr.slice(stderr.lastIndexOf('\n') + 1)) as { code: number; compiled: string[] }
  return { stdout: result.stdout.toString(), ...report }
}

const CHAINS = ['chains', '--json']

describe('the program loader', () => {
  it('compiles on the first run, keeps the code in a private file, and compiles nothing on the next', () => {
    const home = freshHome()
    const first = run(home, CHAINS)
    expect(first.code).toBe(0)
    expect(first.compiled).toContain('program.js')
    expect(first.compiled.length).toBeGreaterThan(5)
    const file = cacheFile(home, 'chains')
    const written = statSync(file)
    if (process.platform !== 'win32') {
      expect(written.mode & 0o777).toBe(0o600)
      expect(statSync(cacheFolder(home)).mode & 0o777).toBe(0o700)
    }

    const second = run(home, CHAINS)
    expect(second).toEqual({ ...first, compiled: [] })
    // Nothing compiled, nothing written: the file is the one the first run left.
    expect(statSync(file).mtimeMs).toBe(written.mtimeMs)
    expect(statSync(file).ino).toBe(written.ino)
  })

  it('keeps one file per command, so each holds the code its command runs', () => {
    const home = freshHome()
    run(home, CHAINS)
    const explain = run(home, ['--lang', 'en', 'explain', 'execution reverted: STF', '--json'])
    expect(explain.compiled.length).toBeGreaterThan(0)
    expect(existsSync(cacheFile(home, 'explain'))).toBe(true)
    expect(run(home, ['--lang', 'en', 'explain', 'execution reverted: STF', '--json']).compiled).toEqual([])
    expect(run(home, CHAINS).compiled).toEqual([])
  })

  it('compiles again, with the same output, when the file is damaged, cut short or holds the wrong code', () => {
    const home = freshHome()
    const first = run(home, CHAINS)
    const file = cacheFile(home, 'chains')
    const good = readFileSync(file)
    const headerEnd = 8 + good.readUInt32LE(4)
    const header = JSON.parse(good.subarray(8, headerEnd).toString('utf8')) as {
      entries: [string, number, number][]
    }
    // Each script given another one's code: V8 must refuse every one of them.
    const names = header.entries.map(([name]) => name)
    const swapped = header.entries.map(([, offset, length], i) => [names[(i + 1) % names.length], offset, length])
    const swappedHeader = Buffer.from(JSON.stringify({ ...header, entries: swapped }))
    const start = Buffer.alloc(8)
    good.copy(start, 0, 0, 4)
    start.writeUInt32LE(swappedHeader.length, 4)

    for (const damaged of [
      Buffer.from(good.map(() => Math.floor(Math.random() * 256))),
      good.subarray(0, Math.floor(good.length / 2)),
      Buffer.concat([start, swappedHeader, good.subarray(headerEnd)]),
    ]) {
      writeFileSync(file, damaged, { mode: 0o600 })
      const again = run(home, CHAINS)
      expect(again.stdout).toBe(first.stdout)
      expect(again.compiled.length).toBeGreaterThan(5)
      // … and writes a good one again.
      expect(run(home, CHAINS).compiled).toEqual([])
    }
  })

  it.skipIf(process.platform === 'win32')('neither reads nor writes a folder others can write to', () => {
    const home = freshHome()
    run(home, CHAINS)
    const file = cacheFile(home, 'chains')
    chmodSync(cacheFolder(home), 0o777)
    const before = statSync(file).mtimeMs
    const shared = run(home, CHAINS)
    expect(shared.compiled.length).toBeGreaterThan(5)
    expect(statSync(file).mtimeMs).toBe(before)
    // A file others can write to is not read either.
    chmodSync(cacheFolder(home), 0o700)
    chmodSync(file, 0o666)
    expect(run(home, CHAINS).compiled.length).toBeGreaterThan(5)
  })

  it('keeps nothing when NODE_DISABLE_COMPILE_CACHE is set, as Node does for its own cache', () => {
    const home = freshHome()
    const off = { NODE_DISABLE_COMPILE_CACHE: '1' }
    expect(run(home, CHAINS, off).compiled.length).toBeGreaterThan(5)
    expect(run(home, CHAINS, off).compiled.length).toBeGreaterThan(5)
    expect(existsSync(join(home, '.cache', 'support-doctor'))).toBe(false)
  })

  it("removes other builds' files once they are a week old, and keeps recent ones", () => {
    const home = freshHome()
    mkdirSync(cacheFolder(home), { recursive: true, mode: 0o700 })
    const old = join(cacheFolder(home), `0000000000000000-${process.version}-${process.arch}-tx.bin`)
    const recent = join(cacheFolder(home), `1111111111111111-${process.version}-${process.arch}-tx.bin`)
    writeFileSync(old, 'old', { mode: 0o600 })
    writeFileSync(recent, 'recent', { mode: 0o600 })
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 3600 * 1000)
    utimesSync(old, eightDaysAgo, eightDaysAgo)
    run(home, CHAINS)
    expect(readdirSync(cacheFolder(home)).sort()).toEqual(
      [`${manifest.buildId}-${process.version}-${process.arch}-chains.bin`, recent.split('/').at(-1)].sort(),
    )
  })

  it('names the cache after the command through the bin, as a user runs it', () => {
    const home = freshHome()
    const bin = fileURLToPath(new URL('../bin/support-doctor.js', dist))
    const result = spawnSync(process.execPath, [bin, '--lang', 'ja', 'chains', '--json'], {
      env: {
        ...process.env,
        CI: 'true',
        HOME: home,
        XDG_CACHE_HOME: join(home, '.cache'),
        NODE_DISABLE_COMPILE_CACHE: '',
      },
      timeout: 30_000,
    })
    expect(result.status).toBe(0)
    expect(readdirSync(cacheFolder(home))).toEqual([
      `${manifest.buildId}-${process.version}-${process.arch}-chains.bin`,
    ])
  })
})
