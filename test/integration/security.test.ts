import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { erc20Abi, parseAbi, parseEther, type Address, type Hex } from 'viem'
import { PERMIT2 } from '../../src/chains/known-spenders.js'
import { hideLogsOf, lieAboutSender, useLiarBeside } from '../support/lies.js'
import { freePort } from '../support/devnode.js'
import { startRpcProxy } from '../support/rpc-proxy.js'
import { localOnly, runCli } from '../support/run-cli.js'
import { ensureTmux, openConversation, shown, type Terminal } from '../support/terminal.js'
import {
  buildSecurityWorld,
  ROUTER02,
  UNIVERSAL_ROUTER,
  OPENSEA_CONDUIT,
  type SecurityWorld,
} from '../support/security-world.js'
import { playScenarios } from '../support/security-scenarios.js'

type Finding = { code: string; severity: string; title: string; detail: string; data: Record<string, any> }
type Report = {
  status: string
  findings: Finding[]
  nextSteps: string[]
  lang: string
  evidence: { rpc: { httpRequests: number; calls: number } }
}

const shipped = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8'))
const validateReport = new Ajv2020({ allErrors: true, strict: false }).compile(shipped)

let world: SecurityWorld
let played: Awaited<ReturnType<typeof playScenarios>>
beforeAll(async () => {
  world = await buildSecurityWorld()
  played = await playScenarios(world)
  // Later, quiet blocks: the scenarios sit in the oldest part of the chain.
  await world.node.request('anvil_mine', ['0x7d0'])
}, 180_000)
afterAll(() => world?.node.stop())

