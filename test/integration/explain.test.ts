import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { runCli } from '../support/run-cli.js'

const validateReport = new Ajv2020({ allErrors: true, strict: false }).compile(
  JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')),
)

const PHRASE = 'legal winner thank year wave sausage worth useful legal winner thank yellow'
const ME = '0x70997970c51812dc3a010c7d01b50e0d17dc79c8'
const HASH = '0x3f2a9c7d1e5b8a6f4c2d0e9b7a5f3c1d8e6b4a2f0c9d7e5b3a1f8c6d4e2b0a9f'
const METAMASK_FUNDS = JSON.stringify({
  code: -32603,
  message: 'Internal JSON-RPC error.',
  data: {
    code: -32000,
    message: `insufficient funds for gas * price + value: address ${ME} have 1000 want 21000000000000`,
  },
})

describe('support-doctor explain', () => {
  it('a pasted MetaMask error from stdin: --json report of kind error, its numbers, exit 1, valid against the schema', async () => {
    const result = await runCli(['explain', '--json'], { input: METAMASK_FUNDS })
    expect(result.code).toBe(1)
    const report = result.json()
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true)
    expect(report.subject).toEqual({ kind: 'error', hashes: [], addresses: [ME] })
    expect(report.status).toBe('explained')
    expect(report.findings[0]).toMatchObject({
      code: 'error.insufficient-funds',
      guide: 'error-messages',
      data: { balance: '1000', cost: '21000000000000', address: ME },
    })
    expect(report.nextSteps[0]).toContain(`support-doctor address ${ME}`)
  })

  it('as an argument, in Japanese: the same finding, explained in Japanese', async () => {
    const result = await runCli(['explain', '--lang', 'ja', METAMASK_FUNDS])
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('ガス代と送金額に足りる残高がありません')
    expect(result.stdout).toContain('error.insufficient-funds')
  })

  it('a rejected request exits 0: nothing happened on chain', async () => {
    const result = await runCli(['explain', 'MetaMask Tx Signature: User denied transaction signature.'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Rejected in the wallet')
  })

  it('an unknown message is reported as unrecognised, exit 1', async () => {
    const result = await runCli(['explain', '--json', 'something odd happened'])
    expect(result.code).toBe(1)
    expect(result.json()).toMatchObject({ status: 'unrecognised', findings: [{ code: 'error.unrecognised' }] })
  })

  it.each([[''], ['   \n\t ']])('empty or whitespace-only input %j is exit 2', async (input) => {
    const result = await runCli(['explain', '--json'], { input })
    expect(result.code).toBe(2)
    expect(result.json().error.code).toBe('input.text')
  })

  it('a recovery phrase pasted inside an error text is gone from every format, and the user is warned', async () => {
    const text = `{"code":-32000,"message":"nonce too low: address ${ME}, tx: 5 state: 7"} my seed is ${PHRASE} help`
    for (const format of ['text', 'markdown', 'json']) {
      const result = await runCli(['explain', '--format', format], { input: text })
      expect(result.code).toBe(1)
      expect(result.stdout).not.toMatch(/legal winner|sausage/)
      expect(result.stdout).toContain('error.nonce-too-low')
      expect(result.stderr).toMatch(/recovery phrase or private key/)
    }
  })

  it('a labelled transaction hash is kept and offered as the literal tx command; an unlabelled 64-hex value is removed', async () => {
    const key = 'ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80'
    const text = `transaction execution reverted (action="sendTransaction", receipt={ "hash": "${HASH}", "status": 0 }, code=CALL_EXCEPTION, version=6.13.4) ${key}`
    const result = await runCli(['explain', '--json'], { input: text })
    const report = result.json()
    expect(report.subject.hashes).toEqual([HASH])
    expect(report.nextSteps[0]).toContain(`support-doctor tx ${HASH}`)
    expect(result.stdout).not.toContain(key)
    expect(report.evidence.redacted).toEqual({ 'private-key': 1 })
  })
})
