import { spawnSync } from 'node:child_process'
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../support/run-cli.js'

const scratch = () => mkdtempSync(join(tmpdir(), 'sd-hostile-'))

/** A device node made in a temp dir (never the real /dev); where mknod is not permitted, a FIFO: both are non-regular. */
function nonRegularFile(dir: string): { path: string; kind: 'device' | 'fifo' } {
  const device = join(dir, 'null-device')
  if (spawnSync('mknod', [device, 'c', '1', '3']).status === 0) return { path: device, kind: 'device' }
  const fifo = join(dir, 'a-fifo')
  expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
  return { path: fifo, kind: 'fifo' }
}

describe('--out writes only a regular file, never through a link, and leaves nothing behind', () => {
  const redactTo = (out: string) => runCli(['redact', '--out', out], { input: 'hello from a log\n' })

  it('refuses a directory (exit 2, one line) and leaves no temporary file beside it', async () => {
    const dir = scratch()
    const target = join(dir, 'reports')
    mkdirSync(target)
    const result = await redactTo(target)
    expect(result.code).toBe(2)
    expect(result.stderr.trim().split('\n')[0]).toMatch(/Will not write .*reports: it exists and is not a regular file/)
    expect(result.stdout).toBe('')
    expect(readdirSync(dir)).toEqual(['reports'])
    expect(readdirSync(target)).toEqual([])
  })

  it('refuses a symbolic link and does not write where it points', async () => {
    const dir = scratch()
    const victim = join(dir, 'victim.txt')
    writeFileSync(victim, 'precious')
    const link = join(dir, 'report.md')
    symlinkSync(victim, link)
    const result = await redactTo(link)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/symbolic link/)
    expect(readFileSync(victim, 'utf8')).toBe('precious')
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
    expect(readdirSync(dir).sort()).toEqual(['report.md', 'victim.txt'])
  })

  it('refuses a device node (or a FIFO) and leaves it as it was', async () => {
    const dir = scratch()
    const node = nonRegularFile(dir)
    const result = await redactTo(node.path)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/not a regular file/)
    const stat = lstatSync(node.path)
    expect(node.kind === 'device' ? stat.isCharacterDevice() : stat.isFIFO()).toBe(true)
    expect(readdirSync(dir)).toHaveLength(1)
  })

  it('replaces a regular file and leaves no temporary file', async () => {
    const dir = scratch()
    const target = join(dir, 'safe.log')
    writeFileSync(target, 'old')
    const result = await redactTo(target)
    expect(result.code).toBe(0)
    expect(readFileSync(target, 'utf8')).toBe('hello from a log\n')
    expect(readdirSync(dir)).toEqual(['safe.log'])
  })
})

describe('configuration is data', () => {
  const writingConfig = (marker: string) =>
    `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); module.exports = { lang: 'ja' }\n`

  it('a .support-doctorrc.js (or support-doctor.config.js) in the working directory is never executed', async () => {
    const dir = scratch()
    const marker = join(dir, 'code-ran')
    writeFileSync(join(dir, '.support-doctorrc.js'), writingConfig(marker))
    writeFileSync(join(dir, '.support-doctorrc.cjs'), writingConfig(marker))
    writeFileSync(join(dir, 'support-doctor.config.js'), writingConfig(marker))
    const result = await runCli(['guide'], { cwd: dir })
    expect(result.code).toBe(0)
    expect(existsSync(marker)).toBe(false)
    expect(result.stdout).toContain('Failed swaps and slippage') // English: the file's `lang: 'ja'` was not used
  })

  it('JSON, YAML and package.json#support-doctor are found from the working directory upward', async () => {
    const parent = scratch()
    const child = join(parent, 'ticket')
    mkdirSync(child)
    writeFileSync(join(parent, '.support-doctorrc.yaml'), 'lang: ja\n')
    expect((await runCli(['guide'], { cwd: child })).stdout).toContain('失敗したスワップとスリッページ')

    writeFileSync(join(child, 'package.json'), JSON.stringify({ name: 'x', 'support-doctor': { lang: 'en' } }))
    expect((await runCli(['guide'], { cwd: child })).stdout).toContain('Failed swaps and slippage')

    const other = scratch()
    writeFileSync(join(other, '.support-doctorrc.json'), '{"lang": "ja"}')
    expect((await runCli(['guide'], { cwd: other })).stdout).toContain('失敗したスワップとスリッページ')
  })

  it('a JS config runs only when named explicitly with --config', async () => {
    const dir = scratch()
    const marker = join(dir, 'code-ran')
    const file = join(dir, 'my-config.cjs')
    writeFileSync(file, writingConfig(marker))
    const result = await runCli(['guide', '--config', file])
    expect(result.code).toBe(0)
    expect(existsSync(marker)).toBe(true)
    expect(result.stdout).toContain('失敗したスワップとスリッページ')
  })

  it('--config /dev/zero and an oversized file are refused (exit 2) before parsing, without reading them whole', async () => {
    const zero = await runCli(['guide', '--config', '/dev/zero'])
    expect(zero.code).toBe(2)
    expect(zero.stderr).toMatch(/larger than 1 MB/)
    const dir = scratch()
    const big = join(dir, 'big.json')
    writeFileSync(big, `{"wallet": "${'x'.repeat(2 * 1024 * 1024)}"}`)
    const result = await runCli(['guide', '--config', big])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/larger than 1 MB/)
  })

  it('an --from-evidence file is size-capped too', async () => {
    const result = await runCli(['tx', '0x' + 'ab'.repeat(32), '--from-evidence', '/dev/zero'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/larger than 32 MB/)
  })
})

describe('credentials never leave in an error', () => {
  for (const password of [`pa'ss`, `pa"ss`, `pa<ss`, 'pa`ss']) {
    it(`a mistyped --rpc whose password holds ${password} and an apikey query: exit 2, neither is echoed`, async () => {
      const url = `htps://alice:${password}word@node.example/v3/KEYKEYKEYKEYKEYKEY?apikey=TOPSECRETKEY`
      for (const extra of [[], ['--json']]) {
        const result = await runCli(['tx', `0x${'ab'.repeat(32)}`, '--rpc', url, ...extra])
        expect(result.code).toBe(2)
        const output = result.stdout + result.stderr
        expect(output).toMatch(/--rpc/)
        for (const secret of [`${password}word`, 'alice', 'KEYKEYKEYKEYKEYKEY', 'TOPSECRETKEY']) {
          expect(output).not.toContain(secret)
        }
      }
    })
  }
})