/** `security` on the scenario node, as JSON, checked against the shipped schema. */
async function security(role: Parameters<SecurityWorld['address']>[0], ...extra: string[]) {
  const url = extra[0]?.startsWith('http') ? extra.shift()! : world.node.url
  const result = await runCli(['security', world.address(role), ...localOnly(url), '--json', ...extra])
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
      expect.objectContaining({
        standard: 'erc20',
        amount: world.unit('1000').toString(),
        hashes: [played.approvalDrain],
      }),
    ])
    const open = only(report, 'security.open-approval')
    expect(open.severity).toBe('critical')
    expect(open.data).toMatchObject({
      kind: 'erc20',
      drained: true,
      unlimited: true,
      spender: played.drainer.toLowerCase(),
    })
    expect(codes(report)).not.toContain('security.permit-drain')
    // Next steps in the order support gives them: revoke that approval, then a new wallet.
    expect(report.nextSteps[0]).toMatch(/^Revoke it now: .*0x095ea7b3/)
    expect(report.nextSteps.findIndex((s) => /new recovery phrase/.test(s))).toBeGreaterThan(0)

    await sendCall('approvalVictim', open.data.revoke)
    const left = await world.thief.readContract({
      address: world.token,
      abi: erc20Abi,
      functionName: 'allowance',
      args: [world.address('approvalVictim'), played.drainer],
    })
    expect(left).toBe(0n)
  })

  it('a permit signature drained: permit-drain, the transaction that used the signature, no approval left', async () => {
    const { code, report } = await security('permitVictim')
    expect(code).toBe(1)
    expect(report.status).toBe('compromised')
    const drain = only(report, 'security.permit-drain')
    expect(drain.data).toMatchObject({
      via: 'erc20-permit',
      spender: world.address('thief'),
      signatureUsedIn: played.permitUsed,
      attribution: 'sent-the-transaction',
      drainHashes: [played.permitDrain],
    })
    expect(drain.data.taken[0]).toMatchObject({ amount: world.unit('500').toString(), token: { symbol: 'SUSD' } })
    // The allowance was used up: nothing is left open, and no on-chain approval is blamed.
    expect(codes(report)).not.toContain('security.open-approval')
    expect(codes(report)).not.toContain('security.approval-drain')
  })

  it('a Permit2 signature drained: permit-drain through Permit2; the approval to Permit2 itself is info', async () => {
    const { report } = await security('permit2Victim')
    expect(report.status).toBe('compromised')
    expect(only(report, 'security.permit-drain').data).toMatchObject({
      via: 'permit2-signature-transfer',
      spender: world.address('thief'),
      drainHashes: [played.permit2Drain],
    })
    const toPermit2 = only(report, 'security.open-approval')
    expect(toPermit2.severity).toBe('info')
    expect(toPermit2.data).toMatchObject({ spender: PERMIT2, spenderName: 'Uniswap Permit2', drained: false })
    expect(codes(report)).not.toContain('security.approval-drain')
  })

  it('a Permit2 signature spent by the thief own contract (no Permit2 event): permit-drain, never an approval drain', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sd-sec-permit2-')), 'evidence.json')
    const { code, report } = await security('permit2ContractVictim', '--evidence-out', file)
    // Seen in the call trace: the thief's contract called Permit2's permitTransferFrom.
    expect(JSON.parse(readFileSync(file, 'utf8')).chains[0].permit2Routes).toEqual([
      { hash: played.permit2ContractDrain, caller: played.permit2Drainer.toLowerCase(), seenBy: 'trace' },
    ])
    expect(code).toBe(1)
    expect(report.status).toBe('compromised')
    expect(only(report, 'security.permit-drain').data).toMatchObject({
      via: 'permit2-signature-transfer',
      spender: played.permit2Drainer.toLowerCase(),
      attribution: 'called-contract',
      drainHashes: [played.permit2ContractDrain],
      signatureUsedIn: played.permit2ContractDrain,
    })
    expect(codes(report)).not.toContain('security.approval-drain')
    // The approval of the token to Permit2 is infrastructure: listed as info, not blamed.
    expect(only(report, 'security.open-approval')).toMatchObject({
      severity: 'info',
      data: { spender: PERMIT2, drained: false },
    })
  })

  it('the same Permit2 drain on an endpoint without traces: seen from the owner Permit2 nonce bit set in that block', async () => {
    const noTrace = await startRpcProxy({
      target: world.node.url,
      intercept: (call) =>
        call.method === 'debug_traceTransaction'
          ? {
              jsonrpc: '2.0',
              id: call.id,
              error: { code: -32601, message: 'the method debug_traceTransaction does not exist' },
            }
          : undefined,
    })
    try {
      const file = join(mkdtempSync(join(tmpdir(), 'sd-sec-permit2-')), 'evidence.json')
      const { report } = await security('permit2ContractVictim', noTrace.url, '--evidence-out', file)
      expect(JSON.parse(readFileSync(file, 'utf8')).chains[0].permit2Routes).toEqual([
        { hash: played.permit2ContractDrain, caller: null, seenBy: 'nonce-bitmap' },
      ])
      expect(report.status).toBe('compromised')
      expect(only(report, 'security.permit-drain').data).toMatchObject({
        via: 'permit2-signature-transfer',
        spender: played.permit2Drainer.toLowerCase(),
        attribution: 'called-contract',
        drainHashes: [played.permit2ContractDrain],
      })
      expect(codes(report)).not.toContain('security.approval-drain')
    } finally {
      await noTrace.stop()
    }
  })

  it('an NFT collection taken via setApprovalForAll: token ids and ERC-1155 amounts; the revoke call works', async () => {
    const { report } = await security('nftVictim')
    expect(report.status).toBe('compromised')
    const drains = report.findings.filter((f) => f.code === 'security.approval-drain')
    expect(drains.map((d) => d.data.via)).toEqual(['set-approval-for-all', 'set-approval-for-all'])
    const taken = drains.flatMap((d) => d.data.taken)
    expect(taken).toContainEqual(
      expect.objectContaining({ standard: 'erc721', tokenIds: ['1', '2', '3'], hashes: [played.nftDrain] }),
    )
    expect(taken).toContainEqual(
      expect.objectContaining({ standard: 'erc1155', tokenIds: ['7'], amount: '10', hashes: [played.multiDrain] }),
    )
    expect(drains.find((d) => d.data.taken[0].standard === 'erc721')!.data.approvalTx).toBe(
      played.approveAllCollectible,
    )
    const open = report.findings.filter((f) => f.code === 'security.open-approval')
    expect(open.map((f) => [f.severity, f.data.kind, f.data.drained])).toEqual([
      ['critical', 'approval-for-all', true],
      ['critical', 'approval-for-all', true],
    ])
    const collection = open.find((f) => f.data.token.address === world.collectible.toLowerCase())!
    await sendCall('nftVictim', collection.data.revoke)
    const still = await world.thief.readContract({
      address: world.collectible,
      abi: parseAbi(['function isApprovedForAll(address, address) view returns (bool)']),
      functionName: 'isApprovedForAll',
      args: [world.address('nftVictim'), played.drainer],
    })
    expect(still).toBe(false)
  })
})

