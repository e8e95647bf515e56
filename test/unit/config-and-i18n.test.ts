import { describe, expect, it } from 'vitest'
import { configFromEnvironment } from '../../src/config/environment.js'
import { configSchema } from '../../src/config/schema.js'
import type { FindingCode, FindingDataMap } from '../../src/findings/registry.js'
import { catalogs } from '../../src/i18n/catalog.js'
import { langFromEnvironment } from '../../src/i18n/detect-lang.js'
import { findingsEn } from '../../src/i18n/findings-en.js'
import { findingsJa } from '../../src/i18n/findings-ja.js'
import { displayWidth, padLabel } from '../../src/ui/text-width.js'

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
    expect(configSchema.parse(config)).toEqual({
      lang: 'ja',
      publicRpc: false,
      wallet: 'Rabby',
      timeoutMs: 5000,
      redact: { addresses: true },
      rpc: { '1': ['https://a.example', 'https://b.example'], base: ['https://c.example'] },
    })
  })

  it('leaves a bad value for the schema to reject, naming the key', () => {
    const result = configSchema.safeParse(configFromEnvironment({ SUPPORT_DOCTOR_TIMEOUT_MS: 'soon' }).config)
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
    expect(Object.keys(catalogs.ja).sort()).toEqual(Object.keys(catalogs.en).sort())
    for (const catalog of Object.values(catalogs)) {
      for (const [key, message] of Object.entries(catalog)) {
        if (typeof message === 'string') expect(message.length, key).toBeGreaterThan(0)
      }
    }
  })

  it('every finding code has a title, a detail and next steps in both languages', () => {
    expect(Object.keys(findingsJa).sort()).toEqual(Object.keys(findingsEn).sort())
    const token = { address: '0x4', symbol: 'USDC', decimals: 6 }
    const samples: { [K in FindingCode]: FindingDataMap[K] } = {
      'tx.confirmed': { blockNumber: '1', confirmations: 3, gasUsed: '21000', minedAt: null },
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
      },
      'swap.deadline-expired': { deadline: '1', blockTimestamp: '2', lateBySeconds: 1 },
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
      'tx.fee-cap-below-base-fee': { feeCap: '1', baseFee: '2' },
      'tx.priority-fee-low': { priorityFee: '1', recentLowTip: '2', recentMedianTip: '3' },
      'tx.dropped': { from: '0x1', nonce: 1, source: 'flags', resend: null },
      'tx.replaced': { from: '0x1', nonce: 1, replacementHash: null, replacementBlock: null, foundBy: null },
      'tx.not-found': { searchedChainIds: [1], unreachableChainIds: [] },
      'tx.wrong-network': { requestedChainId: 1, foundChainId: 10 },
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
      'rpc.stale': { chainId: 1, headBlock: '100', ageSeconds: 3600 },
      'rpc.unreachable': { chainId: 1, endpoint: 'https://a.example', reason: 'timed out' },
      'rpc.chain-mismatch': { chainId: 1, endpoint: 'https://a.example', reportedChainId: 5 },
    }
    const ctx = {
      chainName: (id: number) => `chain ${id}`,
      network: 'chain 1',
      fee: (wei: string) => `${wei} wei`,
      fees: () => 'fees',
      token: () => 'TKN',
      amount: (raw: string | null) => `${raw} TKN`,
    }
    for (const texts of [findingsEn, findingsJa]) {
      for (const code of Object.keys(samples) as FindingCode[]) {
        const text = (texts[code] as (d: unknown, c: typeof ctx) => { title: string; detail: string; steps: string[] })(
          samples[code],
          ctx,
        )
        expect(text.title.length, code).toBeGreaterThan(0)
        expect(text.detail.length, code).toBeGreaterThan(0)
        expect(text.detail).not.toMatch(/undefined|NaN|\[object/)
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
