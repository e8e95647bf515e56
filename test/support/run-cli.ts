import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const BIN = fileURLToPath(new URL('../../bin/support-doctor.js', import.meta.url))

export type CliResult = { code: number | null; stdout: string; stderr: string; json: () => any }

/**
 * Spawns the real binary, as a user or a CI job would, in an empty directory with its own HOME
 * and cache (so no stray config file or memory leaks in), English unless asked otherwise. `bin`:
 * another entry script to run instead (test/support/full-program.js, light-redact.js).
 */
export function runCli(
  args: string[],
  options: { env?: Record<string, string | undefined>; cwd?: string; input?: string; bin?: string } = {},
): Promise<CliResult> {
  const home = mkdtempSync(join(tmpdir(), 'sd-home-'))
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: home,
    XDG_CACHE_HOME: join(home, '.cache'),
    XDG_CONFIG_HOME: join(home, '.config'),
    LANG: 'C',
    CI: 'true',
    ...options.env,
  }
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key]
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [options.bin ?? BIN, ...args], { cwd: options.cwd ?? home, env: env })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.stdin.end(options.input ?? '')
    child.on('close', (code) =>
      resolve({
        code,
        stdout,
        stderr,
        json: () => {
          try {
            return JSON.parse(stdout)
          } catch {
            throw new Error(`stdout is not JSON:\n${stdout}\nstderr:\n${stderr}`)
          }
        },
      }),
    )
  })
}

/** A fresh cache directory, for tests that rely on the tool's memory across runs. */
export const freshCache = () => mkdtempSync(join(tmpdir(), 'sd-cache-'))

/** The flags that point the tool at local nodes only. */
export const localOnly = (...urls: string[]) => [...urls.flatMap((u) => ['--rpc', u]), '--no-public-rpc']
