/**
 * What a chain's fee market does, as far as advice on a stuck transaction needs it.
 *
 * `baseFeeMaxRiseBps` is the most the base fee can rise from one block to the next, in basis
 * points. It sizes the head-room of a suggested maxFeePerGas: too high only means a higher cap
 * (a user pays base fee + tip, never the cap), too low means a transaction that sticks again. So
 * where a chain's rule is not a fixed number, the Ethereum value (the larger) is used on purpose.
 */
export type FeeRules =
  | {
      model: 'eip1559'
      baseFeeMaxRiseBps: number
      /** False where the sequencer orders by arrival and ignores tips (Arbitrum). */
      tipsMatter: boolean
      /** A floor the chain's nodes enforce on the priority fee (Polygon PoS). */
      minPriorityFeeWei?: bigint
    }
  | { model: 'legacy' }

/** EIP-1559 on Ethereum: BASE_FEE_MAX_CHANGE_DENOMINATOR = 8, so +12.5% after a full block. */
export const ethereumFees: FeeRules = { model: 'eip1559', baseFeeMaxRiseBps: 1250, tipsMatter: true }

/** OP Stack since Canyon: denominator 250, elasticity 6, so (6 - 1) / 250 = +2% a block at most. */
export const opStackFees: FeeRules = { model: 'eip1559', baseFeeMaxRiseBps: 200, tipsMatter: true }

/** Geth's txpool.pricebump: a replacement must raise both fee fields by at least 10%. */
export const REPLACEMENT_BUMP_PERCENT = 10n
