import { describe, expect, it } from 'vitest'
import { encodeAbiParameters, encodeEventTopics, parseAbi, type Address, type Hex } from 'viem'
import { PERMIT2 } from '../../src/chains/known-spenders.js'
import { diagnoseSecurity, securityExitCode, securityStatus } from '../../src/diagnose/diagnose-security.js'
import { differenceMarks, looksAlike } from '../../src/diagnose/rules/security/poisoning.js'
import type {
  OutflowReading,
  PlacedLog,
  SecurityChain,
  SecurityEvidence,
  SentBy,
} from '../../src/evidence/security-schema.js'
import { delegateOf } from '../../src/evidence/read-delegation.js'
import { finding } from '../../src/findings/finding.js'
import { findingRegistry } from '../../src/findings/registry.js'
import { digestOfLogs } from '../../src/evidence/endpoint-views.js'
import { findingsEn } from '../../src/i18n/findings-en.js'
import { findingsJa } from '../../src/i18n/findings-ja.js'
import { plainTextContext } from '../support/text-context.js'

// Pure rules over hand-made evidence: the logs are encoded with the real event ABIs.
const OWNER: Address = '0x1111111111111111111111111111111111111111'
const TOKEN: Address = '0x2222222222222222222222222222222222222222'
const SPENDER_A: Address = '0xaaaa00000000000000000000000000000000aaaa'
const SPENDER_B: Address = '0xbbbb00000000000000000000000000000000bbbb'
const THIEF: Address = '0x9999999999999999999999999999999999999999'
const ROUTER: Address = '0x7a250d5630b4cf539739df2c5dacb4c659f2488d'
const events = parseAbi([
  'event Approval(address indexed owner, address indexed spender, uint256 value)',
  'event Transfer(address indexed from, address indexed to, uint256 value)',
  'event Approval(address indexed owner, address indexed token, address indexed spender, uint160 amount, uint48 expiration)',
])
const MAX = 2n ** 256n - 1n

let counter = 0
const hash = (): Hex => `0x${(++counter).toString(16).padStart(64, '0')}`

function log(
  address: Address,
  kind: 'approval' | 'transfer' | 'permit2-approval',
  args: Record<string, unknown>,
  block: bigint,
  tx: Hex,
): PlacedLog {
  const event = kind === 'transfer' ? events[1] : kind === 'approval' ? events[0] : events[2]
  const topics = encodeEventTopics({ abi: [event], args } as never) as Hex[]
  const data =
    kind === 'permit2-approval'
      ? encodeAbiParameters(
          [{ type: 'uint160' }, { type: 'uint48' }],
          [args.amount as bigint, args.expiration as number],
        )
      : encodeAbiParameters([{ type: 'uint256' }], [(args.value as bigint) ?? 0n])
  return { address, topics, data, transactionHash: tx, blockNumber: block, logIndex: 0 }
}

function chain(changes: Partial<SecurityChain>): SecurityChain {
  return {
    chainId: 1,
    head: 100n,
    headTimestamp: 1_000_000n,
    fromBlock: 0n,
    narrowed: false,
    balance: 0n,
    code: '0x',
    delegation: null,
    logs: [],
    logsDropped: 0,
    transactions: [],
    allowances: [],
    contracts: [],
    tokens: [{ address: TOKEN, symbol: 'TKN', name: 'Token', decimals: 6 }],
    tokenBalances: [],
    native: null,
    permit2Routes: [],
    ...changes,
  }
}
const evidence = (c: SecurityChain): SecurityEvidence => ({
  evidenceVersion: 1,
  kind: 'security',
  address: OWNER,
  requestedChainId: null,
  chains: [c],
  unreachableChainIds: [],
  endpointProblems: [],
  gatheredAt: '2026-01-01T00:00:00.000Z',
  rpc: { httpRequests: 0, calls: 0 },
})
const sent = (h: Hex, from: Address, to: Address | null): SentBy => ({
  hash: h,
  from,
  to,
  blockNumber: 1n,
  type: 'eip1559',
})
const codesOf = (e: SecurityEvidence) => diagnoseSecurity(e).findings.map((f) => f.code)

