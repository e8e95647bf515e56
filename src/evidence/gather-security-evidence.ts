import { erc20Abi, parseAbi, type Address, type Hash } from 'viem'
import { defaultSecurityBlocks } from '../chains/log-ranges.js'
import { knownSpender, permit2On } from '../chains/known-spenders.js'
import { decodeApprovalEvent, type ApprovalEvent } from '../decode/approval-events.js'
import { tokenMovements } from '../decode/token-movements.js'
import type { ChainConnection } from '../rpc/chain-connection.js'
import type { EndpointProblem, RpcStats } from '../rpc/endpoint.js'
import { holdsCode } from './contract-answer.js'
import { optionalRead } from './optional-read.js'
import { findDelegationTransaction, delegateOf } from './read-delegation.js'
import { readNativeHistory } from './read-native-history.js'
import { readOwnerLogs } from './read-owner-logs.js'
import { readPermit2Routes } from './read-permit2-routes.js'
import { readTokens } from './read-tokens.js'
import type { AllowanceState, SecurityChain, SecurityEvidence, SentBy } from './security-schema.js'
import type { TokenInfo } from './schema.js'
import { readEveryChain } from './read-every-chain.js'
import { readOutflowReceipts } from './read-outflow-receipts.js'
import { readOwnerLogsOnEachEndpoint } from './read-owner-logs-on-each-endpoint.js'
import { readNativeOnEachEndpoint } from './read-native-on-each-endpoint.js'
import { BEHIND_BLOCKS } from './endpoint-views.js'
import type { ReadSideBySide } from './read-side-by-side.js'
import type { ReadClient } from '../rpc/read-client.js'

export type SecurityLookup = {
  address: Address
  requestedChainId: number | null
  /** Blocks to search back from the head; null: each chain's default. */
  blocks: number | null
  connections: readonly ChainConnection[]
  problems: EndpointProblem[]
  stats: RpcStats
  now: () => Date
  /** Each endpoint of a chain asked on its own, for the outflows the findings rest on. */
  readSideBySide: ReadSideBySide
}

const nftApprovalAbi = parseAbi([
  'function isApprovedForAll(address owner, address operator) view returns (bool)',
  'function getApproved(uint256 tokenId) view returns (address)',
  'function ownerOf(uint256 tokenId) view returns (address)',
])
const permit2AllowanceAbi = parseAbi([
  'function allowance(address user, address token, address spender) view returns (uint160 amount, uint48 expiration, uint48 nonce)',
])

/** Transactions looked up per chain (who sent each approval and each outflow), newest first. */
const MAX_TRANSACTIONS = 200
/** Outflows whose receipts every endpoint is asked for (newest first), when a chain has several. */
const MAX_COMPARED_OUTFLOWS = 50
/** Tokens and spenders described per chain. */
const MAX_CONTRACTS = 100

/**
 * Who can move the owner's funds and who did, on every chain with endpoints at once: the owner's
 * approval and transfer logs over a recent range, then in one more round the transactions behind
 * them, the approvals' current state, the tokens, and the account's code (an EIP-7702 delegation).
 */
export async function gatherSecurityEvidence(lookup: SecurityLookup): Promise<SecurityEvidence> {
  const { chains, unreachable } = await readEveryChain(
    lookup.connections,
    (connection) => readSecurityOnChain(connection, lookup),
    lookup.problems,
  )
  return {
    evidenceVersion: 1,
    kind: 'security',
    address: lookup.address.toLowerCase() as Address,
    requestedChainId: lookup.requestedChainId,
    chains,
    unreachableChainIds: unreachable,
    endpointProblems: lookup.problems,
    gatheredAt: lookup.now().toISOString(),
    rpc: { ...lookup.stats },
  }
}

