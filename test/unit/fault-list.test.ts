import { beforeAll, describe, expect, it } from 'vitest'
import { DoctorError } from '../../src/errors/doctor-error.js'
import { noEndpointAnsweredError } from '../../src/errors/rpc-errors.js'
import { readEveryChain } from '../../src/evidence/read-every-chain.js'
import type { ChainConnection } from '../../src/rpc/chain-connection.js'
import { t } from '../../src/i18n/translate.js'
import { loadBothLanguages } from '../support/languages.js'

beforeAll(loadBothLanguages)

const faults = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    endpoint: `https://rpc${i}.example`,
    reason: i % 2 ? 'HTTP 429' : 'connection failed',
  }))

describe('"no endpoint answered" names the endpoints and what each did', () => {
  it('in English and Japanese, up to four, the rest counted', () => {
    const en = t('en', noEndpointAnsweredError(faults(6)).text)
    expect(en).toBe(
      'No endpoint answered correctly: nothing could be looked up (https://rpc0.example: connection failed; https://rpc1.example: HTTP 429; https://rpc2.example: connection failed; https://rpc3.example: HTTP 429; and 2 more).',
    )
    const ja = t('ja', noEndpointAnsweredError(faults(2)).text)
    expect(ja).toBe(
      'どのエンドポイントからも正しい応答がなく、何も調べられませんでした(https://rpc0.example: 接続できません、https://rpc1.example: HTTP 429 エラー)。',
    )
    expect(t('ja', noEndpointAnsweredError(faults(5)).text)).toContain('ほか1件')
  })

  it('with none known, the sentence alone', () => {
    expect(t('en', noEndpointAnsweredError().text)).toBe('No endpoint answered correctly: nothing could be looked up.')
  })
})

describe('address and security, when no chain could be read', () => {
  it('name the endpoints and what each did', async () => {
    const connection = { chain: { id: 1 } } as unknown as ChainConnection
    const error = (await readEveryChain([connection], () => Promise.reject(new Error('no')), faults(1)).catch(
      (e: unknown) => e,
    )) as DoctorError
    expect(error).toBeInstanceOf(DoctorError)
    expect(t('en', error.text)).toContain('(https://rpc0.example: connection failed)')
  })
})
