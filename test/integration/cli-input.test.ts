import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAnvil } from '../support/devnode.js'
import { startRpcProxy } from '../support/rpc-proxy.js'
import { localOnly, runCli } from '../support/run-cli.js'

const HASH = `0x${'12'.repeat(32)}`
let node: Awaited<ReturnType<typeof startAnvil>>
let proxy: Awaited<ReturnType<typeof startRpcProxy>>

beforeAll(async () => {
  node = await startAnvil()
  proxy = await startRpcProxy({ target: node.url })
})
afterAll(async () => {
  await proxy?.stop()
  await node?.stop()
})

const configDir = (name: string, content: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'sd-config-'))
  writeFileSync(join(dir, name), content)
  return dir
}

describe('bad input stops before any network call, exit 2, one line', () => {
  const cases: [string, string[], RegExp][] = [
    [
      'a hash that is too short',
      ['tx', '0x1234'],
      /"0x1234" is not a transaction hash: expected 0x followed by 64 hex characters \(got 4\)/,
    ],
    ['a hash with non-hex characters', ['tx', `0x${'zz'.repeat(32)}`], /not a transaction hash.*non-hex characters/],
    ['an address where a hash belongs', ['tx', `0x${'ab'.repeat(20)}`], /not a transaction hash/],
    ['an unknown chain', ['tx', HASH, '--chain', 'narnia'], /Unknown chain "narnia"/],
    ['an unknown flag', ['tx', HASH, '--colour'], /Unknown option --colour\./],
    ['a mistyped flag, with a suggestion', ['tx', HASH, '--jsn'], /Unknown option --jsn\. Did you mean --json\?/],
    [
      'a value outside the choices',
      ['gas', '--format', 'xml'],
      /"xml" is not a choice for --format <format>: use one of text, markdown, json/,
    ],
    ['too many arguments', ['tx', HASH, HASH], /Too many arguments for tx: it takes 1, and 2 were given/],
    [
      'a bad --rpc URL',
      ['tx', HASH, '--rpc', 'localhost:8545'],
      /--rpc "localhost:8545" is not an http\(s\) or ws\(s\) URL/,
    ],
    ['a bad --from', ['tx', HASH, '--from', '0x12', '--nonce', '1'], /"0x12" is not an address/],
    ['--nonce without --from', ['tx', HASH, '--nonce', '3'], /--nonce needs --from/],
    ['a bad --timeout', ['tx', HASH, '--timeout', 'soon'], /Invalid value for --timeout: a number is expected\./],
    ['a --timeout too short', ['tx', HASH, '--timeout', '5'], /Invalid value for --timeout: it must be at least 100\./],
    ['an unknown command', ['txn', HASH], /Unknown command "txn"\.\n.*Did you mean `support-doctor tx`\?/],
  ]
  for (const [name, args, message] of cases) {
    it(name, async () => {
      const before = proxy.seen.httpRequests
      const result = await runCli([...args, ...localOnly(proxy.url)])
      expect(result.code).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toMatch(message)
      expect(result.stderr.trim().split('\n').length).toBeLessThanOrEqual(2) // the error and a hint
      expect(result.stderr).not.toMatch(/\n\s+at /)
      expect(proxy.seen.httpRequests).toBe(before)
    })
  }

  it('a flag without its value, last on the line', async () => {
    const result = await runCli(['tx', HASH, '--no-public-rpc', '--timeout'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^error: --timeout <ms> needs a value\./)
  })

  it('is a JSON error object on stdout with --json', async () => {
    const result = await runCli(['tx', '0xnope', '--json', ...localOnly(proxy.url)])
    expect(result.code).toBe(2)
    expect(result.json()).toEqual({
      schemaVersion: 1,
      error: {
        code: 'input.hash',
        message: expect.stringContaining('not a transaction hash'),
        suggestion: expect.any(String),
      },
    })
  })

  it('is in Japanese with --lang ja', async () => {
    const result = await runCli(['tx', '0x1234', '--lang', 'ja', ...localOnly(proxy.url)])
    expect(result.stderr).toMatch(/^エラー: 「0x1234」はトランザクションハッシュではありません/)
  })

  it.each([
    [['tx', HASH, '--jsn'], /^エラー: --jsn というオプションはありません。--json のことですか\?/],
    [['tx', HASH, '--timeout', '5'], /^エラー: --timeout の値が不正です: 100 以上にしてください。/],
    [['gas', '--format', 'xml'], /^エラー: 「xml」は --format <format> に指定できません/],
  ])('commander and value errors are in Japanese too: %j', async (args, message) => {
    const result = await runCli(['--lang', 'ja', ...args, ...localOnly(proxy.url)])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
    expect(result.stderr).not.toMatch(/[Ee]xpected|unknown option|Too small/)
  })

  it("help is in Japanese with --lang ja, commander's headings included", async () => {
    const result = await runCli(['--lang', 'ja', 'gas', '--help'])
    expect(result.stdout).toMatch(/^使い方: support-doctor gas/)
    expect(result.stdout).toContain('オプション:')
    expect(result.stdout).toContain('ヘルプを表示')
    expect(result.stdout).not.toMatch(/Usage:|Options:|display help/)
  })
})

describe('configuration', () => {
  it('a config file that does not parse names the file', async () => {
    const cwd = configDir('.support-doctorrc.json', '{ "lang": "ja", ')
    const result = await runCli(['tx', HASH, ...localOnly(proxy.url)], { cwd })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(
      /Cannot read the config file .*\.support-doctorrc\.json: Expected double-quoted property name in JSON at position 16/,
    )
  })

  it('a config file named with --config that does not exist says so, in words', async () => {
    const result = await runCli(['chains', '--config', '/nonexistent/config.json'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'error: The config file /nonexistent/config.json does not exist.\nhint: Check the path: a relative one starts from the folder you run the command in.\n',
    )
  })

  it('a config value of the wrong type names the file, the key and what was expected', async () => {
    const cwd = configDir('.support-doctorrc.json', JSON.stringify({ timeoutMs: 'fast' }))
    const result = await runCli(['tx', HASH, ...localOnly(proxy.url)], { cwd })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/Invalid config in .*\.support-doctorrc\.json: timeoutMs: a number is expected\./)
  })

  it('an unknown chain key under rpc is an input error', async () => {
    const cwd = configDir('.support-doctorrc.json', JSON.stringify({ rpc: { narnia: ['http://127.0.0.1:1'] } }))
    const result = await runCli(['tx', HASH, '--no-public-rpc'], { cwd })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/rpc\.narnia is not a known chain/)
  })

  it('uses the endpoints, language and wallet of a YAML config found in the working directory', async () => {
    const cwd = configDir(
      '.support-doctorrc.yaml',
      `lang: ja\npublicRpc: false\nwallet: MetaMask 12.9\nrpc:\n  local: ["${proxy.url}"]\n`,
    )
    const result = await runCli(['tx', HASH, '--format', 'markdown'], { cwd })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('見つかりません')
    expect(result.stdout).toContain('MetaMask 12.9')
  })

  it('--config loads a given file; the environment overrides it', async () => {
    const dir = configDir(
      'doctor.json',
      JSON.stringify({ lang: 'ja', publicRpc: false, rpc: { '31337': [proxy.url] } }),
    )
    const result = await runCli(['tx', HASH, '--config', join(dir, 'doctor.json')], {
      env: { SUPPORT_DOCTOR_LANG: 'en' },
    })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('Not found')
  })

  it('--no-public-rpc with nothing configured says how to give an endpoint', async () => {
    const result = await runCli(['tx', HASH, '--no-public-rpc'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/No endpoint to ask/)
    expect(result.stderr).toMatch(/--rpc <url>/)
  })
})

describe('pipes', () => {
  it('a reader that goes away (support-doctor --help | head -1) ends the program quietly, exit 0', async () => {
    const { spawn } = await import('node:child_process')
    const { BIN } = await import('../support/run-cli.js')
    const child = spawn(process.execPath, [BIN, '--help'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d) => (stderr += d))
    child.stdout.destroy() // the reader is gone before the first write
    const code = await new Promise((resolve) => child.on('close', resolve))
    expect(code).toBe(0)
    expect(stderr).toBe('')
  })
})

describe('help', () => {
  it('no arguments without a terminal: prints help to stderr, exit 2', async () => {
    const result = await runCli([])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/Usage: support-doctor/)
  })

  it('--json and no command: a JSON error on stdout, exit 2 (an agent reads no help text)', async () => {
    const result = await runCli(['--json'])
    expect(result.code).toBe(2)
    expect(result.json()).toMatchObject({ schemaVersion: 1, error: { code: 'input.usage' } })
  })

  it('--help shows examples and exit codes on stdout, exit 0', async () => {
    const result = await runCli(['tx', '--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/Examples:/)
    expect(result.stdout).toMatch(/--from-evidence/)
    const top = await runCli(['--help'])
    expect(top.stdout).toMatch(/Exit codes: 0/)
  })

  it.each(['tx', 'address', 'security', 'gas', 'rpc', 'chains', 'redact', 'guide', 'explain', 'batch', 'mcp'])(
    '`%s --help` ends with examples of the command itself',
    async (command) => {
      const result = await runCli([command, '--help'])
      expect(result.code).toBe(0)
      expect(result.stdout).toMatch(new RegExp(`Examples:\\n  \\$ (?:cat \\S+ \\| )?support-doctor ${command}\\b`))
    },
  )
})

describe('options before the command word count for the command, or are refused: never dropped', () => {
  it('--no-public-rpc before `tx`: no public endpoint is asked (exit 2 with none configured, not a lookup)', async () => {
    const result = await runCli(['--no-public-rpc', 'tx', HASH, '--json'])
    expect(result.code).toBe(2)
    expect(result.json().error.code).toBe('input.no-endpoints')
  })

  it('--rpc before `tx`, --no-public-rpc after it: the endpoint is used', async () => {
    const result = await runCli(['--rpc', node.url, 'tx', HASH, '--no-public-rpc', '--json', '--no-cache'])
    expect(result.json().status).toBe('not-found')
    expect(result.json().evidence.searchedChainIds).toEqual([31337])
  })

  it('endpoints before and after the command both count', async () => {
    const result = await runCli(['--rpc', node.url, 'rpc', '--rpc', proxy.url, '--no-public-rpc', '--json'])
    const urls = (result.json().endpoints as { endpoint: string }[]).map((e) => e.endpoint)
    expect(urls).toEqual(expect.arrayContaining([node.url, proxy.url]))
  })

  it('--no-public-rpc before `chains`: no public endpoint listed', async () => {
    const result = await runCli(['--no-public-rpc', 'chains', '--json'])
    expect(JSON.stringify(result.json())).not.toContain('"origin":"public"')
  })

  it('a bad value before the command fails as it does after it', async () => {
    const result = await runCli(['--lang', 'fr', 'chains'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/--lang/)
  })

  it('an option the command does not take, before it: refused with exit 2, naming both', async () => {
    const result = await runCli(['--rpc', node.url, 'redact', '/dev/null'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/--rpc was given before the command, and `redact` does not take it/)
  })
})

describe('options that contradict each other are refused, not one of them dropped', () => {
  it.each([
    [['tx', HASH, '--json', '--format', 'markdown'], /--json and --format markdown cannot be used together/],
    [['--json', 'gas', '--format', 'text'], /--json and --format text cannot be used together/],
    [['tx', HASH, '--watch-timeout', '5m'], /--watch-timeout works only with --watch/],
    [['tx', '--from-evidence', 'e.json', '--watch'], /--watch and --from-evidence cannot be used together/],
  ])('%j: exit 2, no request sent', async (args, message) => {
    const before = proxy.seen.httpRequests
    const result = await runCli([...args, ...localOnly(proxy.url)])
    expect(result.code).toBe(2)
    expect(`${result.stdout}${result.stderr}`).toMatch(message)
    expect(proxy.seen.httpRequests).toBe(before)
  })

  it('--json with --format json is fine', async () => {
    const result = await runCli(['gas', '--json', '--format', 'json', ...localOnly(node.url)])
    expect(result.code).toBe(0)
    expect(result.json()).toHaveProperty('chains')
  })
})

describe('a file to write that cannot be written is found before anything is looked up', () => {
  it('--out in a folder that does not exist: exit 2, no request sent', async () => {
    const before = proxy.seen.httpRequests
    const result = await runCli(['tx', HASH, ...localOnly(proxy.url), '--out', '/nonexistent/dir/report.md'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^error: Cannot write \/nonexistent\/dir\/report\.md: its folder does not exist\./)
    expect(proxy.seen.httpRequests).toBe(before)
  })

  it('--evidence-out the same', async () => {
    const before = proxy.seen.httpRequests
    const result = await runCli(['tx', HASH, ...localOnly(proxy.url), '--evidence-out', '/nonexistent/ev.json'])
    expect(result.code).toBe(2)
    expect(proxy.seen.httpRequests).toBe(before)
  })
})