async function readSecurityOnChain(connection: ChainConnection, lookup: SecurityLookup): Promise<SecurityChain> {
  const { client, chain } = connection
  const owner = lookup.address.toLowerCase() as Address
  const [head, balance, code] = await Promise.all([
    client.getBlock({ blockTag: 'latest' }),
    client.getBalance({ address: owner }),
    client.getCode({ address: owner }),
  ])
  if (head.number === null) throw new Error('the latest block has no number')
  const blocks = BigInt(lookup.blocks ?? defaultSecurityBlocks(chain.id))
  // Native coin is read beside the logs (it bisects on past state, over the whole range asked for);
  // it waits only for the block that set a delegation, whose following blocks it reads whole.
  let delegatedSince: (block: bigint | null) => void = () => {}
  const since = new Promise<bigint | null>((resolve) => (delegatedSince = resolve))
  const nativeFrom = head.number + 1n > blocks ? head.number + 1n - blocks : 0n
  const nativeRead = optionalRead(
    readNativeHistory(client, { owner, fromBlock: nativeFrom, head: head.number, delegatedSince: since }),
  )
  // Each endpoint's own word on the coin at both ends of that history, for the rule to compare.
  const nativeReadings = optionalRead(
    readNativeOnEachEndpoint(
      connection,
      { owner, fromBlock: nativeFrom > 0n ? nativeFrom - 1n : 0n, toBlock: head.number - BEHIND_BLOCKS },
      lookup.readSideBySide,
    ),
  )
  let logsRead: Awaited<ReturnType<typeof readOwnerLogs>>
  try {
    logsRead = await readOwnerLogs(client, { owner, head: head.number, blocks })
  } catch (error) {
    delegatedSince(null)
    throw error
  }
  const { fromBlock, narrowed, logs, dropped } = logsRead

  const permit2 = permit2On(chain.id)
  const approvals = logs
    .map((log) => ({ log, event: decodeApprovalEvent(log, permit2) }))
    .filter((a): a is { log: (typeof logs)[number]; event: ApprovalEvent } => a.event?.owner === owner)
  const movements = logs.flatMap((log) => tokenMovements([log]).map((m) => ({ log, m })))
  const outgoing = movements.filter(({ m }) => m.from === owner)

  // Who sent each approval and each outflow: the owner's own key, or someone else.
  const hashes = [...new Set([...approvals, ...outgoing].map(({ log }) => log.transactionHash).reverse())].slice(
    0,
    MAX_TRANSACTIONS,
  )
  const delegate = delegateOf(code)
  const tokenAddresses = [
    ...new Set([
      ...movements.map(({ m }) => m.token),
      ...approvals.map(({ event }) => ('token' in event ? event.token : event.contract)),
    ]),
  ].slice(0, MAX_CONTRACTS)
  const spenders = [...new Set(approvals.map(({ event }) => event.spender))].slice(0, MAX_CONTRACTS)
  const fungibleOut = [...new Set(outgoing.filter(({ m }) => m.standard === 'erc20').map(({ m }) => m.token))]

  // The same logs asked of each endpoint on its own, beside the rest of this round: the findings
  // rest on them, "nothing found" included. Two blocks below the head: the newest may honestly differ.
  const logReadings = optionalRead(
    readOwnerLogsOnEachEndpoint(
      connection,
      { owner, fromBlock, toBlock: head.number - BEHIND_BLOCKS },
      lookup.readSideBySide,
    ),
  )
  const [transactions, allowances, contracts, tokens, tokenBalances, setIn] = await Promise.all([
    Promise.all(hashes.map((hash) => optionalRead(client.getTransaction({ hash })))),
    readAllowances(
      client,
      owner,
      approvals.map(({ event }) => event),
    ),
    Promise.all(
      spenders.map(async (address) => {
        const spenderCode = await optionalRead(client.getCode({ address }))
        return { address, isContract: holdsCode(spenderCode) }
      }),
    ),
    readTokens(client, tokenAddresses).then((infos) => infos.map(saneTokenInfo)),
    Promise.all(
      fungibleOut.map(async (token) => ({
        token,
        balance: await optionalRead(
          client.readContract({ address: token, abi: erc20Abi, functionName: 'balanceOf', args: [owner] }),
        ),
      })),
    ),
    delegate && code
      ? optionalRead(findDelegationTransaction(client, { owner, code, delegate, fromBlock, head: head.number }))
      : null,
  ])
  delegatedSince(setIn?.blockNumber ?? null)
  // Token outflows sent by someone else, not to Permit2 itself nor to a known app: did they go
  // through Permit2's SignatureTransfer (which leaves no event of its own)?
  const outflowHashes = new Set(
    outgoing.filter(({ m }) => m.standard === 'erc20').map(({ log }) => log.transactionHash),
  )
  const candidates = transactions.flatMap((tx) =>
    tx &&
    tx.blockNumber !== null &&
    outflowHashes.has(tx.hash) &&
    tx.from.toLowerCase() !== owner &&
    tx.to &&
    !permit2.includes(tx.to.toLowerCase() as Address) &&
    !knownSpender(chain.id, tx.to)
      ? [{ hash: tx.hash, blockNumber: tx.blockNumber, input: tx.input }]
      : [],
  )
  const [native, permit2Routes] = await Promise.all([
    nativeRead,
    optionalRead(readPermit2Routes(client, { owner, permit2, candidates })),
  ])
  // The outflows the findings rest on, asked of each endpoint before anyone is named or the key is
  // called compromised: token transfers out first (a drain is one), newest first, then coin the
  // owner's own key sent (a sweep); incoming deposits are not asked about.
  // (The logs come oldest first, the coin history newest first.)
  const tokenOutflows = outgoing.map(({ log }) => log.transactionHash).reverse()
  const coinSent = (native?.sent ?? []).filter((t) => t.from.toLowerCase() === owner).map((t) => t.hash)
  const comparedOutflows = [...new Set([...tokenOutflows, ...coinSent].map((h) => h.toLowerCase() as Hash))].slice(
    0,
    MAX_COMPARED_OUTFLOWS,
  )
  const [outflowReceipts, ownerLogReadings, nativeCompared] = await Promise.all([
    optionalRead(readOutflowReceipts(connection, comparedOutflows, lookup.readSideBySide)),
    logReadings,
    nativeReadings,
  ])
  const sentBy = (tx: {
    hash: `0x${string}`
    from: Address
    to: Address | null
    blockNumber: bigint | null
    type: string
  }): SentBy => ({
    hash: tx.hash,
    from: tx.from.toLowerCase() as Address,
    to: tx.to ? (tx.to.toLowerCase() as Address) : null,
    blockNumber: tx.blockNumber,
    type: tx.type,
  })
  const read = transactions.filter((tx) => tx !== null).map(sentBy)
  const known = new Set(read.map((t) => t.hash.toLowerCase()))

  return {
    chainId: chain.id,
    head: head.number,
    headTimestamp: head.timestamp,
    fromBlock,
    narrowed,
    balance,
    code: code ?? '0x',
    delegation: delegate ? { delegate, setIn } : null,
    logs,
    logsDropped: dropped,
    transactions: [...read, ...(native?.sent ?? []).filter((t) => !known.has(t.hash.toLowerCase()))],
    allowances,
    contracts,
    tokens,
    tokenBalances,
    native: native?.history ?? null,
    permit2Routes: permit2Routes ?? [],
    ...(outflowReceipts ? { outflowReceipts } : {}),
    ...(ownerLogReadings ? { ownerLogReadings } : {}),
    ...(nativeCompared ? { nativeReadings: nativeCompared } : {}),
  }
}

