import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from 'vitest'
import { localOnly, runCli } from './run-cli.js'

type Finding = { code: string; severity: string; data: Record<string, unknown>; title: string; detail: string }

/**
 * What `tx` says of a bridge transfer, read back from the evidence file the same run wrote: the
 * `--json` findings (the bridge's, and all of them), the exit code, and the text report in Japanese (offline replays, so the chains
 * are read once per case and both languages judge exactly the same evidence).
 */
export async function bridgeFindings(evidenceFile: string) {
  const json = await runCli(['tx', '--from-evidence', evidenceFile, '--no-public-rpc', '--json'])
  expect(json.stderr).not.toMatch(/at .*\.js:\d+/)
  const report = JSON.parse(json.stdout) as { findings: Finding[] }
  const bridge = report.findings.filter((f) => f.code.startsWith('bridge.'))
  const ja = await runCli(['tx', '--from-evidence', evidenceFile, '--no-public-rpc', '--lang', 'ja'])
  const en = await runCli(['tx', '--from-evidence', evidenceFile, '--no-public-rpc'])
  return {
    exitCode: json.code,
    findings: report.findings,
    bridge,
    codes: bridge.map((f) => f.code),
    ja: ja.stdout,
    en: en.stdout,
  }
}

/**
 * `tx <hash>` through the given nodes only, with the test world's config (endpoints and bridge
 * routes): the bridge traces of the evidence it wrote, and the evidence file for `bridgeFindings`.
 */
export async function traceBridges(
  hash: string,
  { urls, config, dir }: { urls: string[]; config: string; dir: string },
) {
  const file = join(dir, `${hash}.json`)
  const result = await runCli(['tx', hash, ...localOnly(...urls), '--config', config, '--evidence-out', file])
  expect(result.stderr).not.toMatch(/at .*\.js:\d+/)
  const evidence = JSON.parse(readFileSync(file, 'utf8')) as { bridges?: any[] }
  return Object.assign(evidence.bridges ?? [], { file })
}
