import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Hash } from 'viem'
import { devWallet } from '../support/devnode.js'
import { localOnly, runCli } from '../support/run-cli.js'
import { useAnvil } from '../support/anvil-fixture.js'

const PHRASE = 'legal winner thank year wave sausage worth useful legal winner thank yellow'
const node = useAnvil()
let hash: Hash
beforeAll(async () => {
  const wallet = devWallet(node.url)
  hash = await wallet.sendTransaction({ to: devWallet(node.url, 1).account.address, value: 1n, chain: null })
  await wallet.waitForTransactionReceipt({ hash, pollingInterval: 20 })
})

const tx = (...extra: string[]) => runCli(['tx', hash, ...localOnly(node.url), ...extra])

describe('the support report', () => {
  it('carries what support asks for, says it holds no secret, and names the official channel', async () => {
    const args = [
      '--wallet',
      'MetaMask 12.9.0',
      '--browser',
      'Chrome 131',
      '--tried',
      'restarted the browser',
      '--note',
      'the tokens do not show',
    ]
    const markdown = (await tx(...args, '--format', 'markdown')).stdout
    expect(markdown).toMatch(
      /^## support-doctor report\n\n> This report contains no recovery phrase, private key or password/,
    )
    for (const part of [
      'MetaMask 12.9.0',
      'Chrome 131',
      'restarted the browser',
      'the tokens do not show',
      hash,
      'Local node (chain id 31337)',
    ])
      expect(markdown).toContain(part)
    expect(markdown).toContain("Send it only through MetaMask's official support: https://support.metamask.io")
    expect(markdown).toMatch(/never contacts you first by direct message/)

    const json = (await tx(...args, '--json')).json()
    expect(json.support).toEqual({ name: 'MetaMask', url: 'https://support.metamask.io' })
    expect(json.environment).toMatchObject({ wallet: 'MetaMask 12.9.0', browser: 'Chrome 131' })
    expect(json.context).toEqual({ note: 'the tokens do not show', tried: 'restarted the browser', problem: null })
  })

  it('in Japanese, with a generic official-channel line when the wallet is unknown', async () => {
    const markdown = (await tx('--format', 'markdown', '--lang', 'ja')).stdout
    expect(markdown).toContain('このレポートにはリカバリーフレーズ、秘密鍵、パスワードは含まれていません')
    expect(markdown).toContain('公式ヘルプセンターのみ')
  })

  it('a recovery phrase pasted into --note is caught: warned about, and in no output format', async () => {
    for (const format of ['json', 'markdown', 'text']) {
      const result = await tx('--note', `support asked for my phrase: ${PHRASE}`, '--format', format)
      expect(result.stderr).toMatch(
        /Warning: you typed a recovery phrase or private key\..*move your funds to a new wallet/s,
      )
      for (const word of ['sausage', 'winner', 'yellow']) expect(result.stdout).not.toContain(word)
      // "phrase" is a French list word too; markdown escapes the brackets (outside text is made literal).
      expect(result.stdout).toMatch(/\\?\[redacted: recovery phrase, 1[23] words\\?\]/)
      expect(result.code).toBe(0)
    }
    const ja = await tx('--note', PHRASE, '--lang', 'ja', '--json')
    expect(ja.stderr).toMatch(/警告: リカバリーフレーズまたは秘密鍵が入力されました/)
    // The engine's mark, in the report's language.
    expect(ja.json().context.note).toMatch(/\[削除済み: リカバリーフレーズ 12 語\]/)
    expect(JSON.stringify(ja.json())).not.toMatch(/\[redacted: /)
  })

  it('--max-length shortens for a form, keeping hash, network and the first finding', async () => {
    const full = (await tx('--format', 'markdown', '--wallet', 'MetaMask')).stdout
    const short = (await tx('--format', 'markdown', '--wallet', 'MetaMask', '--max-length', '500')).stdout
    expect(full.length).toBeGreaterThan(500)
    expect(short.length).toBeLessThanOrEqual(500)
    expect(short).toContain(hash)
    expect(short).toContain('Local node')
    expect(short).toContain('**Confirmed**')
    // Tighter than the smallest report: whole lines, ending with a line break, never a word cut.
    const tight = (await tx('--format', 'markdown', '--max-length', '200')).stdout
    expect(tight.length).toBeLessThanOrEqual(200)
    expect(tight.endsWith('\n')).toBe(true)
    for (const line of tight.trimEnd().split('\n')) expect(full.split('\n')).toContain(line)
  })

  it('--out writes the whole report and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-out-'))
    const file = join(dir, 'report.md')
    const result = await tx('--format', 'markdown', '--out', file)
    expect(result.stdout).toBe('')
    expect(readFileSync(file, 'utf8')).toMatch(/^## support-doctor report[\s\S]*official help centre/)
    expect(readdirSync(dir)).toEqual(['report.md'])
  })
})

describe('support-doctor redact', () => {
  const log = [
    `user pasted: ${PHRASE}`,
    'rpc https://mainnet.infura.io/v3/9aa3d95b3bc440fa88ea12eaa4456161 failed',
    'stuck: 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060 pending',
    'sent 1.5 ETH to 0x70997970C51812dc3A010C79C8b1f2Ec15Fc7DAb from /home/alice/wallet',
  ].join('\n')

  it('redacts a file, says what it removed on stderr, keeps what support needs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-redact-'))
    writeFileSync(join(dir, 'wallet.log'), log)
    const result = await runCli(['redact', join(dir, 'wallet.log')])
    expect(result.code).toBe(0)
    expect(result.stdout).not.toMatch(/sausage|9aa3d95b|alice|5c504ed4/)
    expect(result.stdout).toContain('0x70997970C51812dc3A010C79C8b1f2Ec15Fc7DAb')
    expect(result.stdout).toContain('1.5 ETH')
    expect(result.stderr).toMatch(
      /Removed: recovery phrase ×1, 64-hex value \(private key\?\) ×1, key in an RPC URL ×1, user name in a path ×1\./,
    )
    expect(result.stderr).toMatch(/--keep <hash>/)
  })

  it('reads stdin; --json counts the kinds; --keep keeps a hash', async () => {
    const result = await runCli(
      ['redact', '--json', '--keep', '0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060'],
      { input: log },
    )
    const body = result.json()
    expect(body.removed).toEqual({ 'seed-phrase': 1, 'rpc-url': 1, 'user-name': 1 })
    expect(body.text).toContain('0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060')
    expect(result.stderr).toBe('')
  })

  it('a missing file is an input error', async () => {
    const result = await runCli(['redact', '/nonexistent/wallet.log'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/\/nonexistent\/wallet\.log does not exist\./)
    expect(existsSync('/nonexistent')).toBe(false)
  })
})
