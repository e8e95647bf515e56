import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { mayHoldConfig } from '../../src/config/find-config-file.js'

/** A plain `redact` loads the program's config code only when a place found may give a config. */
describe('mayHoldConfig', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sd-may-hold-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const place = (name: string, content: string) => {
    const folder = mkdtempSync(join(dir, 'p-'))
    writeFileSync(join(folder, name), content)
    return join(folder, name)
  }

  it('a package.json without the key gives none; with it, or one that does not parse, may', () => {
    expect(mayHoldConfig(place('package.json', '{"name":"x","version":"1.0.0"}'))).toBe(false)
    expect(mayHoldConfig(place('package.json', '{"name":"x","support-doctor":{"lang":"ja"}}'))).toBe(true)
    expect(mayHoldConfig(place('package.json', '{"name": '))).toBe(true)
    expect(mayHoldConfig(place('package.json', '[]'))).toBe(false)
    expect(mayHoldConfig(place('package.json', 'null'))).toBe(true)
  })

  it('any other place found may, whatever it holds', () => {
    expect(mayHoldConfig(place('.support-doctorrc.json', '{}'))).toBe(true)
    expect(mayHoldConfig(place('.support-doctorrc', ''))).toBe(true)
  })

  it('a package.json over 1 MB may (the loader refuses it with its own words)', () => {
    expect(mayHoldConfig(place('package.json', `{"name":"${'x'.repeat(1024 * 1024)}"}`))).toBe(true)
  })

  it.skipIf(process.platform === 'win32')(
    'a FIFO named package.json is not opened (it would wait for a writer)',
    () => {
      const folder = mkdtempSync(join(dir, 'fifo-'))
      const fifo = join(folder, 'package.json')
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
      expect(mayHoldConfig(fifo)).toBe(true)
    },
  )
})
