import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { english, generateMnemonic, generatePrivateKey } from 'viem/accounts'
import { describe, expect, it } from 'vitest'
import { BIN, runCli, type CliResult } from '../support/run-cli.js'

/**
 * bin/support-doctor.js runs a plain `redact` through a light entry (src/redact-cli.ts) instead of
 * the program. Each call here runs three ways, each in a fresh copy of the same folder: the bin as
 * users run it, the full program alone (test/support/full-program.js) and the light entry alone
 * (test/support/light-redact.js, exit 99 when it leaves the call to the program). stdout, stderr,
 * the exit code and any file written must be byte for byte the same; a plain call must be taken
 * by the light entry, an unusual one left to the program.
 */
const FULL = fileURLToPath(new URL('../support/full-program.js', import.meta.url))
const LIGHT = fileURLToPath(new URL('../support/light-redact.js', import.meta.url))

const HASH = `0x${'ab12'.repeat(16)}`
const OTHER_HASH = `0x${'9f'.repeat(32)}`
const phrase = generateMnemonic(english)
const log = [
  `2026-11-22T03:14:16Z sent tx ${HASH.toUpperCase().replace('0X', '0x')} from 0x70997970C51812dc3A010C79C8b1f2Ec15Fc7DAb`,
  `block ${OTHER_HASH} and my key ${generatePrivateKey()}`,
  'mail me at someone@example.com, endpoint https://mainnet.infura.io/v3/0123456789abcdef0123456789abcdef',
  'password: hunter2-and-more',
  '日本語のメモ：アドレスは 0x70997970C51812dc3A010C79C8b1f2Ec15Fc7DAb です',
  `my words: ${phrase}`,
  '',
].join('\n')

/** A log over several read chunks (256 KiB each) with a phrase across the 1 MiB boundary, one of them. */
const big = (() => {
  const line = 'INFO nonce 42 from 0x70997970C51812dc3A010C79C8b1f2Ec15Fc7DAb pending, see https://etherscan.io/tx/1\n'
  const filler = line.repeat(Math.ceil((1024 * 1024 - 30) / line.length)).slice(0, 1024 * 1024 - 30)
  return `${filler}my words:\n${phrase.split(' ').join('\n')}\n${line.repeat(20_000)}`
})()

type Case = {
  args: string[]
  input?: string
  env?: Record<string, string>
  /** Files in the working directory (a value of null: a directory). */
  files?: Record<string, string | null>
  /** A file the call writes, compared too. */
  writes?: string
  /** Whether the light entry answers this call itself. */
  light: boolean
}