/** No verdict on the endpoints' word (undetermined, exit 3): only who said what, and what was searched. */
const noVerdict = (e: SecurityEvidence) => {
  const result = diagnoseSecurity(e)
  expect(result.status).toBe('undetermined')
  expect(securityExitCode(result)).toBe(3)
  expect(result.findings.map((f) => `${f.code}:${f.severity}`)).toEqual([
    'rpc.disagreement:critical',
    'security.searched:info',
  ])
  return { result, data: findingRegistry['rpc.disagreement'].data.parse(result.findings[0]!.data) }
}

describe('security rules', () => {
  it('two approved spenders and a drain sent by neither: an approval drain with no spender named, never a guess', () => {
    const [a, b, d] = [hash(), hash(), hash()]
    const result = diagnoseSecurity(
      evidence(
        chain({
          logs: [
            log(TOKEN, 'approval', { owner: OWNER, spender: SPENDER_A, value: MAX }, 1n, a),
            log(TOKEN, 'approval', { owner: OWNER, spender: SPENDER_B, value: MAX }, 2n, b),
            log(TOKEN, 'transfer', { from: OWNER, to: THIEF, value: 5n }, 3n, d),
          ],
          transactions: [
            sent(a, OWNER, TOKEN),
            sent(b, OWNER, TOKEN),
            sent(d, THIEF, '0x0000000000000000000000000000000000000001'),
          ],
        }),
      ),
    )
    const drain = result.findings.find((f) => f.code === 'security.approval-drain')!
    expect(drain.data).toMatchObject({ spender: null, attribution: 'unknown', via: 'unknown', approvalTx: null })
    expect(result.status).toBe('compromised')
  })

  it('open approvals: an EOA spender and an unlimited unknown contract warn; a known router and a small allowance are info; an expired Permit2 allowance is not listed', () => {
    const result = diagnoseSecurity(
      evidence(
        chain({
          allowances: [
            { kind: 'erc20', contract: TOKEN, spender: SPENDER_A, amount: 10n },
            { kind: 'erc20', contract: TOKEN, spender: SPENDER_B, amount: MAX },
            { kind: 'erc20', contract: TOKEN, spender: ROUTER, amount: MAX },
            { kind: 'erc20', contract: TOKEN, spender: THIEF, amount: 10n },
            { kind: 'permit2', contract: PERMIT2, token: TOKEN, spender: SPENDER_A, amount: 10n, expiration: 999_999 },
          ],
          contracts: [
            { address: SPENDER_A, isContract: true },
            { address: SPENDER_B, isContract: true },
            { address: ROUTER, isContract: true },
            { address: THIEF, isContract: false },
          ],
        }),
      ),
    )
    const open = result.findings.filter((f) => f.code === 'security.open-approval')
    const severityOf = (spender: string) => open.find((f) => f.data.spender === spender)?.severity
    expect(severityOf(SPENDER_A)).toBe('info')
    expect(severityOf(SPENDER_B)).toBe('warning')
    expect(severityOf(ROUTER)).toBe('info')
    expect(severityOf(THIEF)).toBe('warning')
    expect(open.filter((f) => f.data.kind === 'permit2')).toEqual([])
    expect(result.status).toBe('at-risk')
  })

  it('a Permit2 allowance set in the owner own transaction and then used: approval drain via permit2-approve', () => {
    const [p, a, d] = [hash(), hash(), hash()]
    const codes = codesOf(
      evidence(
        chain({
          logs: [
            log(TOKEN, 'approval', { owner: OWNER, spender: PERMIT2, value: MAX }, 1n, p),
            log(
              PERMIT2,
              'permit2-approval',
              { owner: OWNER, token: TOKEN, spender: SPENDER_A, amount: 50n, expiration: 2_000_000 },
              2n,
              a,
            ),
            log(TOKEN, 'transfer', { from: OWNER, to: THIEF, value: 50n }, 3n, d),
          ],
          transactions: [sent(p, OWNER, TOKEN), sent(a, OWNER, PERMIT2), sent(d, SPENDER_A, PERMIT2)],
        }),
      ),
    )
    expect(codes).toContain('security.approval-drain')
    expect(codes).not.toContain('security.permit-drain')
  })

  it('one deposit forwarded at once is not yet a sweeper; the wallet emptied by its own key is said as such', () => {
    const [i, o] = [hash(), hash()]
    const codes = codesOf(
      evidence(
        chain({
          logs: [
            log(TOKEN, 'transfer', { from: SPENDER_A, to: OWNER, value: 5_000_000n }, 1n, i),
            log(TOKEN, 'transfer', { from: OWNER, to: THIEF, value: 5_000_000n }, 2n, o),
          ],
          transactions: [sent(o, OWNER, TOKEN)],
          tokenBalances: [{ token: TOKEN, balance: 0n }],
        }),
      ),
    )
    expect(codes).not.toContain('security.sweeper')
    expect(codes).toContain('security.own-key-outflow')
  })

  it('lookalikes: the first and last four hex characters, case-insensitive, and a different middle', () => {
    expect(looksAlike('0xABCD000000000000000000000000000000001234', '0xabcd111111111111111111111111111111111234')).toBe(
      true,
    )
    expect(looksAlike('0xabcd000000000000000000000000000000001234', '0xabcd000000000000000000000000000000001234')).toBe(
      false,
    )
    expect(looksAlike('0xabcd000000000000000000000000000000001234', '0xabce000000000000000000000000000000001234')).toBe(
      false,
    )
    expect(differenceMarks('0xab12', '0xab34')).toBe('    ^^')
  })

  it('an EIP-7702 designator is exactly 0xef0100 and an address', () => {
    expect(delegateOf('0xef0100AbCdEf0000000000000000000000000000000001')).toBe(
      '0xabcdef0000000000000000000000000000000001',
    )
    expect(delegateOf('0xef01000000')).toBeNull()
    expect(delegateOf('0x6080')).toBeNull()
  })

  /** What a chain searched with nothing found says: the only finding of a clean address. */
  const searchedAll = () =>
    finding('security.searched', {
      chainId: 1,
      fromBlock: '0',
      toBlock: '1',
      narrowed: false,
      logsDropped: 0,
      native: 'read',
      nativeTruncated: false,
    })

  it('status: a delegation that forwards is compromised; one that does not is at-risk; info only is clean', () => {
    const delegated = (forwards: boolean) =>
      finding(
        'security.delegated',
        {
          chainId: 1,
          delegate: THIEF,
          setIn: null,
          setBy: null,
          setAtBlock: null,
          forwards,
          taken: [],
          nativeLeft: [],
        },
        forwards ? 'critical' : 'warning',
      )
    expect(securityStatus([delegated(true)])).toBe('compromised')
    expect(securityStatus([delegated(false)])).toBe('at-risk')
    expect(securityStatus([searchedAll()])).toBe('clean')
  })

  it('status: nothing found while a --rpc URL never said its network is no verdict; a chain that failed is not', () => {
    const searched = searchedAll()
    const unreachable = (chainId: number | null) =>
      finding('rpc.unreachable', { chainId, endpoint: 'http://127.0.0.1:8545', reason: 'HTTP 500' }, 'warning')
    expect(securityStatus([searched, unreachable(null)])).toBe('undetermined')
    expect(securityExitCode({ status: 'undetermined', chainId: null, findings: [] })).toBe(3)
    expect(securityStatus([searched, unreachable(10)])).toBe('clean')
  })

  it('not drains: a trade filled for the owner (paid back in the same transaction), and an unattributed outflow of a smart account', () => {
    const [a, t] = [hash(), hash()]
    const approvalAndTrade = [
      log(TOKEN, 'approval', { owner: OWNER, spender: SPENDER_A, value: MAX }, 1n, a),
      log(TOKEN, 'transfer', { from: OWNER, to: THIEF, value: 5n }, 2n, t),
    ]
    const filled = codesOf(
      evidence(
        chain({
          logs: [...approvalAndTrade, log(SPENDER_B, 'transfer', { from: THIEF, to: OWNER, value: 7n }, 2n, t)],
          transactions: [sent(a, OWNER, TOKEN), sent(t, THIEF, SPENDER_B)],
        }),
      ),
    )
    expect(filled.filter((c) => c.endsWith('-drain'))).toEqual([])
    const smartAccount = codesOf(
      evidence(
        chain({
          code: '0x6080',
          logs: approvalAndTrade,
          transactions: [sent(a, OWNER, TOKEN), sent(t, THIEF, SPENDER_B)],
        }),
      ),
    )
    expect(smartAccount.filter((c) => c.endsWith('-drain'))).toEqual([])
    // The same outflow from an ordinary account, with that one approval: a drain.
    const eoa = codesOf(
      evidence(chain({ logs: approvalAndTrade, transactions: [sent(a, OWNER, TOKEN), sent(t, THIEF, SPENDER_B)] })),
    )
    expect(eoa).toContain('security.approval-drain')
  })

  it('a delegate forwarding coin, judged from balance and nonce only when no trace was served', () => {
    const deposit = hash()
    const ETH = 10n ** 18n
    const native = (traced: boolean | null, nonceAfter: number) => ({
      read: 'read' as const,
      truncated: false,
      blocks: [{ number: 12n, balanceBefore: 5n * ETH, balanceAfter: 5n * ETH, nonceBefore: 3, nonceAfter }],
      transfers: [
        {
          hash: deposit,
          from: THIEF,
          to: OWNER,
          value: 2n * ETH,
          blockNumber: 12n,
          index: 0,
          status: 'success' as const,
        },
      ],
      traced,
      outflows: [],
    })
    const delegated = (traced: boolean | null, nonceAfter = 3) =>
      diagnoseSecurity(
        evidence(
          chain({
            code: `0xef0100${SPENDER_A.slice(2)}`,
            delegation: { delegate: SPENDER_A, setIn: null },
            native: native(traced, nonceAfter),
          }),
        ),
      ).findings.find((f) => f.code === 'security.delegated')!
    // 2 ETH arrived, the balance did not move, the nonce did not move: the delegate's code sent it on.
    expect(delegated(false).data).toMatchObject({
      forwards: true,
      nativeLeft: [{ blockNumber: '12', amount: (2n * ETH).toString(), depositHashes: [deposit] }],
    })
    expect(delegated(false).severity).toBe('critical')
    // A trace was served and showed no outflow: the trace is believed, not the block's arithmetic.
    expect(delegated(true).data).toMatchObject({ forwards: false, nativeLeft: [] })
    // The owner's nonce moved: an own transaction may have paid it out, so nothing is claimed.
    expect(delegated(false, 4).data).toMatchObject({ forwards: false, nativeLeft: [] })
  })
})

