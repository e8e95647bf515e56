import { describe, expect, it } from 'vitest'
import { configFromEnvironment } from '../../src/config/environment.js'
import { configSchema } from '../../src/config/schema.js'
import type { FindingCode, FindingDataMap } from '../../src/findings/registry.js'
import { en } from '../../src/i18n/en.js'
import { ja } from '../../src/i18n/ja.js'
import { langFromEnvironment } from '../../src/i18n/detect-lang.js'
import { findingsEn } from '../../src/i18n/findings-en.js'
import { findingsJa } from '../../src/i18n/findings-ja.js'
import { displayWidth, padLabel } from '../../src/ui/text-width.js'
import { bridgeSamples } from '../support/bridge-samples.js'
import { plainTextContext } from '../support/text-context.js'
import { securitySamples } from '../support/security-samples.js'

describe('configuration from the environment', () => {
  it('maps every SUPPORT_DOCTOR_* variable to its config key', () => {
    const { config } = configFromEnvironment({
      SUPPORT_DOCTOR_LANG: 'ja',
      SUPPORT_DOCTOR_PUBLIC_RPC: 'false',
      SUPPORT_DOCTOR_WALLET: 'Rabby',
      SUPPORT_DOCTOR_TIMEOUT_MS: '5000',
      SUPPORT_DOCTOR_REDACT_ADDRESSES: '1',
      SUPPORT_DOCTOR_RPC_1: 'https://a.example, https://b.example',
      SUPPORT_DOCTOR_RPC_BASE: 'https://c.example',
    })
    expect(configSchema().parse(config)).toEqual({
      lang: 'ja',
      publicRpc: false,
      wallet: 'Rabby',
      timeoutMs: 5000,
      redact: { addresses: true },
      rpc: { '1': ['https://a.example', 'https://b.example'], base: ['https://c.example'] },
    })
  })

  it('leaves a bad value for the schema to reject, naming the key', () => {
    const result = configSchema().safeParse(configFromEnvironment({ SUPPORT_DOCTOR_TIMEOUT_MS: 'soon' }).config)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['timeoutMs'])
  })
})

