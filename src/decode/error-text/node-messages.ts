import { parseGwei } from 'viem'

/**
 * What nodes (geth, Erigon, Nethermind, Besu, anvil, Hardhat), wallets and libraries (viem, ethers)
 * say when they refuse a transaction, kept as data: a pattern per wording, and the numbers it
 * carries. Amounts come back as decimal strings of wei; nonces as numbers. Pure.
 */
export type NodeMessage =
  | { kind: 'nonce-too-low'; given: number | null; expected: number | null }
  | { kind: 'nonce-too-high'; given: number | null; expected: number | null }
  | { kind: 'replacement-underpriced' }
  | {
      kind: 'underpriced'
      reason: 'below-base-fee' | 'below-pool-minimum'
      maxFeePerGas: string | null
      baseFee: string | null
    }
  | { kind: 'insufficient-funds'; balance: string | null; cost: string | null }
  | {
      kind: 'gas-limit'
      reason: 'intrinsic-too-low' | 'exceeds-allowance' | 'exceeds-block-limit'
      gas: string | null
      needed: string | null
    }
  | { kind: 'reverted'; reason: string | null }
  | { kind: 'already-known' }
  | { kind: 'user-rejected' }
  | { kind: 'rate-limited' }
  | { kind: 'unsupported-method'; method: string | null }
  | { kind: 'chain-mismatch'; expected: number | null; actual: number | null }

type Groups = Record<string, string | undefined>

const MAX_MESSAGE = 4_000
type Rule = { pattern: RegExp; read: (g: Groups) => NodeMessage }

const int = (value: string | undefined) => (value === undefined ? null : Number.parseInt(value, 10))
const wei = (value: string | undefined) => (value === undefined ? null : BigInt(value).toString())
const gweiToWei = (value: string | undefined) => {
  if (value === undefined) return null
  try {
    return parseGwei(value).toString()
  } catch {
    return null
  }
}
const N = String.raw`(\d{1,30})`

