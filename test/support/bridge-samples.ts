import type { FindingDataMap } from '../../src/findings/registry.js'

type BridgeCode = Extract<keyof FindingDataMap, `bridge.${string}`>

const leg = {
  protocol: 'op-stack' as const,
  direction: 'withdrawal' as const,
  sourceChainId: 10,
  destinationChainId: 1,
  messageId: '0x' + 'ab'.repeat(32),
}
const token = { address: '0x0000000000000000000000000000000000000000', symbol: 'ETH', decimals: 18 }
const timing = { normalMinSeconds: 604_800, normalMaxSeconds: 691_200, elapsedSeconds: 700_000 }

/** One sample of every bridge finding's data, for the text tests. */
export const bridgeSamples: { [K in BridgeCode]: FindingDataMap[K] } = {
  'bridge.deposit': {
    ...leg,
    token,
    native: true,
    amount: '1000',
    sender: '0x1',
    recipient: '0x2',
    sentAt: '2026-01-01T00:00:00.000Z',
    followed: 'could-not-tell',
    unreadableReason: 'timeout',
    gateway: null,
  },
  'bridge.delivered': {
    ...leg,
    txHash: '0x' + 'cd'.repeat(32),
    blockNumber: '12',
    token,
    native: true,
    sent: '1000',
    received: '990',
    receivedToken: null,
    fee: '10',
    destinationReverted: true,
  },
  'bridge.in-flight': { ...leg, stage: 'challenge-period', ...timing, overdue: true },
  'bridge.action-needed': {
    ...leg,
    action: 'finalize',
    call: {
      chainId: 1,
      contract: '0x5',
      function: 'finalizeWithdrawalTransaction((uint256,address,address,uint256,uint256,bytes))',
      calldata: '0x8c3152e9',
    },
    expiresAt: '2026-02-01T00:00:00.000Z',
    ...timing,
  },
  'bridge.refunded': { ...leg, txHash: '0x' + 'ef'.repeat(32), blockNumber: '3', token, native: true, amount: '1000' },
  'bridge.expired': { ...leg, token, native: true, amount: '1000', expiredAt: null },
  'bridge.unknown-destination': { ...leg },
}