describe("security: no one is named on one endpoint's word", () => {
  // A lying endpoint in front of the same node: every answer passed on, except the drain
  // transaction's sender, which it says is someone else (the lie that would accuse another address).
  const framed: Address = '0x000000000000000000000000000000000000fa11'
  let liar: Awaited<ReturnType<typeof startRpcProxy>>
  let honest: Awaited<ReturnType<typeof startRpcProxy>>
  beforeAll(async () => {
    ;[liar, honest] = await Promise.all([
      startRpcProxy({
        target: world.node.url,
        rewrite: lieAboutSender(played.approvalDrain, framed),
      }),
      startRpcProxy({ target: world.node.url }),
    ])
  })
  afterAll(async () => {
    await Promise.all([liar?.stop(), honest?.stop()])
  })

  /** `security` through the given endpoints, all of chain 1, as JSON. */
  const through = async (...urls: string[]) => {
    const result = await runCli(['security', world.address('approvalVictim'), ...localOnly(...urls), '--json'])
    const report = result.json() as Report
    expect(validateReport(report), JSON.stringify(validateReport.errors?.slice(0, 3))).toBe(true)
    return { code: result.code, report }
  }

  it('two honest endpoints, each asked of the drain: they agree, and the spender is named', async () => {
    const { report } = await through(world.node.url, honest.url)
    expect(only(report, 'security.approval-drain').data).toMatchObject({
      spender: played.drainer.toLowerCase(),
      attribution: 'called-contract',
    })
    expect(codes(report)).not.toContain('rpc.disagreement')
  }, 60_000)

  it('one says another address sent it: still compromised, no one named, both answers shown — in either order', async () => {
    for (const order of [
      [world.node.url, liar.url],
      [liar.url, world.node.url],
    ]) {
      const { code, report } = await through(...order)
      expect(code).toBe(1)
      expect(report.status).toBe('compromised')
      const drain = only(report, 'security.approval-drain')
      expect(drain).toMatchObject({
        severity: 'critical',
        data: { spender: null, attribution: 'disputed', drainHashes: [played.approvalDrain] },
      })
      expect(drain.detail).not.toContain(played.drainer.toLowerCase())
      expect(drain.detail).not.toContain(framed)
      const disagreement = only(report, 'rpc.disagreement')
      expect(disagreement.data).toMatchObject({ chainId: 1, fact: 'drain' })
      expect(disagreement.data.answers.map((a: { endpoint: string }) => a.endpoint).sort()).toEqual(
        [world.node.url, liar.url].sort(),
      )
      expect(JSON.stringify(disagreement.data.answers)).toContain(framed)
    }
  }, 60_000)

  it('a sweep one endpoint says someone else sent: the key is still called compromised, marked disputed, both answers shown', async () => {
    const sweep = played.nativeSweeps[0]!
    const sweepLiar = await startRpcProxy({
      target: world.node.url,
      rewrite: lieAboutSender(sweep, framed),
    })
    try {
      const runs = await Promise.all(
        [world.node.url, honest.url, sweepLiar.url].map(async (second) => {
          const result = await runCli([
            'security',
            world.address('nativeSweptVictim'),
            ...localOnly(world.node.url, second),
            '--json',
          ])
          return result.json() as Report
        }),
      )
      const [, agreeing, lied] = runs as [Report, Report, Report]
      expect(only(agreeing, 'security.sweeper').data.disputed).toBe(false)
      expect(codes(agreeing)).not.toContain('rpc.disagreement')
      expect(lied.status).toBe('compromised')
      const sweeper = only(lied, 'security.sweeper')
      expect(sweeper).toMatchObject({ severity: 'critical', data: { disputed: true } })
      expect(sweeper.detail).toContain('block explorer before you act')
      const disagreement = only(lied, 'rpc.disagreement')
      expect(disagreement.data).toMatchObject({ fact: 'drain' })
      expect(JSON.stringify(disagreement.data.answers)).toContain(sweep)
    } finally {
      await sweepLiar.stop()
    }
  }, 90_000)
})

describe('security: an endpoint that does not answer', () => {
  it('is said once, however many reads it was asked for side by side', async () => {
    const dead = `http://127.0.0.1:${await freePort()}`
    const result = await runCli([
      'security',
      world.address('approvalVictim'),
      ...localOnly(world.node.url, dead),
      '--json',
    ])
    const report = result.json() as Report
    expect(report.status).toBe('compromised')
    const unreachable = report.findings.filter((f) => f.code === 'rpc.unreachable')
    expect(unreachable.map((f) => f.data.endpoint)).toEqual([dead])
  }, 60_000)
})

