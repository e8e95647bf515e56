import type {
  BlockData,
  FailureData,
  FeeHistoryData,
  SwapState,
  TokenInfo,
  TxData,
  TxEvidence,
} from '../../src/evidence/schema.js'

/** Evidence objects for pure rule tests: what a node would have said, built by hand. */
export const gwei = (n: number) => BigInt(Math.round(n * 1e9))

export const SENDER = '0x1111111111111111111111111111111111111111'
export const HASH = `0x${'aa'.repeat(32)}` as const

export function block(overrides: Partial<BlockData> = {}): BlockData {
  return {
    number: 100n,
    hash: `0x${'bb'.repeat(32)}`,
    timestamp: 1_700_000_000n,
    baseFeePerGas: gwei(20),
    gasUsed: 15_000_000n,
    gasLimit: 30_000_000n,
    ...overrides,
  }
}

export function tx(overrides: Partial<TxData> = {}): TxData {
  return {
    hash: HASH,
    from: SENDER,
    to: SENDER,
    nonce: 5,
    type: 'eip1559',
    value: 0n,
    gas: 21_000n,
    gasPrice: null,
    maxFeePerGas: gwei(40),
    maxPriorityFeePerGas: gwei(2),
    input: '0x',
    blockNumber: null,
    ...overrides,
  }
}

/** Fee history of `blocks` busy blocks with the given base fee and tips at p10/p50/p90. */
export function feeHistory(baseFee: bigint, tips: [bigint, bigint, bigint], blocks = 5): FeeHistoryData {
  return {
    oldestBlock: 96n,
    baseFeePerGas: Array.from({ length: blocks + 1 }, () => baseFee),
    gasUsedRatio: Array.from({ length: blocks }, () => 0.5),
    rewardPercentiles: [10, 50, 90],
    reward: Array.from({ length: blocks }, () => [...tips]),
  }
}

export function pendingEvidence(
  overrides: {
    tx?: Partial<TxData>
    baseFee?: bigint
    tips?: [bigint, bigint, bigint]
    nonces?: { latest: number; pending: number }
    chainId?: number
  } = {},
): TxEvidence {
  const baseFee = overrides.baseFee ?? gwei(20)
  const pending = tx(overrides.tx)
  return {
    evidenceVersion: 1,
    kind: 'tx',
    hash: HASH,
    requestedChainId: null,
    searchedChainIds: [overrides.chainId ?? 1],
    unreachableChainIds: [],
    foundOnChainIds: [overrides.chainId ?? 1],
    sender: { from: SENDER, nonce: pending.nonce, source: 'transaction' },
    memory: null,
    context: {
      chainId: overrides.chainId ?? 1,
      tx: pending,
      receipt: null,
      txBlock: null,
      head: block({ baseFeePerGas: baseFee }),
      feeHistory: feeHistory(baseFee, overrides.tips ?? [gwei(1), gwei(2), gwei(3)]),
      nonces: { address: SENDER, ...(overrides.nonces ?? { latest: 5, pending: 6 }) },
      replacement: null,
      failure: null,
      swapState: null,
      tokens: [],
      recipients: [],
    },
    endpointProblems: [],
    endpointViews: [],
    // Twelve seconds after the head block: a live chain.
    gatheredAt: new Date((1_700_000_000 + 12) * 1000).toISOString(),
    rpc: { httpRequests: 2, calls: 7 },
  }
}

/** A mined transaction to `to` that failed, as the node told it: the receipt, its block, and what was read about the failure. */
export function failedEvidence(options: {
  to: `0x${string}`
  failure: FailureData | null
  gasUsed?: bigint
  gas?: bigint
  input?: `0x${string}`
  value?: bigint
  blockTimestamp?: bigint
  swapState?: SwapState | null
  tokens?: TokenInfo[]
}): TxEvidence {
  const base = pendingEvidence()
  const context = base.context as NonNullable<TxEvidence['context']>
  return {
    ...base,
    context: {
      ...context,
      tx: {
        ...(context.tx as TxData),
        to: options.to,
        gas: options.gas ?? 400_000n,
        input: options.input ?? '0x',
        value: options.value ?? 0n,
        blockNumber: 99n,
      },
      receipt: {
        status: 'reverted',
        blockNumber: 99n,
        blockHash: context.head.hash,
        gasUsed: options.gasUsed ?? 150_000n,
        effectiveGasPrice: gwei(20),
        logCount: 0,
        logs: [],
      },
      txBlock: { ...context.head, number: 99n, timestamp: options.blockTimestamp ?? 1_700_000_000n },
      failure: options.failure,
      swapState: options.swapState ?? null,
      tokens: options.tokens ?? [],
    },
  }
}