type Said = OutflowReading['receipts'][number]['receipt']

describe('who took the tokens, when the endpoints each say something else', () => {
  const [approve, drain] = [hash(), hash()]
  const receipt = (from: Address, blockNumber = 3n): NonNullable<Said> => ({
    from,
    to: TOKEN,
    status: 'success',
    blockNumber,
    logsDigest: `0x${'5'.repeat(64)}`,
  })

  /** An approved spender that sent the drain itself, and what each endpoint said of the drain. */
  const drained = (...said: [endpoint: string, head: bigint, receipt: Said][]) =>
    evidence(
      chain({
        logs: [
          log(TOKEN, 'approval', { owner: OWNER, spender: SPENDER_A, value: MAX }, 1n, approve),
          log(TOKEN, 'transfer', { from: OWNER, to: THIEF, value: 5n }, 3n, drain),
        ],
        allowances: [{ kind: 'erc20', contract: TOKEN, spender: SPENDER_A, amount: MAX }],
        transactions: [sent(approve, OWNER, TOKEN), sent(drain, SPENDER_A, TOKEN)],
        ...(said.length
          ? {
              outflowReceipts: said.map(([endpoint, head, r]) => ({
                endpoint,
                head,
                receipts: [{ hash: drain, receipt: r }],
              })),
            }
          : {}),
      }),
    )
  const drainOf = (e: SecurityEvidence) =>
    diagnoseSecurity(e).findings.find((f) => f.code === 'security.approval-drain')!

  it('endpoints that agree: the spender is named, as with one endpoint', () => {
    for (const e of [
      drained(),
      drained(['https://a', 100n, receipt(SPENDER_A)], ['https://b', 100n, receipt(SPENDER_A)]),
    ]) {
      expect(drainOf(e).data).toMatchObject({ spender: SPENDER_A, attribution: 'sent-the-transaction' })
      expect(codesOf(e)).not.toContain('rpc.disagreement')
    }
  })

  it('endpoints that differ: still taken (compromised), but no one named, the approval not called drained, and who said what', () => {
    const e = drained(['https://a', 100n, receipt(SPENDER_A)], ['https://b', 100n, receipt(THIEF)])
    const result = diagnoseSecurity(e)
    expect(result.status).toBe('compromised')
    expect(drainOf(e)).toMatchObject({
      severity: 'critical',
      data: {
        spender: null,
        spenderName: null,
        attribution: 'disputed',
        via: 'unknown',
        approvalTx: null,
        drainHashes: [drain],
      },
    })
    const open = result.findings.find((f) => f.code === 'security.open-approval')!
    expect(open.data).toMatchObject({ spender: SPENDER_A, drained: false })
    const disagreement = result.findings.find((f) => f.code === 'rpc.disagreement')!
    expect(disagreement).toMatchObject({ severity: 'warning', data: { chainId: 1, fact: 'drain' } })
    expect((disagreement.data as { answers: { endpoint: string; said: string }[] }).answers).toEqual([
      {
        endpoint: 'https://a',
        said: expect.stringContaining(`${drain} sent by ${SPENDER_A}`),
        reading: expect.objectContaining({ kind: 'outflow', hash: drain, from: SPENDER_A }),
      },
      {
        endpoint: 'https://b',
        said: expect.stringContaining(`${drain} sent by ${THIEF}`),
        reading: expect.objectContaining({ kind: 'outflow', hash: drain, from: THIEF }),
      },
    ])
  })

  it('endpoints that differ only on what the transaction called: disputed (a router there would hide the drain)', () => {
    const e = drained(
      ['https://a', 100n, receipt(SPENDER_A)],
      ['https://b', 100n, { ...receipt(SPENDER_A), to: ROUTER }],
    )
    expect(drainOf(e).data).toMatchObject({ spender: null, attribution: 'disputed' })
  })

  it('one that does not know it: disputed, unless its head is below the block two others put it in', () => {
    const unknownAtHead = drained(['https://a', 100n, receipt(SPENDER_A)], ['https://b', 100n, null])
    expect(drainOf(unknownAtHead).data).toMatchObject({ attribution: 'disputed' })
    const behind = drained(
      ['https://a', 100n, receipt(SPENDER_A)],
      ['https://b', 2n, null],
      ['https://c', 100n, receipt(SPENDER_A)],
    )
    expect(drainOf(behind).data).toMatchObject({ spender: SPENDER_A, attribution: 'sent-the-transaction' })
  })

  it('a lone endpoint that puts the transaction in a far-off block does not silence one that never saw it', () => {
    const farOff = drained(['https://liar', 10n ** 12n, receipt(SPENDER_A, 10n ** 12n)], ['https://b', 100n, null])
    expect(drainOf(farOff).data).toMatchObject({ spender: null, attribution: 'disputed' })
  })
})