describe("security: nothing is said on one endpoint's logs", () => {
  // A lying endpoint in front of the same node hides the drain's logs: its story is an open approval
  // and nothing taken. Asked on its own beside an honest endpoint, its logs are not the same.
  const { liar, honest } = useLiarBeside(
    () => world.node.url,
    // The drain is played in the file's beforeAll, after this block is declared.
    (call, answer) => hideLogsOf(played.approvalDrain)(call, answer),
  )

  it('two honest endpoints return the same logs: the findings as with one', async () => {
    const { code, report } = await security('approvalVictim', world.node.url, '--rpc', honest().url)
    expect(code).toBe(1)
    expect(report.status).toBe('compromised')
    expect(codes(report)).not.toContain('rpc.disagreement')
  }, 60_000)

  it('one hides the drain only from the first read, not when asked on its own: caught all the same', async () => {
    // The search's first read asks up to the head; the side-by-side one stops two blocks below it.
    const head = await world.node.request('eth_blockNumber', [])
    const twoFaced = await startRpcProxy({
      target: world.node.url,
      rewrite: (call, answer) => {
        const [filter] = (call.params ?? []) as [{ toBlock?: string }?]
        return filter?.toBlock === head ? hideLogsOf(played.approvalDrain)(call, answer) : answer
      },
    })
    try {
      const result = await runCli([
        'security',
        world.address('approvalVictim'),
        ...localOnly(twoFaced.url, honest().url),
        '--json',
      ])
      const report = result.json() as Report
      expect(result.code).toBe(3)
      expect(report.status).toBe('undetermined')
      const disagreement = only(report, 'rpc.disagreement')
      expect(disagreement.data.fact).toBe('logs')
      const endpoints = disagreement.data.answers.map((a: { endpoint: string | null }) => a.endpoint)
      expect(endpoints).toContain(null)
      expect(endpoints).toEqual(expect.arrayContaining([twoFaced.url, honest().url]))
    } finally {
      await twoFaced.stop()
    }
  }, 60_000)

  it("one hides the coin the owner's key sent (its past nonces say nothing was sent): undetermined, exit 3, both answers shown", async () => {
    const hider = await startRpcProxy({
      target: world.node.url,
      rewrite: (call, answer) => {
        const [, block] = (call.params ?? []) as [unknown, string?]
        return call.method === 'eth_getTransactionCount' && block !== 'latest' && block !== 'pending'
          ? { ...answer, result: '0x0' }
          : answer
      },
    })
    try {
      for (const order of [
        [world.node.url, hider.url],
        [hider.url, world.node.url],
      ]) {
        const result = await runCli(['security', world.address('nativeSweptVictim'), ...localOnly(...order), '--json'])
        const report = result.json() as Report
        expect(validateReport(report), JSON.stringify(validateReport.errors?.slice(0, 3))).toBe(true)
        expect(result.code).toBe(3)
        expect(report.status).toBe('undetermined')
        expect(codes(report)).not.toContain('security.sweeper')
        const disagreement = only(report, 'rpc.disagreement')
        expect(disagreement).toMatchObject({ severity: 'critical', data: { chainId: 1, fact: 'coin' } })
        const ends = disagreement.data.answers.map((a: { reading: { endNonce: number } }) => a.reading.endNonce)
        expect(ends).toContain(0)
        expect(Math.max(...ends)).toBeGreaterThan(0)
      }
    } finally {
      await hider.stop()
    }
  }, 90_000)

  it('one hides the drain: no finding from either story — undetermined, exit 3, who returned what — in either order', async () => {
    for (const order of [
      [liar().url, world.node.url],
      [world.node.url, liar().url],
    ]) {
      const result = await runCli(['security', world.address('approvalVictim'), ...localOnly(...order), '--json'])
      const report = result.json() as Report
      expect(validateReport(report), JSON.stringify(validateReport.errors?.slice(0, 3))).toBe(true)
      expect(result.code).toBe(3)
      expect(report.status).toBe('undetermined')
      expect(codes(report)).toEqual(['rpc.disagreement', 'security.searched'])
      const disagreement = only(report, 'rpc.disagreement')
      expect(disagreement).toMatchObject({ severity: 'critical', data: { chainId: 1, fact: 'logs' } })
      const counts = disagreement.data.answers.map((a: { reading: { count: number } }) => a.reading.count)
      expect(new Set(counts).size).toBe(2)
    }
  }, 90_000)
})

