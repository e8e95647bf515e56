/** What `address` concludes about an address (and the token asked for), most telling first. */
export const addressStatuses = [
  'ok',
  'pending-transactions',
  'held',
  'wrong-network',
  'no-balance',
  'not-a-token',
  /** The chain's endpoints, asked at the same block, disagree, or nothing was found while a --rpc URL never said its network: no verdict (exit 3). */
  'undetermined',
] as const
export type AddressStatus = (typeof addressStatuses)[number]
