import {
  closeSync,
  lstatSync,
  mkdirSync,
  openSync,
  readSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs'
import type { Stats } from 'node:fs'
import { join } from 'node:path'
import { cacheFolder } from '../cache-home.js'

/**
 * V8's compiled code for the program's scripts, kept between runs (Node 22+ does this for ES
 * modules itself; Node 20 cannot, see src/program-loader/load-program.ts). One file per build,
 * Node version and command, so that each command's cache holds the code that command runs:
 *
 *   "SDCC" · header length (uint32 LE) · header (JSON: build, node, arch, entries) · the caches
 *
 * Code from disk is code that runs: the folder must be the user's own and writable by no one else,
 * or it is not used. A cache V8 finds wrong (another V8, other flags, another length of script) is
 * refused by V8 and written again; one for other code of the same length cannot be, so the build id
 * (a hash of every script) is in the file's name and its header. Nothing about what the user looked
 * at is in it: only compiled code of the program's own files.
 */
export type CodeCache = {
  /** The cache of one script, or undefined when there is none. */
  read(name: string): Buffer | undefined
  /** Writes every script's cache anew (called when a script ran without one). */
  save(caches: ReadonlyMap<string, Buffer>): void
}

type Header = { build: string; node: string; arch: string; entries: [name: string, offset: number, length: number][] }

const MAGIC = 'SDCC'
/** Another build's files are removed when they have not been written for a week. */
const STALE_MS = 7 * 24 * 3600 * 1000

/** No cache at all: `NODE_DISABLE_COMPILE_CACHE` set (Node's own switch for its cache), or no safe folder. */
const NO_CACHE: CodeCache = { read: () => undefined, save: () => {} }

export function openCodeCache(env: NodeJS.ProcessEnv, build: string, command: string): CodeCache {
  if (env.NODE_DISABLE_COMPILE_CACHE) return NO_CACHE
  const folder = join(cacheFolder(env), 'code-cache')
  const prefix = `${build}-${process.version}-${process.arch}-`
  const file = join(folder, `${prefix}${command}.bin`)
  const wanted = { build, node: process.version, arch: process.arch }
  const stored = readHeader(folder, file, wanted)
  return {
    read(name) {
      const entry = stored?.entries.get(name)
      if (stored === undefined || entry === undefined) return undefined
      const buffer = Buffer.allocUnsafe(entry.length)
      try {
        return readSync(stored.fd, buffer, 0, entry.length, entry.offset) === entry.length ? buffer : undefined
      } catch {
        return undefined
      }
    },
    save(caches) {
      try {
        if (stored !== undefined) closeSync(stored.fd)
        mkdirSync(folder, { recursive: true, mode: 0o700 })
        if (!ownAndPrivate(lstatSync(folder), 'directory')) return
        write(file, wanted, caches)
        removeStale(folder, prefix)
      } catch {
        // a full disk or a folder taken away: the next run compiles again, nothing else is lost
      }
    },
  }
}

/** The file's index (its entries' places) with the file left open for reading them, or undefined. */
function readHeader(folder: string, file: string, wanted: Omit<Header, 'entries'>) {
  let fd: number | undefined
  try {
    if (!ownAndPrivate(lstatSync(folder), 'directory')) return undefined
    const stats = lstatSync(file)
    if (!ownAndPrivate(stats, 'file')) return undefined
    fd = openSync(file, 'r')
    const start = Buffer.alloc(8)
    if (readSync(fd, start, 0, 8, 0) !== 8 || start.toString('latin1', 0, 4) !== MAGIC) throw new Error('not a cache')
    const headerLength = start.readUInt32LE(4)
    if (headerLength > stats.size - 8) throw new Error('cut short')
    const text = Buffer.allocUnsafe(headerLength)
    if (readSync(fd, text, 0, headerLength, 8) !== headerLength) throw new Error('cut short')
    const header = JSON.parse(text.toString('utf8')) as Header
    if (header.build !== wanted.build || header.node !== wanted.node || header.arch !== wanted.arch)
      throw new Error('stale')
    const base = 8 + headerLength
    const entries = new Map<string, { offset: number; length: number }>()
    for (const [name, offset, length] of header.entries) {
      if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0)
        throw new Error('bad entry')
      if (base + offset + length > stats.size) throw new Error('cut short')
      entries.set(name, { offset: base + offset, length })
    }
    return { fd, entries }
  } catch {
    if (fd !== undefined) closeSync(fd)
    return undefined // missing, damaged or not ours: compile as if there were none
  }
}

function write(file: string, wanted: Omit<Header, 'entries'>, caches: ReadonlyMap<string, Buffer>) {
  const entries: Header['entries'] = []
  let offset = 0
  for (const [name, data] of caches) {
    entries.push([name, offset, data.length])
    offset += data.length
  }
  const header = Buffer.from(JSON.stringify({ ...wanted, entries } satisfies Header), 'utf8')
  const start = Buffer.alloc(8)
  start.write(MAGIC, 0, 'latin1')
  start.writeUInt32LE(header.length, 4)
  // Written beside and renamed over: a run reading it at the same time sees the old file or the new.
  const temporary = `${file}.${process.pid}.tmp`
  const fd = openSync(temporary, 'w', 0o600)
  try {
    for (const part of [start, header, ...caches.values()]) writeSync(fd, part)
  } finally {
    closeSync(fd)
  }
  renameSync(temporary, file)
}

/** Other builds' caches (an upgrade, a rebuild) and leftovers of interrupted writes, once old. */
function removeStale(folder: string, prefix: string) {
  const now = Date.now()
  for (const name of readdirSync(folder)) {
    if (name.startsWith(prefix) && !name.endsWith('.tmp')) continue
    const path = join(folder, name)
    const stats = lstatSync(path)
    if (stats.isFile() && now - stats.mtimeMs > (name.endsWith('.tmp') ? 3600 * 1000 : STALE_MS)) rmSync(path)
  }
}

/** Owned by this user and writable by no one else (where the system has owners: not on Windows). */
function ownAndPrivate(stats: Stats, kind: 'file' | 'directory'): boolean {
  if (kind === 'file' ? !stats.isFile() : !stats.isDirectory()) return false
  if (process.getuid === undefined) return true
  return stats.uid === process.getuid() && (stats.mode & 0o022) === 0
}