describe('security: who holds the key', () => {
  it('an EIP-7702 sweeper delegation: the delegate, the type-4 transaction and its sponsor, what it forwarded', async () => {
    const { code, report } = await security('delegatedVictim')
    expect(code).toBe(1)
    expect(report.status).toBe('compromised')
    const delegated = only(report, 'security.delegated')
    expect(delegated.severity).toBe('critical')
    expect(delegated.data).toMatchObject({
      delegate: played.delegate.toLowerCase(),
      setIn: played.delegation,
      setBy: world.address('thief'),
      forwards: true,
    })
    expect(delegated.data.taken[0]).toMatchObject({ amount: world.unit('200').toString(), hashes: [played.forwarded] })
    // The ETH its receive() passed on inside the deposit: no log, seen by tracing the deposit.
    expect(delegated.data.taken).toContainEqual(
      expect.objectContaining({
        standard: 'native',
        token: expect.objectContaining({ symbol: 'ETH', decimals: 18 }),
        amount: parseEther('2').toString(),
        to: [world.address('thief')],
        hashes: [played.ethForwarded],
      }),
    )
    expect(delegated.data.nativeLeft).toEqual([])
    expect(codes(report)).not.toContain('security.approval-drain')
  })

  it('a 7702 delegate forwarding ETH, on an endpoint without traces: seen from balance and nonce around the deposit', async () => {
    const noTrace = await startRpcProxy({
      target: world.node.url,
      intercept: (call) =>
        call.method === 'debug_traceTransaction'
          ? {
              jsonrpc: '2.0',
              id: call.id,
              error: { code: -32601, message: 'the method debug_traceTransaction does not exist' },
            }
          : undefined,
    })
    try {
      const { report } = await security('delegatedVictim', noTrace.url)
      expect(report.status).toBe('compromised')
      const delegated = only(report, 'security.delegated')
      expect(delegated.data.forwards).toBe(true)
      expect(delegated.data.nativeLeft).toEqual([
        expect.objectContaining({ amount: parseEther('2').toString(), depositHashes: [played.ethForwarded] }),
      ])
      expect(delegated.data.taken.map((t: { standard: string }) => t.standard)).toEqual(['erc20'])
      expect(delegated.detail).toContain(played.ethForwarded)
    } finally {
      await noTrace.stop()
    }
  })

  it('a compromised key sweeping each native ETH deposit: read from blocks where balance or nonce changed', async () => {
    const { code, report } = await security('nativeSweptVictim')
    expect(code).toBe(1)
    expect(report.status).toBe('compromised')
    const sweeper = only(report, 'security.sweeper')
    expect(sweeper.data.destinations).toEqual([world.address('thief')])
    expect(sweeper.data.deposits.map((d: { hash: string }) => d.hash)).toEqual(played.nativeDeposits)
    expect(sweeper.data.sweeps.map((s: { hash: string }) => s.hash)).toEqual(played.nativeSweeps)
    expect(sweeper.data.sweeps[0]).toMatchObject({
      amount: parseEther('1').toString(),
      token: { symbol: 'ETH', decimals: 18 },
    })
    expect(only(report, 'security.searched').data).toMatchObject({ native: 'read', nativeTruncated: false })
    expect(codes(report).filter((c) => c.endsWith('-drain'))).toEqual([])
  })

  it('an endpoint without past state: native coin not read, said so, and no sweep claimed', async () => {
    const pruned = await startRpcProxy({
      target: world.node.url,
      intercept: (call) => {
        const tag = call.params?.[1]
        return (call.method === 'eth_getBalance' || call.method === 'eth_getTransactionCount') &&
          typeof tag === 'string' &&
          tag.startsWith('0x')
          ? { jsonrpc: '2.0', id: call.id, error: { code: -32000, message: 'missing trie node' } }
          : undefined
      },
    })
    try {
      const { report } = await security('nativeSweptVictim', pruned.url)
      expect(only(report, 'security.searched').data.native).toBe('no-archive')
      expect(only(report, 'security.searched').detail).toMatch(/archive endpoint is needed/)
      expect(codes(report)).not.toContain('security.sweeper')
    } finally {
      await pruned.stop()
    }
  })

  it('a compromised key sweeping each deposit: deposits, sweeps and the destination', async () => {
    const { report } = await security('leakedKeyVictim')
    expect(report.status).toBe('compromised')
    const sweeper = only(report, 'security.sweeper')
    expect(sweeper.data.destinations).toEqual([world.address('thief')])
    expect(sweeper.data.sweeps.map((s: { hash: string }) => s.hash)).toEqual(played.sweeps)
    expect(sweeper.data.deposits).toHaveLength(2)
    // Signed by the owner's key: never called an approval drain.
    expect(codes(report).filter((c) => c.endsWith('-drain'))).toEqual([])
    expect(report.nextSteps[0]).toMatch(/Stop sending funds/)
  })
})

