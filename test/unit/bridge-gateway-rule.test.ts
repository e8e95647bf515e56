import { describe, expect, it } from 'vitest'
import type { Address } from 'viem'
import { undoL1ToL2Alias } from '../../src/decode/bridges/arbitrum.js'
import { gatewayReading, gatewayVerdict, movedBy } from '../../src/diagnose/rules/bridge-gateway.js'
import { gatewayCheckSchema, type BridgeTrace, type GatewayCheck } from '../../src/evidence/bridge-schema.js'

// Whether an Arbitrum message that reads like a token gateway's transfer is one
// (src/diagnose/rules/bridge-gateway.ts): a pure judgement of what the L1 router and gateway said.

const L1_GATEWAY = '0xa3a7b6f88361f48403514059f1f16c8e78d60eec' as Address
const L2_GATEWAY = '0x09e9222e96e7b4ae2a407b98d48e330053351eee' as Address
const TOKEN = '0x6b175474e89094c44da98b954eedeac495271d0f' as Address
const OTHER = '0x00000000000000000000000000000000000000a2' as Address

const withdrawal = (gateway?: GatewayCheck): BridgeTrace => ({
  deposit: {
    protocol: 'arbitrum',
    direction: 'withdrawal',
    sourceChainId: 42161,
    destinationChainId: 1,
    messageId: '0x01',
    token: TOKEN,
    amount: 5n,
    sender: '0x1111111111111111111111111111111111111111',
    recipient: '0x2222222222222222222222222222222222222222',
    logIndex: 0,
    details: { kind: 'withdrawal', caller: L2_GATEWAY, destination: L1_GATEWAY, callvalue: '7' },
  },
  sentAt: null,
  outcome: { state: 'in-flight', stage: 'confirmation' },
  ...(gateway ? { gateway } : {}),
})
type Said = [routerGateway: Address, counterpart: Address | null]
/** The check as the L1 endpoints answered it: one pair per endpoint that answered (none: no endpoint did). */
const checkSaid = (...said: Said[]): GatewayCheck => ({
  router: '0x72ce9c846789fdb6fc1f34ac4ad25dd9ef7031ef',
  l1Gateway: L1_GATEWAY,
  l2Gateway: L2_GATEWAY,
  readings: said.map(([routerGateway, counterpart], i) => ({
    endpoint: `https://l1-${i}.example`,
    routerGateway,
    counterpart,
  })),
})
const check = (routerGateway: Address, counterpart: Address | null) => checkSaid([routerGateway, counterpart])