describe('a sweeper the endpoints disagree about', () => {
  const FRIEND: Address = '0x3333333333333333333333333333333333333333'
  const [in1, out1, in2, out2] = [hash(), hash(), hash(), hash()]
  const swept = (said?: Said) =>
    evidence(
      chain({
        logs: [
          log(TOKEN, 'transfer', { from: FRIEND, to: OWNER, value: 5n }, 10n, in1),
          log(TOKEN, 'transfer', { from: OWNER, to: THIEF, value: 5n }, 11n, out1),
          log(TOKEN, 'transfer', { from: FRIEND, to: OWNER, value: 7n }, 20n, in2),
          log(TOKEN, 'transfer', { from: OWNER, to: THIEF, value: 7n }, 21n, out2),
        ],
        transactions: [
          sent(in1, FRIEND, TOKEN),
          sent(out1, OWNER, TOKEN),
          sent(in2, FRIEND, TOKEN),
          sent(out2, OWNER, TOKEN),
        ],
        ...(said === undefined
          ? {}
          : {
              outflowReceipts: [
                {
                  endpoint: 'https://a',
                  head: 100n,
                  receipts: [
                    {
                      hash: out1,
                      receipt: {
                        from: OWNER,
                        to: TOKEN,
                        status: 'success',
                        blockNumber: 11n,
                        logsDigest: `0x${'5'.repeat(64)}`,
                      },
                    },
                  ],
                },
                { endpoint: 'https://b', head: 100n, receipts: [{ hash: out1, receipt: said }] },
              ],
            }),
      }),
    )

  it('agreeing or not asked: the key is compromised, not disputed', () => {
    for (const e of [
      swept(),
      swept({ from: OWNER, to: TOKEN, status: 'success', blockNumber: 11n, logsDigest: `0x${'5'.repeat(64)}` }),
    ]) {
      const result = diagnoseSecurity(e)
      expect(result.findings.find((f) => f.code === 'security.sweeper')!.data).toMatchObject({ disputed: false })
      expect(result.findings.map((f) => f.code)).not.toContain('rpc.disagreement')
    }
  })

  it('one endpoint says another sender: still said (compromised, critical), marked disputed, and who said what', () => {
    const result = diagnoseSecurity(
      swept({ from: THIEF, to: TOKEN, status: 'success', blockNumber: 11n, logsDigest: `0x${'5'.repeat(64)}` }),
    )
    expect(result.status).toBe('compromised')
    expect(result.findings.find((f) => f.code === 'security.sweeper')).toMatchObject({
      severity: 'critical',
      data: { disputed: true },
    })
    expect(result.findings.find((f) => f.code === 'rpc.disagreement')!.data).toMatchObject({ fact: 'drain' })
  })
})