describe('security: what only the owner can tell', () => {
  it('emptied in one go by the owner own key: said as signed by your key, at-risk, never called a drain', async () => {
    const { code, report } = await security('emptiedByKey')
    expect(code).toBe(1)
    expect(report.status).toBe('at-risk')
    const outflow = only(report, 'security.own-key-outflow')
    expect(outflow.severity).toBe('warning')
    expect(outflow.data.disputed).toBe(false)
    expect(outflow.data.taken).toEqual([
      expect.objectContaining({
        amount: world.unit('750').toString(),
        to: [world.address('thief')],
        hashes: [played.emptied],
      }),
    ])
    expect(codes(report).filter((c) => c.endsWith('-drain') || c === 'security.sweeper')).toEqual([])
    expect(outflow.title).toBe('Emptied by transactions signed with your key')
  })
})

describe('security: traps that take nothing by themselves', () => {
  it('address poisoning, not paid: a warning, at-risk, both addresses aligned', async () => {
    const { code, report } = await security('poisonedVictim')
    expect(code).toBe(1)
    expect(report.status).toBe('at-risk')
    const poisoning = only(report, 'security.address-poisoning')
    expect(poisoning.severity).toBe('warning')
    expect(poisoning.data).toMatchObject({
      lookalike: played.exchangeLookalike,
      genuine: world.address('exchange'),
      form: 'dust-in',
      seenIn: [played.dust],
      paid: [],
    })
    expect(poisoning.detail).toContain(played.exchangeLookalike)
    expect(poisoning.data.marks.trim()).toMatch(/^\^+$/)
  })

  it('address poisoning, then paid: critical, the payment named, yet the wallet is at-risk and not compromised', async () => {
    const { report } = await security('poisonedPayer')
    expect(report.status).toBe('at-risk')
    const poisoning = only(report, 'security.address-poisoning')
    expect(poisoning.severity).toBe('critical')
    expect(poisoning.data).toMatchObject({
      lookalike: played.friendLookalike,
      form: 'fake-out',
      seenIn: [played.fakeOut],
    })
    expect(poisoning.data.paid[0]).toMatchObject({
      amount: world.unit('50').toString(),
      hashes: [played.paidLookalike],
    })
    // The scam's zero-value transferFrom is not a drain.
    expect(codes(report).filter((c) => c.endsWith('-drain'))).toEqual([])
  })

  it('address poisoning, then paid in native ETH: critical, the ETH payment named', async () => {
    const { code, report } = await security('nativePoisoned')
    expect(code).toBe(1)
    expect(report.status).toBe('at-risk')
    const poisoning = only(report, 'security.address-poisoning')
    expect(poisoning.severity).toBe('critical')
    expect(poisoning.data).toMatchObject({
      lookalike: played.exchangeLookalike,
      genuine: world.address('exchange'),
      form: 'dust-in',
      seenIn: [played.nativeDust],
    })
    expect(poisoning.data.paid).toEqual([
      expect.objectContaining({
        standard: 'native',
        amount: parseEther('0.5').toString(),
        hashes: [played.paidLookalikeNative],
      }),
    ])
    expect(poisoning.detail).toContain('0.5 ETH')
  })

  it('a healthy, busy wallet with approvals to known routers: no drain, nothing critical; its Permit2 revoke works', async () => {
    const { code, report } = await security('busy')
    expect(['clean', 'at-risk']).toContain(report.status)
    expect(code).toBe(report.status === 'clean' ? 0 : 1)
    expect(report.findings.filter((f) => f.severity === 'critical')).toEqual([])
    // Batched: the chain id, the head and code, the logs, then everything else in one more round;
    // beside them native coin bisects balance and nonce at past heights, one batch a level (about
    // log2 of the blocks searched), then reads the changed blocks and their receipts.
    const searched = only(report, 'security.searched').data
    const levels = Math.ceil(Math.log2(Number(searched.toBlock) - Number(searched.fromBlock) + 2))
    console.error(
      `busy: ${report.evidence.rpc.httpRequests} requests, ${report.evidence.rpc.calls} calls, ${levels} levels`,
    )
    expect(report.evidence.rpc.httpRequests).toBeLessThanOrEqual(5 + levels + 3)
    expect(codes(report).filter((c) => !['security.open-approval', 'security.searched'].includes(c))).toEqual([])
    const bySpender = (spender: string) => report.findings.find((f) => f.data.spender === spender.toLowerCase())!
    expect(bySpender(ROUTER02)).toMatchObject({ severity: 'info', data: { spenderName: 'Uniswap V2 Router02' } })
    expect(bySpender(OPENSEA_CONDUIT)).toMatchObject({ severity: 'info', data: { kind: 'approval-for-all' } })
    const viaPermit2 = bySpender(UNIVERSAL_ROUTER)
    expect(viaPermit2.data).toMatchObject({ kind: 'permit2', amount: world.unit('1000').toString(), unlimited: false })
    expect(Number(viaPermit2.data.expiration)).toBeGreaterThan(Date.now() / 1000)
    expect(viaPermit2.data.revoke.contract).toBe(PERMIT2)

    await sendCall('busy', viaPermit2.data.revoke)
    const [amount] = await world.thief.readContract({
      address: PERMIT2,
      abi: parseAbi(['function allowance(address, address, address) view returns (uint160, uint48, uint48)']),
      functionName: 'allowance',
      args: [world.address('busy'), world.token, UNIVERSAL_ROUTER],
    })
    expect(amount).toBe(0n)

    // The single-token ERC-721 approval, confirmed by getApproved, with approve(0x0, tokenId) to revoke it.
    const single = report.findings.find((f) => f.code === 'security.open-approval' && f.data.kind === 'erc721')!
    expect(single).toMatchObject({
      severity: 'info',
      data: { tokenId: '11', spender: world.multi.toLowerCase(), unlimited: false, amount: '1' },
    })
    expect(single.data.token.address).toBe(world.collectible.toLowerCase())
    expect(single.data.revoke).toMatchObject({ contract: world.collectible.toLowerCase() })
    expect(single.data.revoke.calldata).toMatch(/^0x095ea7b30{64}0{62}0b$/)
    const nft = parseAbi(['function getApproved(uint256) view returns (address)'])
    const approvedBefore = await world.thief.readContract({
      address: world.collectible,
      abi: nft,
      functionName: 'getApproved',
      args: [11n],
    })
    expect(approvedBefore.toLowerCase()).toBe(world.multi.toLowerCase())
    await sendCall('busy', single.data.revoke)
    const approvedAfter = await world.thief.readContract({
      address: world.collectible,
      abi: nft,
      functionName: 'getApproved',
      args: [11n],
    })
    expect(approvedAfter).toBe('0x0000000000000000000000000000000000000000')
    const again = await security('busy')
    expect(again.report.findings.filter((f) => f.data.kind === 'erc721')).toEqual([])
  })
})

