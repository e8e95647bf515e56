/**
 * How many recent blocks `security` searches by default on each chain: about what public endpoints
 * answer in one eth_getLogs (most refuse more than 10,000 blocks; BNB Chain's, 5,000). A refused
 * range is halved and asked again; `--blocks` sets another.
 */
const DEFAULT_BLOCKS: Record<number, number> = {
  56: 5_000,
}

export const defaultSecurityBlocks = (chainId: number): number => DEFAULT_BLOCKS[chainId] ?? 10_000
