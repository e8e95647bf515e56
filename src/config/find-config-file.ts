import { closeSync, lstatSync, openSync, readSync } from 'node:fs'
import { homedir } from 'node:os'
import { basename, dirname, join, resolve, sep } from 'node:path'

/**
 * Where a config is looked for without `--config`: data formats only. A `.js`/`.ts` config in
 * these places would be *executed* just because the tool was run in that folder (an unzipped
 * ticket, a cloned repository), so code is loaded only from a file the user names with `--config`.
 */
const SEARCH_PLACES = [
  'package.json',
  '.support-doctorrc',
  '.support-doctorrc.json',
  '.support-doctorrc.yaml',
  '.support-doctorrc.yml',
  '.config/support-doctorrc',
  '.config/support-doctorrc.json',
  '.config/support-doctorrc.yaml',
  '.config/support-doctorrc.yml',
] as const

/** `~/.config/support-doctor/…`, searched after the directories. */
const GLOBAL_PLACES = ['config', 'config.json', 'config.yaml', 'config.yml'] as const

/**
 * The directories searched, nearest first: the working directory up to the home directory (or the
 * root when the working directory is outside home), then the global config directory.
 */
function searchDirectories(cwd: string): string[] {
  const home = homedir()
  const dirs: string[] = []
  let dir = resolve(cwd)
  const insideHome = dir === home || dir.startsWith(home.endsWith(sep) ? home : home + sep)
  for (;;) {
    dirs.push(dir)
    if (insideHome && dir === home) break
    const parent = dirname(dir)
    if (parent === dir) break
    dir = parent
  }
  return dirs
}

const globalDirectory = (env: NodeJS.ProcessEnv) =>
  join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'support-doctor')

/** Every place a config is looked for without `--config`, in the order they are searched. */
export const configCandidates = (cwd: string, env: NodeJS.ProcessEnv): string[] => [
  ...searchDirectories(cwd).flatMap((dir) => SEARCH_PLACES.map((place) => join(dir, place))),
  ...GLOBAL_PLACES.map((place) => join(globalDirectory(env), place)),
]

/**
 * A regular file, or a symlink to something: both are read (the reader is size-capped either way).
 * Synchronous, without an error for a missing file: most of the ~30 places are missing, and an
 * asynchronous lstat rejecting with an error (its stack captured) for each cost ~2.5 ms of every run.
 */
export function exists(file: string): boolean {
  try {
    const stat = lstatSync(file, { throwIfNoEntry: false })
    return stat !== undefined && !stat.isDirectory()
  } catch {
    return false // not a folder we may look into: no config there
  }
}

/** package.json is read up to this much for its key (the loader caps every config file at 1 MB too). */
const PACKAGE_JSON_BYTES = 1024 * 1024

/**
 * Whether a place that exists may give a config: any file but a regular package.json that parses
 * and has no "support-doctor" key — as in nearly every project folder, where a plain `redact` then
 * need not load the program's config code at all. One that does not parse may (the program says
 * why); anything but a regular file (a FIFO named package.json) is not opened here.
 */
export function mayHoldConfig(file: string): boolean {
  if (basename(file) !== 'package.json') return true
  try {
    if (!lstatSync(file).isFile()) return true
    const fd = openSync(file, 'r')
    try {
      const buffer = Buffer.allocUnsafe(PACKAGE_JSON_BYTES + 1)
      const length = readSync(fd, buffer, 0, buffer.length, 0)
      if (length > PACKAGE_JSON_BYTES) return true
      const manifest: unknown = JSON.parse(buffer.toString('utf8', 0, length))
      return typeof manifest !== 'object' || manifest === null || 'support-doctor' in manifest
    } finally {
      closeSync(fd)
    }
  } catch {
    return true
  }
}
