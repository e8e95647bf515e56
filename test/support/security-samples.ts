import type { FindingDataMap } from '../../src/findings/registry.js'

type SecurityCode = Extract<keyof FindingDataMap, `security.${string}`>

const token = { address: '0x4', symbol: 'USDC', decimals: 6 }
const call = { contract: '0x4', calldata: '0x095ea7b3', call: 'approve(0x3, 0)' }
const taken = [
  { token, standard: 'erc20' as const, amount: '5', tokenIds: [], to: ['0x9'], hashes: ['0xab'] },
  { token, standard: 'erc721' as const, amount: '2', tokenIds: ['1', '2'], to: ['0x9'], hashes: ['0xac'] },
]

/** One sample of every security finding's data, for the text tests. */
export const securitySamples: { [K in SecurityCode]: FindingDataMap[K] } = {
  'security.open-approval': {
    chainId: 1,
    kind: 'permit2',
    token,
    spender: '0x3',
    spenderName: null,
    spenderIsContract: false,
    amount: '1',
    unlimited: false,
    tokenId: null,
    expiration: '1900000000',
    approvedIn: '0xab',
    bySignature: true,
    drained: true,
    revoke: call,
    lockdown: call,
  },
  'security.approval-drain': {
    chainId: 1,
    spender: '0x3',
    spenderName: null,
    attribution: 'only-approval',
    taken,
    drainHashes: ['0xab'],
    via: 'approve',
    approvalTx: '0xaa',
  },
  'security.permit-drain': {
    chainId: 1,
    spender: '0x3',
    spenderName: null,
    attribution: 'sent-the-transaction',
    taken,
    drainHashes: ['0xab'],
    via: 'permit2-signature-transfer',
    signatureUsedIn: '0xab',
  },
  'security.delegated': {
    chainId: 1,
    delegate: '0x5',
    setIn: '0xaa',
    setBy: '0x9',
    setAtBlock: '10',
    forwards: true,
    taken,
    nativeLeft: [{ blockNumber: '12', amount: '1000', token, depositHashes: ['0xab'] }],
  },
  'security.sweeper': {
    chainId: 1,
    destinations: ['0x9'],
    deposits: [{ hash: '0xa1', token, amount: '5', blockNumber: '10', from: '0x2' }],
    sweeps: [{ hash: '0xa2', token, amount: '5', blockNumber: '11', to: '0x9' }],
    disputed: true,
  },
  'security.address-poisoning': {
    chainId: 1,
    lookalike: '0x12340000000000000000000000000000000abcd',
    genuine: '0x1234ffff00000000000000000000000000abcd',
    marks: '      ^^^^',
    form: 'dust-in',
    seenIn: ['0xab'],
    paid: taken,
  },
  'security.own-key-outflow': { chainId: 1, taken, disputed: true },
  'security.searched': {
    chainId: 1,
    fromBlock: '10',
    toBlock: '20',
    narrowed: true,
    logsDropped: 3,
    native: 'no-archive',
    nativeTruncated: true,
  },
}
