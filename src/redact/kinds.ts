/** What the engine removes, in the order the summary lists them. */
export const redactionKinds = [
  'seed-phrase',
  'private-key',
  'extended-key',
  'wif-key',
  'solana-key',
  'keystore',
  'jwt',
  'credential',
  'password',
  'rpc-url',
  'email',
  'ip-address',
  'user-name',
  'address',
] as const
export type RedactionKind = (typeof redactionKinds)[number]

/** What nobody legitimate ever needs: finding one in a user's own words calls for a warning. */
export const SECRET_KINDS: ReadonlySet<RedactionKind> = new Set([
  'seed-phrase',
  'private-key',
  'extended-key',
  'wif-key',
  'solana-key',
  'keystore',
])