/** The current state of every approval the events name, each pair once. */
async function readAllowances(client: ReadClient, owner: Address, events: ApprovalEvent[]): Promise<AllowanceState[]> {
  const pairs = new Map<string, ApprovalEvent>()
  for (const event of events) {
    if (event.kind === 'permit2-lockdown') continue
    // A single-token approval belongs to the token id, whoever it names: the latest one is the state.
    const key =
      event.kind === 'erc721-approval'
        ? `erc721:${event.contract}:${event.tokenId}`
        : `${event.kind.startsWith('permit2') ? 'permit2' : event.kind}:${event.contract}:${'token' in event ? event.token : ''}:${event.spender}`
    pairs.set(key, event)
  }
  return Promise.all(
    [...pairs.values()].slice(0, MAX_CONTRACTS).map(async (event): Promise<AllowanceState> => {
      const { contract, spender } = event
      if (event.kind === 'erc20-approval')
        return {
          kind: 'erc20',
          contract,
          spender,
          amount: await optionalRead(
            client.readContract({
              address: contract,
              abi: erc20Abi,
              functionName: 'allowance',
              args: [owner, spender],
            }),
          ),
        }
      if (event.kind === 'erc721-approval') {
        const tokenId = event.tokenId
        const read = (functionName: 'getApproved' | 'ownerOf') =>
          optionalRead(client.readContract({ address: contract, abi: nftApprovalAbi, functionName, args: [tokenId] }))
        const [approved, holder] = await Promise.all([read('getApproved'), read('ownerOf')])
        return {
          kind: 'erc721',
          contract,
          spender,
          tokenId,
          approved: approved ? (approved.toLowerCase() as Address) : null,
          owner: holder ? (holder.toLowerCase() as Address) : null,
        }
      }
      if (event.kind === 'approval-for-all')
        return {
          kind: 'approval-for-all',
          contract,
          spender,
          approved: await optionalRead(
            client.readContract({
              address: contract,
              abi: nftApprovalAbi,
              functionName: 'isApprovedForAll',
              args: [owner, spender],
            }),
          ),
        }
      const token = (event as { token: Address }).token
      const state = await optionalRead(
        client.readContract({
          address: contract,
          abi: permit2AllowanceAbi,
          functionName: 'allowance',
          args: [owner, token, spender],
        }),
      )
      return {
        kind: 'permit2',
        contract,
        token,
        spender,
        amount: state ? state[0] : null,
        expiration: state ? state[1] : null,
      }
    }),
  )
}

/** A token's name and symbol are whatever its contract says: kept only when they look like a name. */
function saneTokenInfo(info: TokenInfo): TokenInfo {
  const plain = (value: string | null, max: number) =>
    value !== null && value.length <= max && /^[\p{L}\p{N} ._\-$+()/]+$/u.test(value) ? value : null
  return {
    address: info.address,
    symbol: plain(info.symbol, 16),
    name: plain(info.name, 48),
    decimals: info.decimals !== null && info.decimals >= 0 && info.decimals <= 36 ? info.decimals : null,
  }
}
