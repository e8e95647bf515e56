import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { erc20Abi, parseAbi, type Address, type Hex } from 'viem'
import { PERMIT2 } from '../../src/chains/known-spenders.js'
import { localOnly, runCli } from '../support/run-cli.js'
import { buildSecurityWorld, ROUTER02, UNIVERSAL_ROUTER, OPENSEA_CONDUIT, type SecurityWorld } from '../support/security-world.js'
import { playScenarios } from '../support/security-scenarios.js'

type Finding = { code: string; severity: string; title: string; detail: string; data: Record<string, any> }
type Report = { status: string; findings: Finding[]; nextSteps: string[]; lang: string }

const shipped = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8'))
const validateReport = new Ajv2020({ allErrors: true, strict: false }).compile(shipped)

let world: SecurityWorld
let played: Awaited<ReturnType<typeof playScenarios>>
beforeAll(async () => {
  world = await buildSecurityWorld()
  played = await playScenarios(world)
}, 180_000)
afterAll(() => world?.node.stop())

/** `security` on the scenario node, as JSON, checked against the shipped schema. */
async function security(role: Parameters<SecurityWorld['address']>[0], ...extra: string[]) {
  const result = await runCli(['security', world.address(role), ...localOnly(world.node.url), '--json', ...extra])
  const report = result.json() as Report
  expect(validateReport(report), JSON.stringify(validateReport.errors?.slice(0, 3))).toBe(true)
  return { code: result.code, report, stderr: result.stderr }
}
const only = (report: Report, code: string) => {
  const found = report.findings.filter((f) => f.code === code)
  expect(found, `${code} in ${report.findings.map((f) => f.code).join(', ')}`).toHaveLength(1)
  return found[0]!
}
const codes = (report: Report) => report.findings.map((f) => f.code)
const sendCall = async (role: Parameters<SecurityWorld['address']>[0], call: { contract: string; calldata: string }) =>
  world.mined(
    await world.wallet(role).sendTransaction({ to: call.contract as Address, data: call.calldata as Hex, chain: null }),
  )

describe('security: who took it', () => {
  it('an unlimited approval drained: the spender, the approval, what was taken; the revoke call works', async () => {
    const { code, report } = await security('approvalVictim')
    expect(code).toBe(1)
    expect(report.status).toBe('compromised')
    const drain = only(report, 'security.approval-drain')
    expect(drain.severity).toBe('critical')
    expect(drain.data).toMatchObject({
      chainId: 1,
      spender: played.drainer.toLowerCase(),
      via: 'approve',
      approvalTx: played.approveDrainer,
      attribution: 'called-contract',
      drainHashes: [played.approvalDrain],
    })
    expect(drain.data.taken).toEqual([
      expect.objectContaining({ standard: 'erc20', amount: world.unit('1000').toString(), hashes: [played.approvalDrain] }),
    ])
    const open = only(report, 'security.open-approval')
    expect(open.severity).toBe('critical')
    expect(open.data).toMatchObject({ kind: 'erc20', drained: true, unlimited: true, spender: played.drainer.toLowerCase() })
    expect(codes(report)).not.toContain('security.permit-drain')

    await sendCall('approvalVictim', open.data.revoke)
    const left = await world.thief.readContract({
      address: world.token,
      abi: erc20Abi,
      functionName: 'allowance',
      args: [world.address('approvalVictim'), played.drainer],
    })
    expect(left).toBe(0n)
  })
})