describe('languages', () => {
  it.each([
    [{ LANG: 'ja_JP.UTF-8' }, 'ja'],
    [{ LANG: 'en_US.UTF-8', LC_ALL: 'ja_JP.UTF-8' }, 'ja'],
    [{ LANG: 'ja_JP.UTF-8', LC_ALL: 'C' }, 'en'],
    [{ LC_MESSAGES: 'ja' }, 'ja'],
    [{}, 'en'],
  ])('%j → %s', (env, lang) => {
    expect(langFromEnvironment(env)).toBe(lang)
  })

  it('both catalogs have the same keys, and no message is empty', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort())
    for (const catalog of [en, ja]) {
      for (const [key, message] of Object.entries(catalog)) {
        if (typeof message === 'string') expect(message.length, key).toBeGreaterThan(0)
      }
    }
  })

  it('every finding code has a title, a detail and next steps in both languages', () => {
    expect(Object.keys(findingsJa).sort()).toEqual(Object.keys(findingsEn).sort())
    const token = { address: '0x4', symbol: 'USDC', decimals: 6 }
    const samples: { [K in FindingCode]: FindingDataMap[K] } = {
      'tx.confirmed': { blockNumber: '1', confirmations: 3, gasUsed: '21000', minedAt: null, movedTokens: true },
      'tx.reverted': {
        blockNumber: '1',
        gasUsed: '30000',
        gasLimit: '50000',
        reason: 'UniswapV2: K',
        errorName: 'Error',
        errorSource: 'Uniswap V2',
        category: 'fee-on-transfer',
        revertData: '0x08c379a0',
        decodedFrom: 'trace',
        approximate: false,
        failingContract: '0x2',
        calledContract: 'Uniswap V2 Router02',
        outOfGas: false,
      },
      'tx.deployment-failed': {
        blockNumber: '1',
        gasUsed: '30000',
        gasLimit: '50000',
        reason: 'Ownable: zero owner',
        errorName: 'Error',
        errorSource: null,
        category: null,
        revertData: '0x08c379a0',
        decodedFrom: 'replay',
        approximate: true,
        failingContract: null,
        calledContract: null,
        outOfGas: false,
      },
      'tx.out-of-gas': { gasUsed: '99000', gasLimit: '100000', certain: true, suggestedGasLimit: '150000' },
      'swap.slippage': {
        router: '0x3',
        functionName: 'swapExactETHForTokens',
        mode: 'exact-in',
        tokenIn: token,
        tokenOut: token,
        amountIn: '1',
        amountOut: '2',
        poolQuote: '1',
        shortfallPercent: 50,
        routerName: 'Uniswap V2 Router02',
        protocol: 'v2',
        quoteMethod: 'router',
        slippageToPassPercent: 50.3,
        quoteFarOff: true,
        approximate: false,
      },
      'swap.deadline-expired': {
        router: '0x3',
        routerName: null,
        deadline: '1',
        blockTimestamp: '2',
        lateBySeconds: 1,
        approximate: true,
      },
      'permit2.token-not-approved': {
        token,
        owner: '0x1',
        permit2: '0x000000000022d473030f116ddee9f6b43ac78ba3',
        router: '0x3',
        allowance: '0',
        needed: '5',
        approximate: false,
      },
      'permit2.allowance-insufficient': {
        token,
        owner: '0x1',
        spender: '0x3',
        problem: 'expired',
        amount: '5',
        needed: '5',
        expiration: 10,
        blockTimestamp: '11',
        approximate: false,
      },
      'permit2.permit-invalid': {
        token,
        spender: '0x3',
        problem: 'nonce-used',
        sigDeadline: '20',
        blockTimestamp: '11',
        nonce: 0,
        expectedNonce: 1,
        approximate: false,
      },
      'token.insufficient-allowance': { token, owner: '0x1', spender: '0x3', allowance: '0', needed: '5' },
      'token.insufficient-balance': { token, owner: '0x1', balance: '1', needed: '5' },
      'token.fee-on-transfer': {
        token,
        functionName: 'swapExactTokensForETH',
        supportingFunction: 'swapExactTokensForETHSupportingFeeOnTransferTokens',
        asked: '100',
        received: '99',
        feePercent: 1,
      },
      'token.transfer-found': {
        transactionHash: null,
        chainId: null,
        standard: 'erc20',
        token,
        from: '0x1',
        to: '0x2',
        amount: '1500000',
        formattedAmount: '1.5',
        tokenId: null,
      },
      'token.sent-to-contract': {
        token,
        to: '0x4',
        recipient: 'token-itself',
        contractName: null,
        evidence: null,
        anyoneCanTake: false,
        amount: '1',
        formattedAmount: '0.000001',
      },
      'tx.pending': {
        from: '0x1',
        nonce: 1,
        firstSeenAt: null,
        replacement: { nonce: 1, headroomBlocks: 6, fees: { kind: 'legacy', gasPrice: '1000000000' } },
      },
      'tx.nonce-gap': { from: '0x1', nonce: 4, accountNonce: 2, missingNonces: [2, 3], missingCount: 2 },
      'tx.waiting-behind-earlier': { from: '0x1', nonce: 4, earliestNonce: 2, waitingCount: 2 },
      'tx.fee-cap-below-base-fee': { feeCap: '1', baseFee: '2', behindGap: false },
      'tx.priority-fee-low': { priorityFee: '1', recentLowTip: '2', recentMedianTip: '3' },
      'tx.dropped': { from: '0x1', nonce: 3, source: 'flags', resend: null, nonceConfirmedBy: 1, earliestUnmined: 1 },
      'tx.replaced': { from: '0x1', nonce: 1, replacementHash: null, replacementBlock: null, foundBy: null },
      'tx.not-found': { searchedChainIds: [1], unreachableChainIds: [], requestedChainId: null, unplacedEndpoints: [] },
      'tx.wrong-network': { requestedChainId: 1, foundChainId: 10 },
      'address.account': { chainId: 1, balance: '1500000000000000000', sent: 3, isContract: false },
      'address.unused': { searchedChainIds: [1, 8453] },
      'address.pending-transactions': { chainId: 1, address: '0x1', latest: 3, pending: 5, nonces: [3, 4] },
      'token.held': { chainId: 10, token, balance: '1500000', formattedBalance: '1.5' },
      'token.wrong-network': { token, requestedChainId: 1, heldOnChainIds: [10] },
      'token.no-balance': { token, chainIds: [1], lastOut: { chainId: 1, hash: '0xab', to: '0x2', amount: '5' } },
      'token.not-a-token': { token: '0x4', searchedChainIds: [1, 10] },
      'token.other-form-held': {
        chainId: 42161,
        asked: token,
        held: token,
        balance: '1',
        formattedBalance: '0.000001',
      },
      'rpc.stale': { chainId: 1, endpoint: null, headBlock: '100', ageSeconds: 3600, freshestBlock: null },
      'rpc.disagreement': {
        chainId: 1,
        fact: 'receipt',
        answers: [{ endpoint: 'https://a.example', said: 'no receipt', reading: { kind: 'no-receipt' } }],
        majority: false,
      },
      'tx.mined-no-receipt': { chainId: 1, blockNumber: '21', headBlock: '19' },
      'tx.seen-mined': { chainId: 1, lastStatus: 'confirmed', firstSeenAt: '2026-01-01T00:00:00.000Z' },
      'rpc.unreachable': { chainId: 1, endpoint: 'https://a.example', reason: 'timed out' },
      'rpc.chain-mismatch': { chainId: 1, endpoint: 'https://a.example', reportedChainId: 5 },
      ...securitySamples,
      ...bridgeSamples,
      // issue 18
      'tx.non-evm': {
        id: 'abc',
        families: ['bitcoin', 'tron'],
        kind: 'transaction',
        explorerUrls: ['https://mempool.space/tx/abc', 'https://tronscan.org/#/transaction/abc'],
        searchedAsEvm: true,
      },
      'aa.user-operation': {
        entryPoint: '0x5',
        sender: '0x1',
        nonce: '0',
        paymaster: null,
        success: true,
        actualGasCost: '1000',
        actualGasUsed: '100',
        transactionHash: '0xb',
        blockNumber: '7',
        bundleSucceeded: true,
      },
      'aa.user-operation-failed': {
        sender: '0x1',
        transactionHash: '0xb',
        bundleSucceeded: true,
        reason: 'ERC20InsufficientBalance(sender: 0x1, balance: 0, needed: 5)',
        errorName: 'ERC20InsufficientBalance',
        errorSource: 'OpenZeppelin ERC-20',
        category: 'balance',
        revertData: '0x',
      },
      'tx.delegation': {
        authority: '0x1',
        delegate: '0x2',
        chainId: 1,
        nonce: 0,
        tookEffect: true,
        revocation: false,
        knownImplementation: null,
      },
      'error.nonce-too-low': { given: 5, expected: 7, address: '0x1' },
      'error.nonce-too-high': { given: 9, expected: 7, address: null },
      'error.replacement-underpriced': {},
      'error.fee-below-base-fee': { reason: 'below-base-fee', maxFeePerGas: '1', baseFee: '2' },
      'error.insufficient-funds': { address: '0x1', balance: '1', cost: '3', shortfall: '2' },
      'error.intrinsic-gas': { reason: 'intrinsic-too-low', gasLimit: '21000', needed: '53000' },
      'error.estimation-reverted': {
        stage: 'estimation',
        reason: 'UniswapV2Router: EXPIRED',
        errorName: 'Error',
        errorSource: 'Uniswap V2',
        category: 'deadline',
        revertData: null,
        contract: null,
      },
      'error.already-known': {},
      'error.user-rejected': { code: 4001 },
      'error.rate-limited': { code: -32005 },
      'error.unsupported-method': { method: 'eth_signTypedData_v4', code: -32601 },
      'error.chain-mismatch': { walletChainId: 1, expectedChainId: 137 },
      'error.account-abstraction': { code: 'AA21', meaning: "didn't pay prefund", party: 'account' },
      'error.non-evm': { family: 'solana', problem: 'insufficient-funds', have: '1', need: '2' },
      'error.unrecognised': { codes: [-32603], message: 'Internal JSON-RPC error.' },
    }
    const ctx = plainTextContext
    for (const texts of [findingsEn, findingsJa]) {
      for (const code of Object.keys(samples) as FindingCode[]) {
        const text = (texts[code] as (d: unknown, c: typeof ctx) => { title: string; detail: string; steps: string[] })(
          samples[code],
          ctx,
        )
        expect(text.title.length, code).toBeGreaterThan(0)
        expect(text.detail.length, code).toBeGreaterThan(0)
        expect([text.title, text.detail, ...text.steps].join('\n'), code).not.toMatch(/undefined|NaN|\[object|\$\{/)
      }
    }
  })

  it('measures Japanese text in terminal columns', () => {
    expect(displayWidth('状態')).toBe(4)
    expect(displayWidth('Status')).toBe(6)
    expect(padLabel('状態', 8)).toBe('状態    ')
    expect(padLabel('a very long label', 4)).toBe('a very long label  ')
  })
})
