import { createRequire } from 'node:module'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Address, Hash, Hex } from 'viem'
import { deploy, devWallet, startAnvil, type DevWallet } from '../support/devnode.js'
import { localOnly, runCli } from '../support/run-cli.js'

// EIP-7702 on a real prague node: type-4 transactions signed with viem's signAuthorization, to
// eth-infinitism's Simple7702Account from the npm build — deployed normally (an address no wallet
// ships), and copied to the address wallets use it at (a known implementation).

const require = createRequire(import.meta.url)
const simple7702 = require('@account-abstraction/contracts/artifacts/Simple7702Account.json') as {
  abi: unknown[]
  bytecode: Hex
}
const CANONICAL = '0xe6cae83bde06e4c305530e199d7217f42808555b'

let node: Awaited<ReturnType<typeof startAnvil>>
let deployed: Address
let toKnown: Hash
let toUnknown: Hash
let notEffective: Hash

/** The sponsor (account 0) sends a type-4 transaction carrying `authority`'s signed authorization. */
async function delegate(sponsor: DevWallet, authority: DevWallet, contractAddress: Address, nonce?: number) {
  const authorization = await authority.signAuthorization({
    account: authority.account,
    contractAddress,
    ...(nonce === undefined ? {} : { nonce }),
  })
  const hash = await sponsor.sendTransaction({
    authorizationList: [authorization],
    to: authority.account.address,
    data: '0x',
    chain: null,
  })
  await sponsor.waitForTransactionReceipt({ hash, pollingInterval: 20 })
  return hash
}

beforeAll(async () => {
  node = await startAnvil({ extraArgs: ['--hardfork', 'prague'] })
  const sponsor = devWallet(node.url, 0)
  deployed = await deploy(sponsor, { abi: simple7702.abi as never[], bytecode: simple7702.bytecode })
  const code = await sponsor.getCode({ address: deployed })
  await node.request('anvil_setCode', [CANONICAL, code])
  toKnown = await delegate(sponsor, devWallet(node.url, 1), CANONICAL)
  toUnknown = await delegate(sponsor, devWallet(node.url, 2), deployed)
  // A stale nonce: the node skips the authorization and the transaction still succeeds.
  notEffective = await delegate(sponsor, devWallet(node.url, 3), CANONICAL, 99)
}, 60_000)
afterAll(() => node?.stop())

const delegationOf = async (hash: Hash) => {
  const result = await runCli(['tx', hash, ...localOnly(node.url), '--json'])
  const report = result.json()
  return {
    code: result.code,
    report,
    finding: report.findings.find((f: { code: string }) => f.code === 'tx.delegation'),
  }
}

describe('tx on EIP-7702 (type 4) transactions', () => {
  it('to a known wallet implementation: authority, delegate, chain, nonce, took effect — information, exit 0', async () => {
    const { code, report, finding } = await delegationOf(toKnown)
    expect(report.status).toBe('confirmed')
    expect(finding).toMatchObject({
      severity: 'info',
      guide: 'staying-safe',
      data: {
        authority: devWallet(node.url, 1).account.address.toLowerCase(),
        delegate: CANONICAL,
        chainId: 31337,
        nonce: 0,
        tookEffect: true,
        revocation: false,
        knownImplementation: 'eth-infinitism Simple7702Account',
      },
    })
    expect(code).toBe(0)
  })

  it('to a contract no wallet ships: a warning with what to do, exit 1', async () => {
    const { code, finding } = await delegationOf(toUnknown)
    expect(finding).toMatchObject({
      severity: 'warning',
      title: 'EIP-7702: account delegated to an unknown contract',
      data: { delegate: deployed.toLowerCase(), tookEffect: true, knownImplementation: null },
    })
    expect(code).toBe(1)
  })

  it('an authorization the node skipped (stale nonce) is reported as not taken effect', async () => {
    const { finding } = await delegationOf(notEffective)
    expect(finding).toMatchObject({ data: { nonce: 99, tookEffect: false } })
    expect(finding.detail).toMatch(/did not take effect/)
  })

  it('in Japanese', async () => {
    const result = await runCli(['tx', toUnknown, ...localOnly(node.url), '--lang', 'ja'])
    expect(result.stdout).toContain('EIP-7702: アカウントが不明なコントラクトに委任されました')
  })
})
