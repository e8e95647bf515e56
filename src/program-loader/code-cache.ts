import {
  chmodSync,
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  futimesSync,
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
import { dirname, join } from 'node:path'
import { crc32 } from 'node:zlib'
import { cacheFolder } from '../cache-home.js'

/**
 * V8's compiled code for the program's scripts, kept between runs (Node 22+ does this for ES
 * modules itself; Node 20 cannot, see src/program-loader/load-program.ts). One file per build,
 * Node version and command, so that each command's cache holds the code that command runs:
 *
 *   "SDCC" · header length (uint32 LE) · header (JSON: build, node, arch, entries) · the caches
 *
 * Code from disk is code that runs, and V8 checks only a cache's V8 version, flags and the length of
 * its script — not the script's text, nor the cache's own bytes (a damaged cache can crash the
 * process). So: the build id (a hash of every script) is in the file's name and header; each entry
 * carries a CRC-32 of its bytes, checked before V8 sees them; and the folders and the file must be
 * the user's own and writable by no one else (checked on the opened file, which is not followed if
 * it is a link), or the cache is not used — and on Windows, where that cannot be checked this way,
 * it is not used at all. Nothing about what the user looked at is in it: only compiled code of the
 * program's own files.
 */
export type CodeCache = {
  /** The cache of one script, or undefined when there is none (or it is damaged). */
  read(name: string): Buffer | undefined
  /** Writes the scripts' caches, with the ones this run did not load kept from the file before. */
  save(caches: ReadonlyMap<string, Buffer>): void
}

type Entry = [name: string, offset: number, length: number, crc: number]
type Header = { build: string; node: string; arch: string; entries: Entry[] }
type Stored = { fd: number; entries: Map<string, { offset: number; length: number; crc: number }> }

const MAGIC = 'SDCC'
const DAY_MS = 24 * 3600 * 1000
/** Another build's files are removed when they have not been used for a week. */
const STALE_MS = 7 * DAY_MS

/** No cache at all: `NODE_DISABLE_COMPILE_CACHE` set (Node's own switch for its cache), or no safe folder. */
const NO_CACHE: CodeCache = { read: () => undefined, save: () => {} }

export function openCodeCache(env: NodeJS.ProcessEnv, build: string, command: string): CodeCache {
  if (env.NODE_DISABLE_COMPILE_CACHE || process.getuid === undefined) return NO_CACHE
  let home: string
  try {
    home = cacheFolder(env)
  } catch {
    return NO_CACHE // no home folder to keep it in (HOME unset, no passwd entry): the program says so if it must
  }
  const folder = join(home, 'code-cache')
  const prefix = `${build}-${process.version}-${process.arch}-`
  const file = join(folder, `${prefix}${command}.bin`)
  const wanted = { build, node: process.version, arch: process.arch }
  const stored = readHeader(folder, file, wanted)
  const bytesOf = (name: string): Buffer | undefined => {
    const entry = stored?.entries.get(name)
    if (stored === undefined || entry === undefined) return undefined
    const buffer = Buffer.allocUnsafe(entry.length)
    try {
      if (readSync(stored.fd, buffer, 0, entry.length, entry.offset) !== entry.length) return undefined
    } catch {
      return undefined
    }
    return crc32(buffer) === entry.crc ? buffer : undefined
  }
  return {
    read: bytesOf,
    save(caches) {
      try {
        const all = new Map(caches)
        for (const name of stored?.entries.keys() ?? []) {
          const kept = all.has(name) ? undefined : bytesOf(name)
          if (kept) all.set(name, kept)
        }
        if (stored !== undefined) closeSync(stored.fd)
        mkdirSync(folder, { recursive: true, mode: 0o700 })
        // The tool's own folders made private again (a umask of 002 leaves them group-writable): a
        // file owned by this user in them could not have been changed by anyone else, one that is
        // not is never read, and the checks below still refuse a folder that is not this user's.
        for (const own of [dirname(folder), folder]) makePrivate(own)
        if (!privateFolders(folder)) return
        write(file, wanted, all)
        removeStale(folder, prefix)
      } catch {
        // a full disk or a folder taken away: the next run compiles again, nothing else is lost
      }
    },
  }
}

/** The file's index (its entries' places) with the file left open for reading them, or undefined. */
function readHeader(folder: string, file: string, wanted: Omit<Header, 'entries'>): Stored | undefined {
  let fd: number | undefined
  try {
    if (!privateFolders(folder)) return undefined
    // Not followed if it is a link; the checks are made on what was opened, not on the path again.
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW)
    const stats = fstatSync(fd)
    if (!ownAndPrivate(stats, 'file')) throw new Error('not ours')
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
    const entries: Stored['entries'] = new Map()
    for (const [name, offset, length, crc] of header.entries) {
      if (![offset, length, crc].every((n) => Number.isSafeInteger(n) && n >= 0)) throw new Error('bad entry')
      if (base + offset + length > stats.size) throw new Error('cut short')
      entries.set(name, { offset: base + offset, length, crc })
    }
    // Kept in use, kept: another build's cleaning goes by the file's time (refreshed once a day at most).
    if (Date.now() - stats.mtimeMs > DAY_MS) futimesSync(fd, new Date(), new Date())
    return { fd, entries }
  } catch {
    if (fd !== undefined) closeSync(fd)
    return undefined // missing, damaged or not ours: compile as if there were none
  }
}

function write(file: string, wanted: Omit<Header, 'entries'>, caches: ReadonlyMap<string, Buffer>) {
  const entries: Entry[] = []
  let offset = 0
  for (const [name, data] of caches) {
    entries.push([name, offset, data.length, crc32(data)])
    offset += data.length
  }
  const header = Buffer.from(JSON.stringify({ ...wanted, entries } satisfies Header), 'utf8')
  const start = Buffer.alloc(8)
  start.write(MAGIC, 0, 'latin1')
  start.writeUInt32LE(header.length, 4)
  // Written beside under a name no other writer has (containers sharing a cache may share a pid),
  // flushed to disk, then renamed over: a run reading at the same time sees the old file or the new.
  const unique = `${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`
  const temporary = `${file}.${unique}.tmp`
  const fd = openSync(temporary, 'wx', 0o600)
  try {
    for (const part of [start, header, ...caches.values()]) writeSync(fd, part)
    fsyncSync(fd)
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

/** The cache folder and the tool's folder above it: each the user's own and writable by no one else. */
const privateFolders = (folder: string) =>
  ownAndPrivate(lstatSync(folder), 'directory') && ownAndPrivate(lstatSync(dirname(folder)), 'directory')

/** A folder of this user's that others may read or write: made 0700. */
function makePrivate(folder: string) {
  const stats = lstatSync(folder)
  if (stats.isDirectory() && stats.uid === process.getuid?.() && (stats.mode & 0o077) !== 0) chmodSync(folder, 0o700)
}

/** Owned by this user and writable by no one else. */
function ownAndPrivate(stats: Stats, kind: 'file' | 'directory'): boolean {
  if (kind === 'file' ? !stats.isFile() : !stats.isDirectory()) return false
  return stats.uid === process.getuid?.() && (stats.mode & 0o022) === 0
}
