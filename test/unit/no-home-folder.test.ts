import { PassThrough } from 'node:stream'
import { describe, expect, it, vi } from 'vitest'

// A user with no home folder: HOME unset and no passwd entry, where Node's homedir() throws.
vi.mock('node:os', async (original) => ({
  ...(await original<typeof import('node:os')>()),
  homedir: () => {
    throw new Error('A system error occurred: uv_os_homedir returned ENOENT (no such file or directory)')
  },
}))

const { redactCli } = await import('../../src/redact-cli.js')
const { loadConfig } = await import('../../src/config/load-config.js')

describe('the light redact entry, where no home folder can be found', () => {
  it('leaves the call to the program before reading anything (no stack trace, the same words)', async () => {
    const stdin = new PassThrough()
    stdin.end('hello')
    const written: string[] = []
    const out = { write: (s: string) => written.push(s) > 0, isTTY: false, columns: 80 }
    const code = await redactCli([], {
      env: {},
      cwd: '/',
      stdout: out as never,
      stderr: out as never,
      stdin,
      stdinIsTTY: false,
    })
    expect(code).toBeUndefined()
    expect(written).toEqual([])
    expect(stdin.readableLength).toBe(5)
  })
})

describe('the config search, where no home folder can be found', () => {
  it('says the search failed from the working folder, not that the folder is an unreadable file', async () => {
    await expect(loadConfig({ cwd: '/work/somewhere', env: {} })).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining('Cannot look for a config file from /work/somewhere: A system error occurred'),
    })
  })
})