/** First match wins, so the wordings that carry numbers come before the bare ones. */
const rules: Rule[] = [
  // geth: "nonce too low: address 0x…, tx: 5 state: 7"; Hardhat: "Nonce too low. Expected nonce to be 7 but got 5."
  {
    pattern: new RegExp(String.raw`nonce too low[^\n]*?tx:? ${N},? state:? ${N}`, 'i'),
    read: (g) => ({ kind: 'nonce-too-low', given: int(g[1]), expected: int(g[2]) }),
  },
  // geth's pool and many RPC providers: "nonce too low: next nonce 7, tx nonce 5".
  {
    pattern: new RegExp(String.raw`nonce too low[^\n]*?next nonce ${N},? tx nonce ${N}`, 'i'),
    read: (g) => ({ kind: 'nonce-too-low', given: int(g[2]), expected: int(g[1]) }),
  },
  {
    pattern: new RegExp(String.raw`nonce too low\. expected nonce to be ${N} but got ${N}`, 'i'),
    read: (g) => ({ kind: 'nonce-too-low', given: int(g[2]), expected: int(g[1]) }),
  },
  {
    pattern: new RegExp(
      String.raw`nonce provided for the transaction(?: \(${N}\))? is lower than the current nonce`,
      'i',
    ),
    read: (g) => ({ kind: 'nonce-too-low', given: int(g[1]), expected: null }),
  },
  {
    pattern: /nonce too low|transaction nonce is too low|oldnonce|nonce has already been used/i,
    read: () => ({ kind: 'nonce-too-low', given: null, expected: null }),
  },
  {
    pattern: new RegExp(String.raw`nonce too high[^\n]*?tx:? ${N},? state:? ${N}`, 'i'),
    read: (g) => ({ kind: 'nonce-too-high', given: int(g[1]), expected: int(g[2]) }),
  },
  {
    pattern: new RegExp(String.raw`nonce too high[^\n]*?next nonce ${N},? tx nonce ${N}`, 'i'),
    read: (g) => ({ kind: 'nonce-too-high', given: int(g[2]), expected: int(g[1]) }),
  },
  {
    pattern: new RegExp(String.raw`nonce too high\. expected nonce to be ${N} but got ${N}`, 'i'),
    read: (g) => ({ kind: 'nonce-too-high', given: int(g[2]), expected: int(g[1]) }),
  },
  {
    pattern: new RegExp(String.raw`nonce provided for the transaction(?: \(${N}\))? is higher than the next one`, 'i'),
    read: (g) => ({ kind: 'nonce-too-high', given: int(g[1]), expected: null }),
  },
  { pattern: /nonce too high/i, read: () => ({ kind: 'nonce-too-high', given: null, expected: null }) },

  {
    pattern: /replacement transaction underpriced|replacement fee too low|REPLACEMENT_UNDERPRICED/i,
    read: () => ({ kind: 'replacement-underpriced' }),
  },
  // geth: "max fee per gas less than block base fee: address 0x…, maxFeePerGas: 1000, baseFee: 2000"
  {
    pattern: new RegExp(
      String.raw`(?:max fee per gas|fee cap) less than block base fee[^\n]*?maxFeePerGas:? ${N},? baseFee:? ${N}`,
      'i',
    ),
    read: (g) => ({ kind: 'underpriced', reason: 'below-base-fee', maxFeePerGas: wei(g[1]), baseFee: wei(g[2]) }),
  },
  // viem: "The fee cap (`maxFeePerGas` = 1.5 gwei) cannot be lower than the block base fee."
  {
    pattern: /fee cap \(`?maxFeePerGas`?(?: = ([\d.]{1,40}) gwei)?\) cannot be lower than the block base fee/i,
    read: (g) => ({ kind: 'underpriced', reason: 'below-base-fee', maxFeePerGas: gweiToWei(g[1]), baseFee: null }),
  },
  {
    pattern: /(?:max fee per gas|fee cap) less than block base fee|maxFeePerGas too low|transaction is outdated/i,
    read: () => ({ kind: 'underpriced', reason: 'below-base-fee', maxFeePerGas: null, baseFee: null }),
  },
  {
    pattern: /transaction underpriced|gas price too low|FeeTooLow|max priority fee per gas less than/i,
    read: () => ({ kind: 'underpriced', reason: 'below-pool-minimum', maxFeePerGas: null, baseFee: null }),
  },

  // geth: "insufficient funds for gas * price + value: address 0x… have 1000 want 2000"
  {
    pattern: new RegExp(String.raw`insufficient funds for gas \* price \+ value[^\n]*?have ${N} want ${N}`, 'i'),
    read: (g) => ({ kind: 'insufficient-funds', balance: wei(g[1]), cost: wei(g[2]) }),
  },
  // geth (older): "…: balance 1000, tx cost 2000, overshot 1000"
  {
    pattern: new RegExp(String.raw`insufficient funds[^\n]*?balance:? ${N},? tx cost:? ${N}`, 'i'),
    read: (g) => ({ kind: 'insufficient-funds', balance: wei(g[1]), cost: wei(g[2]) }),
  },
  // Hardhat: "Sender doesn't have enough funds to send tx. The max upfront cost is: 2000 and the sender's balance is: 1000."
  {
    pattern: new RegExp(String.raw`max upfront cost is:? ${N} and the sender's (?:account )?balance is:? ${N}`, 'i'),
    read: (g) => ({ kind: 'insufficient-funds', balance: wei(g[2]), cost: wei(g[1]) }),
  },
  {
    pattern:
      /insufficient funds|exceeds the balance of the account|exceeds transaction sender account balance|doesn't have enough funds|INSUFFICIENT_FUNDS/i,
    read: () => ({ kind: 'insufficient-funds', balance: null, cost: null }),
  },

  // geth txpool: "intrinsic gas too low: gas 21000, minimum needed 53000"; state transition: "have 21000, want 53000"
  {
    pattern: new RegExp(String.raw`intrinsic gas too low:? (?:gas|have) ${N},? (?:minimum needed|want) ${N}`, 'i'),
    read: (g) => ({ kind: 'gas-limit', reason: 'intrinsic-too-low', gas: wei(g[1]), needed: wei(g[2]) }),
  },
  {
    pattern: /intrinsic gas too low|provided for the transaction is too low|base fee exceeds gas limit/i,
    read: () => ({ kind: 'gas-limit', reason: 'intrinsic-too-low', gas: null, needed: null }),
  },
  {
    pattern: new RegExp(String.raw`gas required exceeds allowance(?: \(${N}\))?`, 'i'),
    read: (g) => ({ kind: 'gas-limit', reason: 'exceeds-allowance', gas: wei(g[1]), needed: null }),
  },
  {
    pattern: /exceeds block gas limit|exceeds the limit allowed for the block|gas limit reached/i,
    read: () => ({ kind: 'gas-limit', reason: 'exceeds-block-limit', gas: null, needed: null }),
  },

  {
    pattern: /already known|already imported|known transaction|AlreadyKnown/i,
    read: () => ({ kind: 'already-known' }),
  },

  {
    pattern:
      /user (?:rejected|denied|cancel+ed)|denied transaction signature|rejected the request|ACTION_REJECTED|request rejected/i,
    read: () => ({ kind: 'user-rejected' }),
  },
  {
    pattern:
      /too many requests|rate.?limit|request rate exceeded|requests? limit (?:reached|exceeded)|(?:status|http|code)\W{0,3}429\b/i,
    read: () => ({ kind: 'rate-limited' }),
  },
  {
    pattern:
      /(?:the )?method "?([a-z]+_[A-Za-z0-9_]+)"? (?:does not exist|is not available|is not supported|not found)/i,
    read: (g) => ({ kind: 'unsupported-method', method: g[1] ?? null }),
  },
  {
    pattern: /method not found|method not supported|unsupported method|does not support the requested method/i,
    read: () => ({ kind: 'unsupported-method', method: null }),
  },

  // viem: "The current chain of the wallet (id: 1) does not match the target chain for the transaction (id: 137 – Polygon)."
  {
    pattern: new RegExp(
      String.raw`current chain of the wallet \(id: ${N}\) does not match the target chain[^(]*\(id: ${N}`,
      'i',
    ),
    read: (g) => ({ kind: 'chain-mismatch', actual: int(g[1]), expected: int(g[2]) }),
  },
  // geth: "invalid chain id for signer: have 1 want 137"
  {
    pattern: new RegExp(String.raw`invalid chain id for signer:? have ${N} want ${N}`, 'i'),
    read: (g) => ({ kind: 'chain-mismatch', actual: int(g[1]), expected: int(g[2]) }),
  },
  {
    pattern:
      /chain ?id mismatch|invalid chain ?id|wrong chain ?id|does not match the target chain|ChainMismatch|network changed/i,
    read: () => ({ kind: 'chain-mismatch', actual: null, expected: null }),
  },

  // "execution reverted", with a reason after a colon when the contract gave one.
  {
    pattern: /execution reverted(?::\s*([^\n"]{1,300}))?/i,
    read: (g) => ({ kind: 'reverted', reason: g[1]?.trim() || null }),
  },
  {
    pattern: /reverted with (?:the following )?reason:?\s*([^\n]{1,300})/i,
    read: (g) => ({ kind: 'reverted', reason: g[1]?.trim().replace(/\.$/, '') || null }),
  },
  {
    pattern: /\breverted\b|CALL_EXCEPTION|UNPREDICTABLE_GAS_LIMIT|cannot estimate gas/i,
    read: () => ({ kind: 'reverted', reason: null }),
  },
]

/** What a node or wallet message says, by its wording; null when none of the known wordings is in it. */
export function readNodeMessage(message: string): NodeMessage | null {
  // Node messages are short: a long one is read in part, which keeps every pattern's cost linear and small.
  const text = message.slice(0, MAX_MESSAGE)
  for (const rule of rules) {
    const match = rule.pattern.exec(text)
    if (match) return rule.read(match as unknown as Groups)
  }
  return null
}

/** Every kind of message found, each once, in the order the text gives them. */
export function readNodeMessages(messages: readonly string[]): NodeMessage[] {
  const seen = new Map<string, NodeMessage>()
  for (const message of messages) {
    const read = readNodeMessage(message)
    if (!read) continue
    const previous = seen.get(read.kind)
    // The same kind said twice (wallet and node): keep the one with more numbers.
    if (!previous || numbersIn(read) > numbersIn(previous)) seen.set(read.kind, read)
  }
  return [...seen.values()]
}

const numbersIn = (message: NodeMessage) =>
  Object.values(message).filter((v) => v !== null && v !== message.kind).length

/** JSON-RPC and EIP-1193 error codes that say by themselves what happened. */
export function readErrorCode(code: number): NodeMessage | null {
  switch (code) {
    case 4001:
      return { kind: 'user-rejected' }
    case -32601:
    case 4200:
      return { kind: 'unsupported-method', method: null }
    case -32005:
    case 429:
      return { kind: 'rate-limited' }
    case 3:
      return { kind: 'reverted', reason: null }
    default:
      return null
  }
}