describe('any outflow the endpoints disagree about is said to be disputed', () => {
  it('one the first endpoint says the owner sent, another says a stranger sent: rpc.disagreement, whatever the findings make of it', () => {
    const out = hash()
    const said = (from: Address) => ({
      from,
      to: TOKEN,
      status: 'success' as const,
      blockNumber: 11n,
      logsDigest: `0x${'5'.repeat(64)}` as const,
    })
    const result = diagnoseSecurity(
      evidence(
        chain({
          logs: [log(TOKEN, 'transfer', { from: OWNER, to: THIEF, value: 5n }, 11n, out)],
          transactions: [sent(out, OWNER, TOKEN)],
          tokenBalances: [{ token: TOKEN, balance: 0n }],
          outflowReceipts: [
            { endpoint: 'https://a', head: 100n, receipts: [{ hash: out, receipt: said(OWNER) }] },
            { endpoint: 'https://b', head: 100n, receipts: [{ hash: out, receipt: said(THIEF) }] },
          ],
        }),
      ),
    )
    const disagreement = result.findings.find((f) => f.code === 'rpc.disagreement')!
    expect(disagreement).toMatchObject({ severity: 'warning', data: { fact: 'drain', majority: false } })
    expect(JSON.stringify(disagreement.data)).toContain(`${out} sent by ${THIEF}`)
    // The first endpoint's story (the owner's key emptied the wallet) is still told, marked disputed.
    expect(result.findings.find((f) => f.code === 'security.own-key-outflow')!.data).toMatchObject({ disputed: true })
  })
})