describe('a token gateway message, judged', () => {
  it('checked: the router names its L1 end for the token, and that gateway names its L2 end', () => {
    expect(gatewayVerdict(withdrawal(check(L1_GATEWAY, L2_GATEWAY)))).toBe('checked')
  })

  it('not the gateway: the router names another gateway for the token (or none: the zero address)', () => {
    expect(gatewayVerdict(withdrawal(check(OTHER, L2_GATEWAY)))).toBe('not-the-gateway')
    expect(gatewayVerdict(withdrawal(check('0x0000000000000000000000000000000000000000', null)))).toBe(
      'not-the-gateway',
    )
  })

  it('not the gateway: the gateway answers to another L2 counterpart than the sender', () => {
    expect(gatewayVerdict(withdrawal(check(L1_GATEWAY, OTHER)))).toBe('not-the-gateway')
  })

  it('unchecked: no router known, no endpoint answered, or the router’s gateway answering as none — never a verdict either way', () => {
    expect(gatewayVerdict(withdrawal())).toBe('unchecked')
    expect(gatewayVerdict(withdrawal(checkSaid()))).toBe('unchecked')
    expect(gatewayVerdict(withdrawal(check(L1_GATEWAY, null)))).toBe('unchecked')
  })

  it('L1 endpoints that agree: their answer, and no disagreement', () => {
    const agreeing = withdrawal(checkSaid([OTHER, L2_GATEWAY], [OTHER, L2_GATEWAY]))
    expect(gatewayVerdict(agreeing)).toBe('not-the-gateway')
    expect(gatewayReading(agreeing).disagreement).toBeNull()
  })

  it('two L1 endpoints that disagree: no majority, unchecked, and who said what (on the L1 chain)', () => {
    const split = withdrawal(checkSaid([L1_GATEWAY, L2_GATEWAY], [OTHER, L2_GATEWAY]))
    expect(gatewayVerdict(split)).toBe('unchecked')
    expect(gatewayReading(split).disagreement).toMatchObject({
      chainId: 1,
      fact: 'gateway',
      majority: false,
      answers: [
        {
          endpoint: 'https://l1-0.example',
          said: `gateway ${L1_GATEWAY}, counterpart ${L2_GATEWAY}`,
          reading: { kind: 'gateway', gateway: L1_GATEWAY, counterpart: L2_GATEWAY },
        },
        {
          endpoint: 'https://l1-1.example',
          said: `gateway ${OTHER}, counterpart ${L2_GATEWAY}`,
          reading: { kind: 'gateway', gateway: OTHER, counterpart: L2_GATEWAY },
        },
      ],
    })
  })

  it('a majority of L1 endpoints: their answer stands, whichever way it goes, and the disagreement is named', () => {
    const honestMajority = withdrawal(
      checkSaid([OTHER, L2_GATEWAY], [L1_GATEWAY, L2_GATEWAY], [L1_GATEWAY, L2_GATEWAY]),
    )
    expect(gatewayVerdict(honestMajority)).toBe('checked')
    expect(gatewayReading(honestMajority).disagreement).toMatchObject({ majority: true })
    const forgedMajority = withdrawal(checkSaid([L1_GATEWAY, OTHER], [L1_GATEWAY, OTHER], [L1_GATEWAY, L2_GATEWAY]))
    expect(gatewayVerdict(forgedMajority)).toBe('not-the-gateway')
  })

  it('evidence written before the reads were compared (no readings): read back, and unchecked', () => {
    const old = { router: '0x72ce9c846789fdb6fc1f34ac4ad25dd9ef7031ef', l1Gateway: L1_GATEWAY, l2Gateway: L2_GATEWAY }
    const parsed = gatewayCheckSchema.parse({ ...old, routerGateway: L1_GATEWAY, counterpart: L2_GATEWAY })
    expect(parsed.readings).toEqual([])
    expect(gatewayVerdict(withdrawal(parsed))).toBe('unchecked')
  })

  it('no verdict for a transfer that is no gateway message', () => {
    const plain = withdrawal()
    expect(gatewayVerdict({ ...plain, deposit: { ...plain.deposit, token: null } })).toBeNull()
  })

  it('what moves: the call as recognised, or the message itself when it is not the gateway’s', () => {
    const checked = withdrawal(check(L1_GATEWAY, L2_GATEWAY))
    expect(movedBy(checked, 'checked')).toMatchObject({ token: TOKEN, amount: 5n })
    const forged = withdrawal(check(OTHER, L2_GATEWAY))
    expect(movedBy(forged, 'not-the-gateway')).toEqual({
      token: null,
      amount: 7n,
      sender: L2_GATEWAY,
      recipient: L1_GATEWAY,
    })
  })
})

describe("ArbOS's address alias, undone", () => {
  it("gives back the L1 contract behind its L2 alias (Arbitrum One's L1 ERC-20 gateway)", () => {
    // AddressAliasHelper.applyL1ToL2Alias adds 0x1111000000000000000000000000000000001111.
    expect(undoL1ToL2Alias('0xb4b8b6f88361f48403514059f1f16c8e78d61ffd')).toBe(L1_GATEWAY)
  })

  it('wraps around below zero as the contract does (uint160 arithmetic)', () => {
    expect(undoL1ToL2Alias('0x0000000000000000000000000000000000000000')).toBe(
      '0xeeeeffffffffffffffffffffffffffffffffeeef',
    )
  })
})
