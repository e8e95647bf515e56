/** What `address` concludes about an address (and the token asked for), most telling first. */
export const addressStatuses = [
  'ok',
  'pending-transactions',
  'held',
  'wrong-network',
  'no-balance',
  'not-a-token',
] as const
export type AddressStatus = (typeof addressStatuses)[number]
