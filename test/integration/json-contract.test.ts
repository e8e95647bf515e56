import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseGwei, type Hash } from 'viem'
import { jsonSchemas, toJsonSchema } from '../../src/report/schema.js'
import { devWallet } from '../support/devnode.js'
import { localOnly, runCli } from '../support/run-cli.js'
import { useAnvil } from '../support/anvil-fixture.js'

const shipped = (file: string) => JSON.parse(readFileSync(new URL(`../../schema/${file}`, import.meta.url), 'utf8'))
const ajv = new Ajv2020({ allErrors: true, strict: false })
const validateReport = ajv.compile(shipped('report.schema.json'))
const validateError = ajv.compile(shipped('error.schema.json'))

const node = useAnvil({ mining: false })
let mined: Hash
let pending: Hash
beforeAll(async () => {
  const wallet = devWallet(node.url)
  mined = await wallet.sendTransaction({ to: wallet.account.address, value: 1n, gas: 21_000n, chain: null })
  await node.request('evm_mine', [])
  pending = await wallet.sendTransaction({
    to: wallet.account.address,
    value: 1n,
    gas: 21_000n,
    maxFeePerGas: parseGwei('3'),
    maxPriorityFeePerGas: parseGwei('1'),
    chain: null,
  })
})

describe('the JSON contract', () => {
  it('the shipped JSON Schemas are the ones generated from the zod schemas (run `npm run schema`)', () => {
    for (const [file, schema] of Object.entries(jsonSchemas)) expect(shipped(file)).toEqual(toJsonSchema(schema, file))
  })

  it.each([
    ['confirmed', () => mined],
    ['pending', () => pending],
    ['not found', () => `0x${'cd'.repeat(32)}`],
  ])('a %s report validates against schema/report.schema.json', async (_, hash) => {
    const report = (await runCli(['tx', hash(), ...localOnly(node.url), '--json'])).json()
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true)
  })

  it.each([
    ['gas', () => ['gas', ...localOnly(node.url)]],
    ['rpc', () => ['rpc', ...localOnly(node.url)]],
    ['chains', () => ['chains', '--no-public-rpc']],
    ['guide', () => ['guide']],
    ['guide', () => ['guide', 'swap.slippage', '--lang', 'ja']],
    ['redact', () => ['redact', '-']],
  ])('%s --json validates against its shipped schema', async (command, args) => {
    const validate =
      ajv.getSchema(`urn:support-doctor:schema:${command}.schema.json`) ??
      ajv.compile(shipped(`${command}.schema.json`))
    const result = await runCli([...args(), '--json'], { input: 'mail me at someone@example.com\n' })
    expect(result.code, result.stderr).toBe(0)
    expect(validate(result.json()), JSON.stringify(validate.errors)).toBe(true)
  })

  it('an address report validates against schema/report.schema.json', async () => {
    const wallet = devWallet(node.url)
    const report = (await runCli(['address', wallet.account.address, ...localOnly(node.url), '--json'])).json()
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true)
  })

  it('an error validates against schema/error.schema.json', async () => {
    const body = (await runCli(['tx', 'nope', '--json'])).json()
    expect(validateError(body), JSON.stringify(validateError.errors)).toBe(true)
  })

  it('evidence saved with --evidence-out replays offline with --from-evidence to the same diagnosis', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-evidence-'))
    const file = join(dir, 'evidence.json')
    const live = await runCli(['tx', pending, ...localOnly(node.url), '--json', '--evidence-out', file])
    const replay = await runCli(['tx', '--from-evidence', file, '--json', '--no-public-rpc'])
    expect(replay.code).toBe(live.code)
    const strip = (r: Record<string, unknown>) => ({ ...r, checkedAt: undefined })
    expect(strip(replay.json())).toEqual(strip(live.json()))
    expect(JSON.parse(readFileSync(file, 'utf8')).context.tx.maxFeePerGas).toBe(parseGwei('3').toString())
  })

  it('a damaged evidence file is an input error that names the bad field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-evidence-'))
    const file = join(dir, 'evidence.json')
    await runCli(['tx', mined, ...localOnly(node.url), '--json', '--evidence-out', file])
    const damaged = JSON.parse(readFileSync(file, 'utf8'))
    damaged.context.head.number = 'twelve'
    writeFileSync(file, JSON.stringify(damaged))
    const result = await runCli(['tx', '--from-evidence', file])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/context\.head\.number/)
  })

  it('evidence of another transaction than the hash given names both hashes (public data, not redacted)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-evidence-'))
    const file = join(dir, 'evidence.json')
    await runCli(['tx', mined, ...localOnly(node.url), '--json', '--evidence-out', file])
    const other = `0x${'2'.repeat(64)}`
    for (const lang of ['en', 'ja']) {
      const result = await runCli(['tx', other, '--from-evidence', file, '--lang', lang])
      expect(result.code).toBe(2)
      expect(result.stderr).toContain(mined.toLowerCase())
      expect(result.stderr).toContain(other)
      expect(result.stderr).not.toContain('[redacted')
    }
  })
})
