import { describe, expect, it } from 'vitest'
import { displayUrl } from '../../src/redact/redact-urls.js'
import { redact, redactText } from '../../src/redact/redact.js'
import type { Report } from '../../src/report/schema.js'

describe('redacting error messages and free text', () => {
  it.each([
    [
      'Infura key in the path',
      'URL: https://mainnet.infura.io/v3/0123456789abcdef0123456789abcdef',
      'https://mainnet.infura.io/v3/[redacted: key]',
    ],
    [
      'Alchemy key in the path',
      'https://eth-mainnet.g.alchemy.com/v2/AbCdEfGhIjKlMnOpQrStUv-_12',
      'https://eth-mainnet.g.alchemy.com/v2/[redacted: key]',
    ],
    ['a key in the query', 'https://rpc.example.org/?apikey=s3cr3t', 'https://rpc.example.org/?apikey=[redacted: key]'],
    [
      'credentials in user-info',
      'wss://user:pass@node.example.org/ws',
      'wss://[redacted: credentials]@node.example.org/ws',
    ],
  ])('%s loses only the credential', (_, input, expected) => {
    const out = redact(input)
    expect(out).toContain(expected)
    expect(out).not.toMatch(/0123456789abcdef0123|AbCdEfGhIj|s3cr3t|pass/)
  })

  it('keeps explorer links and plain hosts, which carry no secret', () => {
    const link = `https://etherscan.io/tx/0x${'ab'.repeat(32)}`
    expect(redact(`see ${link}`, { knownHashes: new Set([`0x${'ab'.repeat(32)}`]) })).toBe(`see ${link}`)
    expect(redact('https://mainnet.base.org')).toBe('https://mainnet.base.org')
  })

  it('removes a 64-hex value unless it is a hash the tool knows', () => {
    const key = 'ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80'
    const result = redactText(`my key is 0x${key} and ${key}`)
    expect(result.text).not.toContain(key)
    expect(result.removed['private-key']).toBe(2)
    const hash = `0x${'cd'.repeat(32)}`
    expect(redact(`tx ${hash}`, { knownHashes: new Set([hash]) })).toBe(`tx ${hash}`)
  })

  it('removes e-mail addresses but keeps addresses, amounts, versions and dates', () => {
    const text =
      'mail me at satoshi@example.com — sent 1.5 ETH to 0x70997970C51812dc3A010C79C8b1f2Ec15Fc7DAb with MetaMask 12.3.0 on 2026-11-22'
    expect(redact(text)).toBe(
      'mail me at [redacted: e-mail] — sent 1.5 ETH to 0x70997970C51812dc3A010C79C8b1f2Ec15Fc7DAb with MetaMask 12.3.0 on 2026-11-22',
    )
  })

  it('displayUrl shows scheme and host of any URL', () => {
    expect(displayUrl('https://user:pw@host.example:8545/v3/key?x=1')).toBe('https://host.example:8545')
    expect(displayUrl('not a url')).toBe('[invalid url]')
  })
})

describe('--redact-addresses', () => {
  it('shortens every address in texts, finding data and evidence, and keeps the subject hash', async () => {
    const { redactReport } = await import('../../src/report/redact-report.js')
    const address = '0x70997970C51812dc3A010C79C8b1f2Ec15Fc7DAb'
    const hash = `0x${'ef'.repeat(32)}`
    const report = {
      schemaVersion: 1 as const,
      tool: { name: 'support-doctor' as const, version: 't' },
      subject: { kind: 'tx' as const, hash },
      chain: null,
      status: 'pending' as const,
      findings: [
        {
          code: 'tx.pending',
          severity: 'warning' as const,
          title: 't',
          detail: `from ${address}`,
          guide: 'stuck-transactions',
          data: { from: address, nested: [{ to: address }] },
        },
        // Any depth of finding data is walked, whatever its code's schema says.
      ] as unknown as Report['findings'],
      nextSteps: [`send from ${address}`],
      evidence: { transaction: { from: address, hash } },
      environment: { os: 'x', arch: 'x', node: 'x', wallet: null, browser: null },
      context: { note: `my wallet ${address}`, tried: null },
      support: null,
      lang: 'en' as const,
      checkedAt: 'now',
    }
    const out = JSON.stringify(redactReport(report, { shortenAddresses: true }))
    expect(out).not.toContain(address)
    expect(out.match(/0x7099…7DAb/g)).toHaveLength(6)
    expect(out).toContain(hash)
    expect(JSON.stringify(redactReport(report))).toContain(address)
  })
})
