import { beforeAll, describe, expect, it } from 'vitest'
import { withDeadline } from '../../src/commands/session.js'
import { settingsFor } from '../../src/commands/settings.js'
import { DoctorError } from '../../src/errors/doctor-error.js'
import { translator } from '../../src/i18n/translate.js'
import { loadBothLanguages } from '../support/languages.js'

const deps = { lang: 'en' as const, json: false, config: {} }
const never = new Promise<never>(() => {})

/** The suggestion of the error `withDeadline` gives, in English. */
async function deadlineSuggestion(options: Parameters<typeof settingsFor>[0]): Promise<string | undefined> {
  const settings = { ...settingsFor(options, deps), timeoutMs: 20 }
  const error: unknown = await withDeadline(never, settings).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(DoctorError)
  expect((error as DoctorError).code).toBe('rpc.deadline')
  const suggestion = (error as DoctorError).suggestion
  return suggestion && translator('en')(suggestion.key as 'hint.timeout')
}

beforeAll(loadBothLanguages)

describe('the hint when time runs out', () => {
  it('with --rpc beside the public endpoints, points to --no-public-rpc', async () => {
    expect(await deadlineSuggestion({ rpc: ['http://127.0.0.1:8545'], publicRpc: true })).toMatch(
      /add --no-public-rpc to ask only your own endpoints/,
    )
  })

  it('with endpoints from the config beside the public ones, the same', async () => {
    const settings = {
      ...settingsFor({ rpc: [], publicRpc: true }, { ...deps, config: { rpc: { '1': ['http://127.0.0.1:8545'] } } }),
      timeoutMs: 20,
    }
    const error = (await withDeadline(never, settings).catch((e: unknown) => e)) as DoctorError
    expect(error.suggestion?.key).toBe('hint.timeoutOwnEndpoints')
  })

  it('otherwise, the usual one: without --rpc, with --no-public-rpc, or with publicRpc off in the config', async () => {
    const usual = /^Try again, raise --timeout, or pass a faster endpoint with --rpc <url>\.$/
    expect(await deadlineSuggestion({ rpc: [], publicRpc: true })).toMatch(usual)
    expect(await deadlineSuggestion({ rpc: ['http://127.0.0.1:8545'], publicRpc: false })).toMatch(usual)
    const settings = {
      ...settingsFor({ rpc: ['http://127.0.0.1:8545'], publicRpc: true }, { ...deps, config: { publicRpc: false } }),
      timeoutMs: 20,
    }
    const error = (await withDeadline(never, settings).catch((e: unknown) => e)) as DoctorError
    expect(error.suggestion?.key).toBe('hint.timeout')
  })
})