describe('security: evidence for support to replay', () => {
  it('--evidence-out writes the evidence; --from-evidence replays it offline to the same report', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sd-sec-evidence-')), 'evidence.json')
    const live = await security('approvalVictim', '--evidence-out', file)
    const saved = JSON.parse(readFileSync(file, 'utf8'))
    expect(saved).toMatchObject({ kind: 'security', address: world.address('approvalVictim') })
    const replay = await runCli([
      'security',
      world.address('approvalVictim'),
      '--from-evidence',
      file,
      '--json',
      '--no-public-rpc',
    ])
    expect(replay.code).toBe(live.code)
    const replayed = replay.json() as Report
    expect(validateReport(replayed)).toBe(true)
    expect(replayed.status).toBe(live.report.status)
    expect(replayed.findings).toEqual(live.report.findings)
    expect(replayed.nextSteps).toEqual(live.report.nextSteps)
    // Another address's evidence is refused (exit 2), not diagnosed as this one.
    const other = await runCli([
      'security',
      world.address('busy'),
      '--from-evidence',
      file,
      '--json',
      '--no-public-rpc',
    ])
    expect(other.code).toBe(2)
  })
})

describe('security: in Japanese, as text, and on a limited endpoint', () => {
  it.each([
    ['approvalVictim', 'compromised'],
    ['permitVictim', 'compromised'],
    ['permit2Victim', 'compromised'],
    ['permit2ContractVictim', 'compromised'],
    ['nftVictim', 'compromised'],
    ['delegatedVictim', 'compromised'],
    ['leakedKeyVictim', 'compromised'],
    ['poisonedVictim', 'at-risk'],
    ['poisonedPayer', 'at-risk'],
    ['busy', 'clean'],
    ['emptiedByKey', 'at-risk'],
    ['nativeSweptVictim', 'compromised'],
    ['nativePoisoned', 'at-risk'],
  ] as const)('%s in Japanese: the same status and findings, in Japanese', async (role, status) => {
    const { report } = await security(role, '--lang', 'ja')
    expect(report.lang).toBe('ja')
    expect(report.status).toBe(status)
    for (const f of report.findings.filter((f) => f.code.startsWith('security.'))) {
      expect(f.title, f.code).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/)
    }
    expect(report.nextSteps.join('\n')).toMatch(/[\u3040-\u30ff]/)
  })

  it('as text: the story with its transaction hashes (read from the chain, so not redacted), exit 1', async () => {
    const result = await runCli(['security', world.address('approvalVictim'), ...localOnly(world.node.url)])
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('Taken with an approval you gave')
    expect(result.stdout).toContain(played.approvalDrain)
    expect(result.stdout).not.toMatch(/redacted/)
    const ja = await runCli([
      'security',
      world.address('leakedKeyVictim'),
      ...localOnly(world.node.url),
      '--lang',
      'ja',
      '--format',
      'markdown',
    ])
    expect(ja.stdout).toContain('鍵が漏れています')
    expect(ja.stdout).toContain(played.sweeps[0])
  })

  it('an endpoint that refuses wide log ranges: halved, and the report says which blocks it covers', async () => {
    const narrow = await startRpcProxy({
      target: world.node.url,
      intercept: (call) => {
        if (call.method !== 'eth_getLogs') return undefined
        const { fromBlock, toBlock } = (call.params?.[0] ?? {}) as { fromBlock: string; toBlock: string }
        return BigInt(toBlock) - BigInt(fromBlock) > 1000n
          ? { jsonrpc: '2.0', id: call.id, error: { code: -32005, message: 'query exceeds max block range 1000' } }
          : undefined
      },
    })
    try {
      const { report } = await security('approvalVictim', narrow.url, '--blocks', '5000')
      const searched = only(report, 'security.searched')
      expect(searched.data.narrowed).toBe(true)
      expect(BigInt(searched.data.toBlock) - BigInt(searched.data.fromBlock)).toBeLessThanOrEqual(1000n)
      // The drain is older than what this endpoint let us read: not found, and not claimed.
      expect(codes(report)).not.toContain('security.approval-drain')
      expect(report.status).toBe('clean')
    } finally {
      await narrow.stop()
    }
  })
})

