import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { redactText } from '../../src/redact/redact.js'

const dist = new URL('../../dist/', import.meta.url)

describe('the build', () => {
  it('writes every module in ASCII, so V8 holds its source one byte per character', () => {
    const modules = readdirSync(dist, { recursive: true }).filter((name) => /\.c?js$/.test(String(name)))
    expect(modules.length).toBeGreaterThan(10)
    const wide = modules.filter((name) => /[\u0080-\uffff]/.test(readFileSync(new URL(String(name), dist), 'utf8')))
    expect(wide).toEqual([])
  })

  it('escapes without changing meaning: the Japanese words in the bundled patterns match as in the source', async () => {
    const built = (await import(new URL('redact.js', dist).href)) as { redactText: typeof redactText }
    // "ハッシュ" (hash) on the line keeps a 64-hex value: only the bundled pattern's Japanese says so.
    const hash = `トランザクションハッシュ: 0x${'ab'.repeat(32)}`
    expect(built.redactText(hash)).toEqual({ text: hash, removed: {} })
    const key = `秘密鍵は ${'cd'.repeat(32)} です。パスワード：hunter2-long`
    expect(built.redactText(key)).toEqual(redactText(key))
    expect(built.redactText(key).removed).toEqual({ 'private-key': 1, password: 1 })
  })

  it('runs as the bin does when dist/cli.js is started directly (it used to do nothing at all)', () => {
    const run = (script: string, args: string[], input = '') => {
      const result = spawnSync(process.execPath, [fileURLToPath(new URL(script, dist)), ...args], {
        input,
        env: { ...process.env, CI: 'true', NO_COLOR: '1' },
        timeout: 30_000,
      })
      return { code: result.status, stdout: result.stdout.toString(), stderr: result.stderr.toString() }
    }
    const bin = (args: string[], input = '') => run('../bin/support-doctor.js', args, input)
    for (const [args, input] of [
      [['--version'], ''],
      [['chains', '--json'], ''],
      [['tx', '0x12', '--json'], ''],
      [['redact'], `key ${'ab'.repeat(32)}\n`],
    ] as const) {
      const direct = run('cli.js', [...args], input)
      expect(direct).toEqual(bin([...args], input))
      expect(direct.stdout.length).toBeGreaterThan(0)
    }
  })
})