const plain = { 'log.txt': log }
const cases: Record<string, Case> = {
  'a file': { args: ['redact', 'log.txt'], files: plain, light: true },
  stdin: { args: ['redact'], input: log, light: true },
  'stdin as -': { args: ['redact', '-'], input: log, light: true },
  'empty stdin': { args: ['redact'], input: '', light: true },
  '--json, a file': { args: ['redact', '--json', 'log.txt'], files: plain, light: true },
  '--json, stdin': { args: ['redact', '--json'], input: log, light: true },
  '--keep (upper case, both spellings)': {
    args: ['redact', 'log.txt', '--keep', HASH.toUpperCase().replace('0X', '0x'), `--keep=${OTHER_HASH}`],
    files: plain,
    light: true,
  },
  '--redact-addresses': { args: ['redact', '--redact-addresses', 'log.txt'], files: plain, light: true },
  '--out': { args: ['redact', 'log.txt', '--out', 'safe.log'], files: plain, writes: 'safe.log', light: true },
  '-o with --json': {
    args: ['redact', '-o', 'safe.json', '--json', 'log.txt'],
    files: plain,
    writes: 'safe.json',
    light: true,
  },
  '--out=': { args: ['redact', '--out=safe.log', 'log.txt'], files: plain, writes: 'safe.log', light: true },
  '--lang ja': { args: ['redact', '--lang', 'ja', 'log.txt'], files: plain, light: true },
  '--lang=ja --json': { args: ['redact', '--lang=ja', '--json', 'log.txt'], files: plain, light: true },
  'Japanese from the environment': {
    args: ['redact', 'log.txt'],
    files: plain,
    env: { LANG: 'ja_JP.UTF-8' },
    light: true,
  },
  'a missing file': { args: ['redact', 'nope.txt'], light: true },
  'a missing file, in Japanese': { args: ['redact', 'nope.txt'], env: { LANG: 'ja_JP.UTF-8' }, light: true },
  'a missing file, --json': { args: ['redact', '--json', 'nope.txt'], light: true },
  'a directory as the file': { args: ['redact', 'adir'], files: { adir: null }, light: true },
  '--out onto a directory': {
    args: ['redact', '--out', 'adir', 'log.txt'],
    files: { ...plain, adir: null },
    light: true,
  },
  'a log over two read chunks': {
    args: ['redact', 'big.log', '--out', 'safe.log'],
    files: { 'big.log': big },
    writes: 'safe.log',
    light: true,
  },
  'a config file (language, addresses)': {
    args: ['redact', 'log.txt'],
    files: { ...plain, '.support-doctorrc.json': '{"lang":"ja","redact":{"addresses":true}}' },
    light: true,
  },
  'an invalid config file': {
    args: ['redact', 'log.txt'],
    files: { ...plain, '.support-doctorrc.json': '{"redact":{"addresses":"yes"}}' },
    light: true,
  },
  'an invalid config file, --json': {
    args: ['redact', '--json', 'log.txt'],
    files: { ...plain, '.support-doctorrc.json': '{"lang":"xx"}' },
    light: true,
  },
  'a package.json without a config (a project folder)': {
    args: ['redact', 'log.txt'],
    files: { ...plain, 'package.json': '{"name":"some-project","version":"1.0.0"}' },
    light: true,
  },
  "a package.json with the tool's key": {
    args: ['redact', 'log.txt'],
    files: { ...plain, 'package.json': '{"name":"p","support-doctor":{"lang":"ja","redact":{"addresses":true}}}' },
    light: true,
  },
  'a package.json that does not parse': {
    args: ['redact', 'log.txt'],
    files: { ...plain, 'package.json': '{"name": ' },
    light: true,
  },
  '--config': {
    args: ['redact', '--config', 'conf.json', 'log.txt'],
    files: { ...plain, 'conf.json': '{"redact":{"addresses":true}}' },
    light: true,
  },
  '--config, missing': { args: ['redact', '--config=conf.json', 'log.txt'], files: plain, light: true },
  'configured by the environment': {
    args: ['redact', 'log.txt'],
    files: plain,
    env: { SUPPORT_DOCTOR_REDACT_ADDRESSES: '1', SUPPORT_DOCTOR_LANG: 'ja' },
    light: true,
  },
  'an invalid environment setting': {
    args: ['redact', 'log.txt'],
    files: plain,
    env: { SUPPORT_DOCTOR_TIMEOUT_MS: 'abc' },
    light: true,
  },
  // Left to the program:
  'an unknown option': { args: ['redact', '--bogus', 'log.txt'], files: plain, light: false },
  'two files': { args: ['redact', 'log.txt', 'log.txt'], files: plain, light: false },
  'a bad --keep': { args: ['redact', '--keep', '0x1234', 'log.txt'], files: plain, light: false },
  'a --keep with spaces': { args: ['redact', '--keep', ` ${HASH}`, 'log.txt'], files: plain, light: false },
  'an unknown language': { args: ['redact', '--lang', 'fr', 'log.txt'], files: plain, light: false },
  'an option twice': { args: ['redact', '--out', 'a.log', '--out', 'b.log', 'log.txt'], files: plain, light: false },
  '--out without a value': { args: ['redact', 'log.txt', '--out'], files: plain, light: false },
  '--': { args: ['redact', '--', 'log.txt'], files: plain, light: false },
  help: { args: ['redact', '--help'], light: false },
  'root options first': { args: ['--lang', 'ja', 'redact', 'log.txt'], files: plain, light: false },
}

type Run = CliResult & { written?: string }

async function runIn(bin: string, c: Case): Promise<Run> {
  const cwd = mkdtempSync(join(tmpdir(), 'sd-redact-cli-'))
  for (const [name, content] of Object.entries(c.files ?? {}))
    if (content === null) mkdirSync(join(cwd, name))
    else writeFileSync(join(cwd, name), content)
  const result = await runCli(c.args, { bin, cwd, env: c.env, input: c.input })
  // Each run has its own folder, which an error may name: named alike, the rest must match.
  const same = (text: string) => text.replaceAll(cwd, '<cwd>')
  return {
    ...result,
    stdout: same(result.stdout),
    stderr: same(result.stderr),
    ...(c.writes ? { written: readFileSync(join(cwd, c.writes), 'utf8') } : {}),
  }
}

const shown = ({ code, stdout, stderr, written }: Run) => ({ code, stdout, stderr, written })

describe('a plain `redact` runs without the program, and prints what the program prints', () => {
  it.each(Object.entries(cases))('%s', { timeout: 120_000 }, async (_name, c) => {
    const [viaBin, full, light] = await Promise.all([runIn(BIN, c), runIn(FULL, c), runIn(LIGHT, c)])
    expect(shown(viaBin)).toEqual(shown(full))
    if (c.light) expect(shown(light)).toEqual(shown(full))
    else expect([light.code, light.stderr]).toEqual([99, 'DECLINED'])
  })

  it('the cases cover what matters: output, files, errors with exit code 2', async () => {
    const full = await Promise.all(
      ['a file', '--out', 'a missing file', 'a missing file, in Japanese', 'a missing file, --json'].map((name) =>
        runIn(FULL, cases[name] as Case),
      ),
    )
    const [file, out, missing, missingJa, missingJson] = full as Run[]
    expect(file?.code).toBe(0)
    expect(file?.stdout).toContain('[redacted: recovery phrase, 12 words]')
    expect(out?.written).toContain('[redacted: private key]')
    expect(missing).toMatchObject({ code: 2, stdout: '' })
    expect(missing?.stderr).toMatch(/^error: nope\.txt does not exist\.\nhint: Check the path/)
    expect(missingJa?.code).toBe(2)
    expect(missingJa?.stderr).toMatch(/^エラー: nope\.txt がありません。/)
    expect(missingJson?.code).toBe(2)
    expect(JSON.parse(missingJson?.stdout ?? '')).toMatchObject({ error: { code: 'input.file' } })
  })
})
