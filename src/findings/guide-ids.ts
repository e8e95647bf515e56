/** Every guide, by the id its file name and front matter carry (guides/<lang>/<id>.md). */
export const guideIds = [
  'stuck-transactions',
  'speed-up-and-cancel',
  'nonce-gaps',
  'missing-tokens',
  'wrong-network',
  'failed-swaps',
  'failed-deployments',
  'approvals',
  'fee-on-transfer',
  'exchange-deposits',
  'staying-safe',
  'support-request',
  'rpc-endpoints',
  'wallet-drained',
  'error-messages',
  'bridges',
] as const
export type GuideId = (typeof guideIds)[number]

export const isGuideId = (value: string): value is GuideId => (guideIds as readonly string[]).includes(value)
