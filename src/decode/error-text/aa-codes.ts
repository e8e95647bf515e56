/**
 * The EntryPoint's own failure codes (ERC-4337 v0.6–v0.8), as its revert strings give them:
 * "AA21 didn't pay prefund". The meaning in plain words and who has to act. Kept as data.
 */
export type AaCode = { code: string; meaning: string; party: 'account' | 'paymaster' | 'bundler' | 'factory' }

export const aaCodes: readonly AaCode[] = [
  {
    code: 'AA10',
    meaning: 'sender already constructed: initCode was sent for an account that already exists',
    party: 'factory',
  },
  { code: 'AA13', meaning: 'initCode failed or ran out of gas: the account could not be created', party: 'factory' },
  { code: 'AA14', meaning: 'initCode must return sender: the factory created another address', party: 'factory' },
  { code: 'AA15', meaning: 'initCode must create sender: the factory did not deploy the account', party: 'factory' },
  { code: 'AA20', meaning: 'account not deployed, and no initCode to deploy it', party: 'account' },
  {
    code: 'AA21',
    meaning: "didn't pay prefund: the account has too little native coin (or EntryPoint deposit) for the gas",
    party: 'account',
  },
  { code: 'AA22', meaning: 'expired or not due: the operation is outside its valid time range', party: 'account' },
  { code: 'AA23', meaning: 'the account reverted while validating the operation', party: 'account' },
  { code: 'AA24', meaning: 'signature error: the account rejected the signature', party: 'account' },
  { code: 'AA25', meaning: 'invalid account nonce', party: 'account' },
  { code: 'AA26', meaning: 'over verificationGasLimit: validation used more gas than allowed', party: 'account' },
  { code: 'AA30', meaning: 'paymaster not deployed', party: 'paymaster' },
  {
    code: 'AA31',
    meaning: 'paymaster deposit too low: the paymaster cannot pay for this operation',
    party: 'paymaster',
  },
  { code: 'AA32', meaning: 'paymaster expired or not due', party: 'paymaster' },
  { code: 'AA33', meaning: 'the paymaster reverted while validating the operation', party: 'paymaster' },
  { code: 'AA34', meaning: 'paymaster signature error', party: 'paymaster' },
  { code: 'AA36', meaning: 'over paymasterVerificationGasLimit', party: 'paymaster' },
  { code: 'AA40', meaning: 'over verificationGasLimit', party: 'account' },
  { code: 'AA41', meaning: 'too little verificationGas', party: 'account' },
  { code: 'AA50', meaning: "the paymaster's postOp reverted", party: 'paymaster' },
  { code: 'AA51', meaning: 'prefund below actual gas cost', party: 'account' },
  { code: 'AA90', meaning: 'invalid beneficiary (a bundler problem)', party: 'bundler' },
  { code: 'AA91', meaning: 'failed send to beneficiary (a bundler problem)', party: 'bundler' },
  { code: 'AA92', meaning: 'internal call only', party: 'bundler' },
  { code: 'AA93', meaning: 'invalid paymasterAndData', party: 'paymaster' },
  { code: 'AA94', meaning: 'gas values overflow', party: 'bundler' },
  { code: 'AA95', meaning: 'out of gas: the bundle transaction had too little gas', party: 'bundler' },
  { code: 'AA96', meaning: 'invalid aggregator', party: 'bundler' },
]

const byCode = new Map(aaCodes.map((row) => [row.code, row]))

/** Each EntryPoint code named in the text, once, in order; unknown AAxx numbers are left out. */
export function findAaCodes(text: string): AaCode[] {
  const found = new Map<string, AaCode>()
  for (const match of text.matchAll(/\bAA(\d{2})\b/g)) {
    const row = byCode.get(`AA${match[1]}`)
    if (row) found.set(row.code, row)
  }
  return [...found.values()]
}