describe('the logs every finding rests on, when the endpoints return different ones', () => {
  const approve = hash()
  const open = chain({
    logs: [log(TOKEN, 'approval', { owner: OWNER, spender: SPENDER_A, value: MAX }, 1n, approve)],
    allowances: [{ kind: 'erc20', contract: TOKEN, spender: SPENDER_A, amount: MAX }],
    transactions: [{ hash: approve, from: OWNER, to: TOKEN, blockNumber: 1n, type: 'eip1559' }],
  })
  // What an honest endpoint returns: the same logs as the ones the findings are read from.
  const HONEST = digestOfLogs(open.logs)
  const OTHER: Hex = `0x${'b'.repeat(64)}`
  const read = (endpoint: string, head: bigint, count: number, digest: Hex) => ({
    endpoint,
    head,
    fromBlock: 0n,
    toBlock: 98n,
    count,
    digest,
  })
  const withReadings = (c: SecurityChain, ...ownerLogReadings: ReturnType<typeof read>[]) =>
    evidence({ ...c, ownerLogReadings })

  it('endpoints that return the logs the findings are read from: the findings as with one endpoint', () => {
    const e = withReadings(open, read('https://a', 100n, 1, HONEST), read('https://b', 100n, 1, HONEST))
    const result = diagnoseSecurity(e)
    expect(result.status).toBe('at-risk')
    expect(codesOf(e)).toContain('security.open-approval')
    expect(codesOf(e)).not.toContain('rpc.disagreement')
  })

  it('different logs: no finding from them, not even "clean" — undetermined, exit 3, who said what', () => {
    const empty = chain({})
    for (const [c, digest, count] of [
      [open, HONEST, 1],
      [empty, digestOfLogs([]), 0],
    ] as const) {
      const e = withReadings(
        c,
        read('https://a', 100n, count, digest),
        read('https://b', 100n, 7, OTHER),
        read('https://c', 100n, count, digest),
      )
      const { data } = noVerdict(e)
      expect(data).toMatchObject({ chainId: 1, fact: 'logs', majority: true })
      expect(data.answers.map((a) => a.endpoint)).toEqual([null, 'https://a', 'https://b', 'https://c'])
      expect(data.answers.map((a) => a.reading)).toContainEqual({
        kind: 'logs',
        fromBlock: '0',
        toBlock: '98',
        count: 7,
        digest: OTHER,
      })
      expect(data.answers.map((a) => a.said)).toContain(`7 logs in blocks 0–98 (${OTHER.slice(0, 10)}…)`)
    }
  })

  it('endpoints that agree with each other, not with the logs the findings are read from: no verdict either', () => {
    // The endpoint first asked answered the side-by-side read honestly and the first read otherwise.
    const e = withReadings(open, read('https://a', 100n, 0, OTHER), read('https://b', 100n, 0, OTHER))
    const result = diagnoseSecurity(e)
    expect(result.status).toBe('undetermined')
    const disagreement = result.findings.find((f) => f.code === 'rpc.disagreement')!
    expect(disagreement.data).toMatchObject({ fact: 'logs', majority: true })
    expect(findingsEn['rpc.disagreement'](disagreement.data as never, plainTextContext).detail).toContain(
      'the endpoint first asked said 1 logs',
    )
    expect(findingsJa['rpc.disagreement'](disagreement.data as never, plainTextContext).detail).toContain(
      '最初に問い合わせたエンドポイント の応答:ブロック 0〜98 のログ 1 件',
    )
  })

  it('an endpoint that has not reached the last block asked is not compared', () => {
    const e = withReadings(open, read('https://a', 100n, 1, HONEST), read('https://b', 97n, 0, OTHER))
    expect(codesOf(e)).not.toContain('rpc.disagreement')
    expect(diagnoseSecurity(e).status).toBe('at-risk')
  })

  it('logs left out of the report (too many): only the endpoints are compared with each other', () => {
    const e = withReadings(
      { ...open, logsDropped: 5 },
      read('https://a', 100n, 0, OTHER),
      read('https://b', 100n, 0, OTHER),
    )
    expect(codesOf(e)).not.toContain('rpc.disagreement')
  })

  it('funds taken on another chain still make the address compromised', () => {
    const drain = hash()
    const drainedChain = chain({
      chainId: 10,
      logs: [
        log(TOKEN, 'approval', { owner: OWNER, spender: SPENDER_A, value: MAX }, 1n, approve),
        log(TOKEN, 'transfer', { from: OWNER, to: THIEF, value: 5n }, 3n, drain),
      ],
      allowances: [{ kind: 'erc20', contract: TOKEN, spender: SPENDER_A, amount: MAX }],
      transactions: [
        { hash: approve, from: OWNER, to: TOKEN, blockNumber: 1n, type: 'eip1559' },
        { hash: drain, from: SPENDER_A, to: TOKEN, blockNumber: 3n, type: 'eip1559' },
      ],
    })
    const disputed = {
      ...open,
      ownerLogReadings: [read('https://a', 100n, 1, HONEST), read('https://b', 100n, 0, OTHER)],
    }
    const result = diagnoseSecurity({ ...evidence(disputed), chains: [disputed, drainedChain] })
    expect(result.status).toBe('compromised')
    expect(result.findings.map((f) => f.code)).toContain('rpc.disagreement')
  })
})