/** A person at a terminal, with a config that points at the scenario node only. */
function talk(): Terminal {
  const dir = mkdtempSync(join(tmpdir(), 'sd-drained-'))
  writeFileSync(
    join(dir, '.support-doctorrc.json'),
    JSON.stringify({ publicRpc: false, rpc: { '1': [world.node.url] } }),
  )
  return openConversation(dir)
}

describe('the conversation: "I think my wallet was drained or hacked"', () => {
  beforeAll(() => ensureTmux())

  it('in English: a leaked key sweeping deposits, from the conversation', async () => {
    const terminal = talk()
    try {
      await shown(terminal, /Language \/ 言語/)
      terminal.keys('Enter')
      await shown(terminal, /What is the problem\?/)
      terminal.keys('Down', 'Down', 'Down', 'Down', 'Down', 'Enter')
      await shown(terminal, /Which wallet or app, and its version\?/)
      terminal.type('MetaMask 12.3')
      terminal.keys('Enter')
      await shown(terminal, /The address of the wallet that was emptied/)
      terminal.type(world.address('leakedKeyVictim'))
      terminal.keys('Enter')
      await shown(terminal, /What have you already tried\?/)
      terminal.keys('Enter')
      const result = await shown(terminal, /What next\?/)
      expect(result).toMatch(/Compromised: someone else moved or can move your funds/)
      expect(result).toMatch(/Your key is compromised: deposits are swept out at once\s+security\.sweeper/)
      expect(result).toMatch(/Read the guide: support-doctor guide wallet-drained/)
      terminal.keys('Up', 'Enter') // Done
      expect(await shown(terminal, /\[exit \d+\]/)).toMatch(/\[exit 1\]/)
    } finally {
      terminal.close()
    }
  })

  it('in Japanese: an NFT collection taken with an approval, from the conversation', async () => {
    const terminal = talk()
    try {
      await shown(terminal, /Language \/ 言語/)
      terminal.keys('Down', 'Enter')
      await shown(terminal, /どんな問題ですか?/)
      terminal.keys('Down', 'Down', 'Down', 'Down', 'Down', 'Enter')
      await shown(terminal, /ウォレットまたはアプリの名前とバージョンは?/)
      terminal.keys('Enter')
      await shown(terminal, /空になったウォレットのアドレス/)
      terminal.type(world.address('nftVictim'))
      terminal.keys('Enter')
      await shown(terminal, /すでに試したことは?/)
      terminal.keys('Enter')
      const result = await shown(terminal, /次はどうしますか?/)
      expect(result).toMatch(/乗っ取り/)
      expect(result).toMatch(/あなたが出した承認を使って持ち出されました\s+security\.approval-drain/)
      expect(result).toMatch(/ガイドを読む: support-doctor guide approvals/)
      terminal.keys('Up', 'Enter') // 終了
      expect(await shown(terminal, /\[exit \d+\]/)).toMatch(/\[exit 1\]/)
    } finally {
      terminal.close()
    }
  })
})
