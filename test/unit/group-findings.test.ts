import { Chalk } from 'chalk'
import { beforeAll, describe, expect, it } from 'vitest'
import { renderOutput } from '../../src/commands/export-output.js'
import { diagnoseTx } from '../../src/diagnose/diagnose-tx.js'
import type { Lang } from '../../src/i18n/catalog.js'
import { buildTxReport } from '../../src/report/build-tx-report.js'
import { groupFindings } from '../../src/report/group-findings.js'
import { reportOutput } from '../../src/report/report-output.js'
import { renderTxMarkdown } from '../../src/report/render-tx-markdown.js'
import type { Report, ReportFinding } from '../../src/report/schema.js'
import { gwei, pendingEvidence } from '../support/evidence.js'
import { loadBothLanguages } from '../support/languages.js'

const plain = new Chalk({ level: 0 })

const unreachable = (url: string, chain: string): ReportFinding => ({
  code: 'rpc.unreachable',
  severity: 'warning',
  title: 'An endpoint did not answer',
  detail: `${url} (${chain}): connection failed.`,
  guide: 'rpc-endpoints',
  data: { chainId: 1, endpoint: url, reason: 'connection failed' },
})

/** A stuck transaction's report, looked at while three public endpoints were out of reach. */
function offlineReport(lang: Lang) {
  const evidence = pendingEvidence({ tx: { maxFeePerGas: gwei(15), nonce: 7 }, baseFee: gwei(20) })
  const report = buildTxReport(evidence, diagnoseTx(evidence), {
    lang,
    version: '0.0.0',
    environment: { os: 'linux', arch: 'x64', node: 'v20.19.0', wallet: null, browser: null },
    note: null,
    tried: null,
    checkedAt: new Date('2026-11-24T07:00:00Z'),
  })
  report.findings.push(
    unreachable('https://eth.example', 'Ethereum'),
    unreachable('https://base.example', 'Base'),
    unreachable('https://arb.example', 'Arbitrum One'),
  )
  return reportOutput({ report, feeChart: null }, { shortenAddresses: false, exitCode: 1 })
}

beforeAll(loadBothLanguages)

describe('findings that read the same', () => {
  it('are grouped under the first one, in order, each detail kept', () => {
    const a = unreachable('https://a.example', 'Ethereum')
    const other: ReportFinding = { ...a, code: 'rpc.stale', title: 'An endpoint is behind' }
    const b = unreachable('https://b.example', 'Base')
    const groups = groupFindings([a, other, b])
    expect(groups.map((g) => [g.head.code, g.details])).toEqual([
      ['rpc.unreachable', [a.detail, b.detail]],
      ['rpc.stale', [other.detail]],
    ])
    // Same code, another severity or title: another heading.
    expect(groupFindings([a, { ...b, severity: 'critical' }])).toHaveLength(2)
  })

  it('show one heading with a count in text and markdown; the JSON keeps one finding each', () => {
    const output = offlineReport('en')
    const text = renderOutput(output, 'text', { style: plain, width: null })
    expect(text.match(/An endpoint did not answer/g)).toHaveLength(1)
    expect(text).toContain('An endpoint did not answer  rpc.unreachable ×3')
    for (const url of ['eth', 'base', 'arb']) expect(text).toContain(`     • https://${url}.example`)
    const markdown = renderOutput(output, 'markdown', { style: plain, width: null })
    expect(markdown).toContain('- **An endpoint did not answer** (warning, `rpc.unreachable` ×3):')
    expect(markdown).toContain('  - https://base.example \\(Base\\): connection failed.')
    const json = JSON.parse(renderOutput(output, 'json', { style: plain, width: null })) as {
      findings: ReportFinding[]
    }
    expect(json.findings.filter((f) => f.code === 'rpc.unreachable')).toHaveLength(3)
  })

  it('in markdown, a detail that starts like a list item stays text', () => {
    const output = offlineReport('en')
    const json = output.json as { findings: ReportFinding[] }
    const [first, second] = json.findings.filter((f) => f.code === 'rpc.unreachable')
    ;(first as ReportFinding).detail = '- not a list'
    ;(second as ReportFinding).detail = '2. not a list either'
    // The renderers read the sanitised copy made from the report: rebuild from the edited JSON.
    const markdown = renderTxMarkdown(output.json as Report)
    expect(markdown).toContain('  - \\- not a list')
    expect(markdown).toContain('  - 2\\. not a list either')
  })

  it('a grouped detail wraps under its own text', () => {
    const text = renderOutput(offlineReport('en'), 'text', { style: plain, width: 40 })
    const lines = text.split('\n')
    const at = lines.findIndex((line) => line.includes('• https://arb.example'))
    expect(lines[at + 1]?.startsWith(' '.repeat(7))).toBe(true)
  })
})
