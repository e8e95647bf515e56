import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAnvil } from '../support/devnode.js'
import { localOnly, runCli } from '../support/run-cli.js'
import { solanaSecretKey } from '../support/solana-key.js'

const SOLANA_SIGNATURE = '5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnbJLgp8uirBgmQpjKhoR4tjF3ZpRzrFmBV6UjKdiSZkQUW'
const TRON_ADDRESS = 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t'
/** Bitcoin's genesis coinbase transaction id: 64 hex characters, no 0x. */
const BITCOIN_TXID = '4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b'

let node: Awaited<ReturnType<typeof startAnvil>>
beforeAll(async () => {
  node = await startAnvil()
})
afterAll(() => node?.stop())

describe('ids of chains this tool does not read', () => {
  it('a Solana signature given to tx: tx.non-evm with the explorer link, exit 1 — not an invalid hash', async () => {
    const result = await runCli(['tx', SOLANA_SIGNATURE, '--json', '--no-public-rpc'])
    expect(result.code).toBe(1)
    const report = result.json()
    expect(report.subject).toEqual({ kind: 'nonEvm', id: SOLANA_SIGNATURE, family: 'solana' })
    expect(report.status).toBe('not-evm')
    expect(report.findings[0]).toMatchObject({
      code: 'tx.non-evm',
      severity: 'critical',
      data: {
        families: ['solana'],
        kind: 'transaction',
        explorerUrls: [`https://solscan.io/tx/${SOLANA_SIGNATURE}`],
        searchedAsEvm: false,
      },
    })
    expect(report.findings[0].detail).toMatch(/reads EVM chains/)
  })

  it('a Tron address given to address, in Japanese: recognised, exit 1', async () => {
    const result = await runCli(['address', TRON_ADDRESS, '--lang', 'ja', '--no-public-rpc'])
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('Tron のアドレスです')
    expect(result.stdout).toContain(`https://tronscan.org/#/address/${TRON_ADDRESS}`)
  })

  it('64 hex without 0x: searched as an EVM hash first, then offered as a Bitcoin or Tron id with both links', async () => {
    const result = await runCli(['tx', BITCOIN_TXID, ...localOnly(node.url), '--json'])
    expect(result.code).toBe(1)
    const report = result.json()
    expect(report.subject).toEqual({ kind: 'tx', hash: `0x${BITCOIN_TXID}` })
    expect(report.findings.map((f: { code: string }) => f.code)).toEqual(['tx.not-found', 'tx.non-evm'])
    expect(report.findings[1].data).toEqual({
      id: BITCOIN_TXID,
      families: ['bitcoin', 'tron'],
      kind: 'transaction',
      explorerUrls: [`https://mempool.space/tx/${BITCOIN_TXID}`, `https://tronscan.org/#/transaction/${BITCOIN_TXID}`],
      searchedAsEvm: true,
    })
  })

  it('a Solana secret key given to tx is refused as a secret (exit 2), never echoed', async () => {
    const key = solanaSecretKey()
    const result = await runCli(['tx', key, '--no-public-rpc'])
    expect(result.code).toBe(2)
    expect(result.stdout + result.stderr).not.toContain(key)
    expect(result.stderr).toMatch(/Solana secret key/)
    expect(result.stderr).toMatch(/recovery phrase or private key/)
  })
})
