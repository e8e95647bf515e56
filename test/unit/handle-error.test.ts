import { HttpRequestError, UnknownRpcError } from 'viem'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Lang } from '../../src/i18n/catalog.js'
import { testIOStreams } from '../../src/io/test-iostreams.js'
import { DoctorError, ExitCode } from '../../src/errors/doctor-error.js'
import { text } from '../../src/i18n/text.js'
import { handleError } from '../../src/errors/handle-error.js'
import { loadBothLanguages } from '../support/languages.js'

function deps(ui: { lang: Lang; json: boolean }) {
  const io = testIOStreams({ env: { NO_COLOR: '1' }, machineOutput: ui.json })
  return { deps: { io, ...ui }, stdout: io.stdout, stderr: io.stderr }
}

const INFURA = 'https://mainnet.infura.io/v3/0123456789abcdef0123456789abcdef'

// These tests call the code that speaks directly, past the places that load a language.
beforeAll(loadBothLanguages)

describe('handleError', () => {
  it('finds our error inside viem’s wrapper and keeps its exit code', () => {
    const ours = new DoctorError({
      code: 'rpc.unreachable',
      message: text('error.chainUnreachable', { chainId: 1 }),
      exitCode: ExitCode.couldNotLook,
    })
    const wrapped = new UnknownRpcError(ours)
    const { deps: d, stderr } = deps({ lang: 'en', json: false })
    expect(handleError(wrapped, d)).toBe(3)
    expect(stderr()).toBe('error: No endpoint of chain 1 answered correctly.\n')
  })

  it('an unexpected error: exit 3, one line, the RPC key redacted, no stack', () => {
    const viemError = new HttpRequestError({ url: INFURA, body: { method: 'eth_chainId' }, status: 401 })
    const { deps: d, stderr } = deps({ lang: 'en', json: false })
    expect(handleError(viemError, d)).toBe(3)
    expect(stderr()).toMatch(/^error: Something went wrong inside support-doctor\./)
    expect(stderr()).not.toContain('0123456789abcdef')
    expect(stderr()).toContain('https://mainnet.infura.io/v3/[redacted: key]')
    expect(stderr()).not.toMatch(/\n\s+at /)
  })

  it('with --json: a JSON error object on stdout, nothing on stderr', () => {
    const { deps: d, stdout, stderr } = deps({ lang: 'ja', json: true })
    const code = handleError(
      new DoctorError({
        code: 'input.hash',
        message: text('error.invalidHash', { value: '0x1' }),
        exitCode: ExitCode.invalidInput,
      }),
      d,
    )
    expect(code).toBe(2)
    expect(JSON.parse(stdout())).toEqual({
      schemaVersion: 1,
      error: { code: 'input.hash', message: expect.stringContaining('トランザクションハッシュではありません') },
    })
    expect(stderr()).toBe('')
  })

  it('Ctrl-C at a prompt exits 130', () => {
    const interrupted = Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' })
    const { deps: d } = deps({ lang: 'en', json: false })
    expect(handleError(interrupted, d)).toBe(130)
  })
})
