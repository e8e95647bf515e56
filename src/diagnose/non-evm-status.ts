/** An id of a chain this tool does not read (Solana, Bitcoin, Tron): answered, not looked up. */
export const nonEvmStatuses = ['not-evm'] as const
