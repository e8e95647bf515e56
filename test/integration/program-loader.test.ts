import { spawnSync } from 'node:child_process'
import {
  chmodSync,
  chownSync,
  renameSync,
  symlinkSync,
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
function run(home: string, args: string[], env: Record<string, string> = {}, cwd = home) {
  const script = `
    const { loadProgram } = await import(${JSON.stringify(new URL('program-loader.cjs', dist).href)})
    const args = JSON.parse(process.env.ARGS)
    const program = loadProgram(${JSON.stringify(programDir)}, args, process.env)
    const code = await program.main(['node', 'support-doctor', ...args])
    program.saveCodeCache()
    process.stderr.write('\\n' + JSON.stringify({ code, compiled: program.compiledWithoutCache() }))`
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd,
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
  if (result.status !== 0) throw new Error(`the run died (${result.status ?? result.signal}): ${stderr.slice(-800)}`)
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

    // Bytes changed inside one script's code, the header left whole: V8 does not check a cache's own
    // bytes, and fed these it stopped the process (a fatal error, exit 133), at every run after.
    const flipped = Buffer.from(good)
    const middle = headerEnd + Math.floor((good.length - headerEnd) / 2)
    for (let i = middle; i < middle + 16; i++) flipped.writeUInt8(flipped.readUInt8(i) ^ 0xff, i)

    for (const [damaged, refused] of [
      // Only the script whose code was changed is compiled again: each entry has its own checksum.
      [flipped, 1],
      [Buffer.from(good.map(() => Math.floor(Math.random() * 256))), first.compiled.length],
      [good.subarray(0, Math.floor(good.length / 2)), first.compiled.length],
      [Buffer.concat([start, swappedHeader, good.subarray(headerEnd)]), first.compiled.length],
    ] as const) {
      writeFileSync(file, damaged, { mode: 0o600 })
      const again = run(home, CHAINS)
      expect(again.stdout).toBe(first.stdout)
      expect(again.compiled.length).toBeGreaterThanOrEqual(refused)
      // … and writes a good one again.
      expect(run(home, CHAINS).compiled).toEqual([])
    }
  })

  it.skipIf(process.platform === 'win32')(
    'reads nothing from a folder or file others can write to, then makes its own private again',
    () => {
      const home = freshHome()
      run(home, CHAINS)
      const file = cacheFile(home, 'chains')
      const mode = (path: string) => statSync(path).mode & 0o777
      // The cache's folder writable by anyone: not read; then made private and written again.
      chmodSync(cacheFolder(home), 0o777)
      expect(run(home, CHAINS).compiled.length).toBeGreaterThan(5)
      expect(mode(cacheFolder(home))).toBe(0o700)
      expect(run(home, CHAINS).compiled).toEqual([])
      // The tool's folder above it group-writable (a umask of 002): the same.
      const tool = join(home, '.cache', 'support-doctor')
      chmodSync(tool, 0o775)
      expect(run(home, CHAINS).compiled.length).toBeGreaterThan(5)
      expect(mode(tool)).toBe(0o700)
      expect(run(home, CHAINS).compiled).toEqual([])
      // The file itself writable by others: not read, written again as 0600.
      chmodSync(file, 0o666)
      expect(run(home, CHAINS).compiled.length).toBeGreaterThan(5)
      expect(mode(file)).toBe(0o600)
      expect(run(home, CHAINS).compiled).toEqual([])
    },
  )

  it.skipIf(process.platform === 'win32' || process.getuid?.() !== 0)(
    "neither reads nor writes a folder that is someone else's (run as root: it can give one away)",
    () => {
      const home = freshHome()
      run(home, CHAINS)
      const file = cacheFile(home, 'chains')
      chownSync(cacheFolder(home), 12345, 12345)
      const before = statSync(file).mtimeMs
      expect(run(home, CHAINS).compiled.length).toBeGreaterThan(5)
      expect(run(home, CHAINS).compiled.length).toBeGreaterThan(5)
      expect(statSync(file).mtimeMs).toBe(before)
    },
  )

  it.skipIf(process.platform === 'win32')('reads no cache file that is a link', () => {
    const home = freshHome()
    run(home, CHAINS)
    const file = cacheFile(home, 'chains')
    // The same good file, reached through a link: not followed.
    const elsewhere = join(home, 'elsewhere.bin')
    renameSync(file, elsewhere)
    symlinkSync(elsewhere, file)
    expect(run(home, CHAINS).compiled.length).toBeGreaterThan(5)
  })

  it('ignores a relative XDG_CACHE_HOME (a folder inside wherever it was started), as the XDG spec says', () => {
    const home = freshHome()
    // A good cache planted in the working folder's cache/ (a cloned repository, an unzipped ticket).
    run(home, CHAINS)
    const work = join(home, 'work')
    const planted = join(work, 'cache', 'support-doctor', 'code-cache')
    mkdirSync(planted, { recursive: true, mode: 0o700 })
    chmodSync(join(work, 'cache', 'support-doctor'), 0o700)
    writeFileSync(
      join(planted, cacheFile(home, 'chains').split('/').at(-1) as string),
      readFileSync(cacheFile(home, 'chains')),
      {
        mode: 0o600,
      },
    )
    rmSync(join(home, '.cache'), { recursive: true })
    const relative = run(home, CHAINS, { XDG_CACHE_HOME: 'cache' }, work)
    expect(relative.compiled.length).toBeGreaterThan(5)
    // What it wrote went to ~/.cache, not into the working folder.
    expect(existsSync(cacheFile(home, 'chains'))).toBe(true)
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