describe('the coin history, when the endpoints say other balances or nonces at its ends', () => {
  const coin = (endpoint: string, head: bigint, endNonce: number) => ({
    endpoint,
    head,
    fromBlock: 9n,
    toBlock: 98n,
    start: { balance: 10n ** 18n, nonce: 0 },
    end: { balance: endNonce === 0 ? 10n ** 18n : 0n, nonce: endNonce },
  })
  const approve = hash()
  const open = chain({
    logs: [log(TOKEN, 'approval', { owner: OWNER, spender: SPENDER_A, value: MAX }, 1n, approve)],
    allowances: [{ kind: 'erc20', contract: TOKEN, spender: SPENDER_A, amount: MAX }],
    transactions: [{ hash: approve, from: OWNER, to: TOKEN, blockNumber: 1n, type: 'eip1559' }],
  })

  it('endpoints that agree: the findings as with one endpoint', () => {
    const e = evidence({ ...open, nativeReadings: [coin('https://a', 100n, 2), coin('https://b', 100n, 2)] })
    expect(diagnoseSecurity(e).status).toBe('at-risk')
    expect(codesOf(e)).not.toContain('rpc.disagreement')
  })

  it('one that hides coin sent (a lower nonce, the balance untouched): no finding on their word, undetermined, exit 3', () => {
    const e = evidence({ ...open, nativeReadings: [coin('https://a', 100n, 2), coin('https://b', 100n, 0)] })
    const { result, data } = noVerdict(e)
    expect(data).toMatchObject({ fact: 'coin', majority: false })
    expect(data.answers.map((a) => a.reading)).toContainEqual({
      kind: 'coin',
      fromBlock: '9',
      toBlock: '98',
      startBalance: String(10n ** 18n),
      startNonce: 0,
      endBalance: String(10n ** 18n),
      endNonce: 0,
    })
    expect(findingsJa['rpc.disagreement'](result.findings[0]!.data as never, plainTextContext).title).toContain(
      'コイン残高',
    )
  })

  it('an endpoint that has not reached the last block asked is not compared', () => {
    const e = evidence({ ...open, nativeReadings: [coin('https://a', 100n, 2), coin('https://b', 97n, 0)] })
    expect(codesOf(e)).not.toContain('rpc.disagreement')
  })
})
