/**
 * Messages from chains this tool does not read — Solana and Tron — recognised so that they are
 * explained briefly instead of taken for an Ethereum error. Kept as data. Pure.
 */
export type NonEvmFamily = 'solana' | 'tron' | 'bitcoin'
export type NonEvmMessage = {
  family: NonEvmFamily
  problem: 'blockhash-expired' | 'insufficient-funds' | 'out-of-energy' | 'bandwidth' | 'other'
  /** Numbers the message carries (Solana: lamports held and needed). */
  have: string | null
  need: string | null
}

type Rule = { pattern: RegExp; read: (m: RegExpExecArray) => NonEvmMessage }
const bare = (family: NonEvmFamily, problem: NonEvmMessage['problem']) => (): NonEvmMessage => ({
  family,
  problem,
  have: null,
  need: null,
})

const rules: Rule[] = [
  // Solana runtime: "Transfer: insufficient lamports 19266000, need 100000000"
  {
    pattern: /insufficient lamports (\d{1,25}),? need (\d{1,25})/i,
    read: (m) => ({ family: 'solana', problem: 'insufficient-funds', have: m[1] ?? null, need: m[2] ?? null }),
  },
  {
    pattern:
      /insufficient lamports|Attempt to debit an account but found no record of a prior credit|insufficient funds for rent|InsufficientFundsForRent/i,
    read: bare('solana', 'insufficient-funds'),
  },
  {
    pattern:
      /Blockhash not found|block ?height exceeded|TransactionExpiredBlockheightExceeded|blockhash expired|BlockhashNotFound/i,
    read: bare('solana', 'blockhash-expired'),
  },
  { pattern: /OUT_OF_ENERGY|not enough energy|Energy (?:insufficient|limit)/i, read: bare('tron', 'out-of-energy') },
  {
    pattern:
      /BANDWITH_ERROR|BANDWIDTH_ERROR|not enough bandwidth|bandwidth (?:is )?(?:insufficient|not enough)|Account resource insufficient/i,
    read: bare('tron', 'bandwidth'),
  },
  { pattern: /CONTRACT_VALIDATE_ERROR|TAPOS_ERROR|TRANSACTION_EXPIRATION_ERROR|SIGERROR/, read: bare('tron', 'other') },
]

export function readNonEvmMessage(text: string): NonEvmMessage | null {
  for (const rule of rules) {
    const match = rule.pattern.exec(text)
    if (match) return rule.read(match)
  }
  return null
}
