import { beforeAll, describe, expect, it } from 'vitest'
import type { Hash } from 'viem'
import { devWallet } from '../support/devnode.js'
import { guideIds } from '../../src/findings/guide-ids.js'
import { localOnly, runCli } from '../support/run-cli.js'
import { useAnvil } from '../support/anvil-fixture.js'

const node = useAnvil({ mining: false })
let hash: Hash
beforeAll(async () => {
  const wallet = devWallet(node.url)
  hash = await wallet.sendTransaction({ to: wallet.account.address, value: 1n, chain: null })
})

describe('support-doctor guide', () => {
  it('without a topic lists every guide, in the language asked', async () => {
    const en = await runCli(['guide'])
    expect(en.code).toBe(0)
    for (const id of guideIds) expect(en.stdout).toContain(id)
    expect(en.stdout).toMatch(/failed-swaps\s+Failed swaps and slippage/)
    const ja = await runCli(['guide', '--lang', 'ja'])
    expect(ja.stdout).toMatch(/failed-swaps\s+失敗したスワップとスリッページ/)
  })

  it('shows a guide by id or by a finding code, on stdout, as terminal text', async () => {
    const byId = await runCli(['guide', 'nonce-gaps'])
    expect(byId.code).toBe(0)
    expect(byId.stdout).toMatch(/^Nonce gaps: a transaction waiting for an earlier one\n/)
    expect(byId.stdout).not.toContain('---')
    const byCode = await runCli(['guide', 'swap.slippage', '--lang', 'ja'])
    expect(byCode.stdout).toMatch(/^失敗したスワップとスリッページ/)
    expect(byCode.stdout).toMatch(/承認と許可額\s*\(support-doctor\s+guide\s+approvals\)/)
  })

  it('--json gives the guide with its front matter and Markdown', async () => {
    const result = await runCli(['guide', 'approvals', '--json'])
    const { guide } = result.json()
    expect(guide).toMatchObject({
      id: 'approvals',
      lang: 'en',
      title: 'Approvals and allowances',
      findings: [
        'token.insufficient-allowance',
        'token.insufficient-balance',
        'permit2.token-not-approved',
        'permit2.allowance-insufficient',
        'permit2.permit-invalid',
        'security.open-approval',
      ],
    })
    expect(guide.markdown).toMatch(/^# Approvals and allowances/)
  })

  it('an unknown topic is an input error naming it, with a way out', async () => {
    const result = await runCli(['guide', 'refunds'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'error: There is no guide "refunds".\nhint: Run `support-doctor guide` to list the guides.\n',
    )
  })
})

describe('findings name their guide', () => {
  it('each finding carries its guide, and the next steps end by naming it', async () => {
    const result = await runCli(['tx', hash, ...localOnly(node.url), '--chain', 'local', '--json'])
    const report = result.json() as { findings: { code: string; guide: string }[]; nextSteps: string[] }
    expect(report.findings.map((f) => [f.code, f.guide])).toContainEqual(['tx.pending', 'stuck-transactions'])
    for (const finding of report.findings)
      expect(report.nextSteps).toContain(`Read the guide: support-doctor guide ${finding.guide}`)
  })
})

describe('support-doctor with no command and no terminal', () => {
  it('prints help on stderr in the language asked and exits 2 instead of waiting for answers', async () => {
    const result = await runCli(['--lang', 'ja'])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('コマンドなしで端末から実行すると')
  })
})
