import type { Address, Hash } from 'viem'
import type { SeenTransaction } from '../memory/seen-transactions.js'
import type { ChainConnection, ConnectionContext } from '../rpc/chain-connection.js'
import { endpointLabel, type EndpointProblem, type RpcStats } from '../rpc/endpoint.js'
import { connectPreferring, verified } from '../rpc/endpoint-connections.js'
import type { EndpointPool } from '../rpc/endpoint-http.js'
import { askEndpoints, askNonce, startSearch, toView, type ChainSearch, type EndpointAnswer } from './ask-endpoints.js'
import { freshestHead, isBehind, receiptFacts } from './endpoint-views.js'
import { firstRoundWidth } from './first-round-width.js'
import { readLaggingHeadTimes } from './read-lagging-head-times.js'
import { findReplacement } from './find-replacement.js'
import { readChainState } from './read-chain-context.js'
import type { SharedChainState } from './shared-chain-state.js'
import { readOutcome } from './read-outcome.js'
import { readDelegations } from './read-delegations.js'
import { readUserOperation } from './read-user-operation.js'
import type { ChainContext, EndpointView, ReceiptData, TxData, TxEvidence } from './schema.js'
import { noEndpointAnsweredError } from '../errors/rpc-errors.js'
import type { BridgeRoutes } from '../chains/bridge-routes.js'
import type { BridgeTrace } from './bridge-schema.js'
import { followBridges } from './bridges/follow-bridges.js'
import { graceFor, readSideBySideIn } from './read-side-by-side.js'

export type TxLookup = {
  hash: Hash
  requestedChainId: number | null
  /** Every chain that has endpoints, in registry order. */
  connections: readonly ChainConnection[]
  /** `--from` / `--nonce`, for a hash no node knows any more. */
  hints: { from?: Address | undefined; nonce?: number | undefined }
  memory: SeenTransaction | null
  problems: EndpointProblem[]
  stats: RpcStats
  /** Per HTTP request, for the connections made to each endpoint alone. */
  requestTimeoutMs: number
  /** The clients the chains' connections use: the per-endpoint connections share them (and their early answers). */
  pool?: EndpointPool | undefined
  now: () => Date
  /** ERC-4337 EntryPoints whose UserOperationEvent may name a hash no node knows as a transaction. */
  entryPoints?: readonly Address[]
  /** Where the bridges' contracts are: a mined deposit through one of them is followed to its destination. */
  bridgeRoutes?: BridgeRoutes
  /** `batch`: the head and fee history read once per chain and block for every look of the run. */
  chainState?: SharedChainState | undefined
}

/**
 * The chain's answer: the endpoint whose word the evidence takes (the freshest that knows the
 * hash; among receipts, the one most endpoints agree with), and a connection that asks it first
 * and falls back only to endpoints that are not behind.
 */
type Sighting = {
  connection: ChainConnection
  tx: TxData | null
  receipt: ReceiptData | null
  chosen: EndpointAnswer
  /**
   * Every endpoint that answered, freshest first: their nonces are cross-checked — those behind the
   * freshest head too, since that head is one endpoint's word (one claiming a head far ahead would
   * otherwise be the only one asked, and its nonce alone could say "dropped").
   */
  answered: EndpointAnswer[]
}

/**
 * Looks for the hash on the chain asked for first, then on every other chain at once (a hash
 * looked up on the wrong network is one of the commonest mistakes), and reads the context the
 * rules need on the chain where it was found — or, for a hash nobody knows, on the sender's chain.
 *
 * Verdicts people act on ("safe to send again", "not found", "replaced") are not taken on one
 * endpoint's word: every endpoint of the chain asked for, and two of every other chain, are asked
 * side by side in the first round (one parallel round trip); before a hash is called unknown, the
 * endpoints not yet asked are asked too. What each said goes into the evidence (`endpointViews`),
 * for the rules to compare.
 */
export async function gatherTxEvidence(lookup: TxLookup): Promise<TxEvidence> {
  const context = {
    requestTimeoutMs: lookup.requestTimeoutMs,
    problems: lookup.problems,
    stats: lookup.stats,
    pool: lookup.pool,
  }
  const searches = lookup.connections.map((c) => startSearch(c, context))
  // How long the other endpoints of a round may lag behind the first good answer.
  const graceMs = graceFor(lookup.requestTimeoutMs)
  const requested = searches.find((s) => s.connection.chain.id === lookup.requestedChainId)
  const others = searches.filter((s) => s !== requested)
  const knows = (s: ChainSearch) => s.answers.some((a) => a.tx !== null || a.receipt !== null)
  const ask = (list: ChainSearch[], width: (s: ChainSearch) => number | 'all') =>
    Promise.all(list.map((s) => askEndpoints(s, lookup.hash, width(s), graceMs)))

  const asked: ChainSearch[] = []
  if (requested) {
    await ask([requested], () => firstRoundWidth(true))
    asked.push(requested)
  }
  if (!asked.some(knows)) {
    await ask(others, () => firstRoundWidth(false))
    asked.push(...others)
  }
  // Nobody knows it: ask the endpoints not asked yet before saying so. Receipts that differ: ask
  // them too, so that a majority can be formed if there is one.
  if (!asked.some(knows)) await ask(asked, () => 'all')
  else await ask(asked.filter(receiptsDiffer), () => 'all')

  const answered = asked.filter((s) => s.answers.length > 0)
  const unreachable = [
    // The chain asked for, with no endpoint to search it: "not found" must not read as "not there".
    ...(lookup.requestedChainId !== null && !requested ? [lookup.requestedChainId] : []),
    ...asked.filter((s) => s.answers.length === 0).map((s) => s.connection.chain.id),
  ]
  if (answered.length === 0) {
    throw noEndpointAnsweredError(lookup.problems)
  }
  const sightings = answered.map((s) => sightingOf(s, context))
  const searched = sightings.map((s) => s.connection.chain.id)

  const found = sightings.filter(isFound)
  const primary = found.find((s) => s.connection.chain.id === lookup.requestedChainId) ?? found[0]
  const sender = senderOf(primary?.tx ?? null, lookup)
  const contextSighting = primary ?? contextChainForLostHash(lookup, sightings, sender)
  const [chainContext, headTimes] = await Promise.all([
    contextSighting ? readContext(contextSighting, sender, lookup) : null,
    // The chain the verdict is about; with none (a hash nobody knows), every chain searched.
    readLaggingHeadTimes(
      contextSighting
        ? answered.filter((s) => s.connection.chain.id === contextSighting.connection.chain.id)
        : answered,
      graceMs,
    ),
  ])
  const bridges = chainContext ? await followFrom(chainContext.context, contextSighting!, lookup) : []
  const views = answered.flatMap((s) =>
    s.answers.map((a) => ({ ...toView(s.connection.chain.id, a), headTimestamp: headTimes.get(a) ?? null })),
  )
  for (const view of views) {
    const nonces = chainContext?.nonceViews.get(`${view.chainId} ${view.endpoint}`)
    if (nonces) view.nonces = nonces
  }
  // No transaction has this hash: it may be a user operation's (the requested chain's answer first).
  const userOperation =
    found.length === 0 && !sender && lookup.entryPoints?.length
      ? await findUserOperation(sightings, lookup.hash, lookup.entryPoints, requested?.connection)
      : null

  return {
    evidenceVersion: 1,
    kind: 'tx',
    hash: lookup.hash,
    requestedChainId: lookup.requestedChainId,
    searchedChainIds: searched,
    unreachableChainIds: unreachable,
    foundOnChainIds: found.map((s) => s.connection.chain.id),
    sender,
    ...(userOperation ? { userOperation } : {}),
    ...(bridges.length > 0 ? { bridges } : {}),
    memory: lookup.memory
      ? { firstSeenAt: lookup.memory.firstSeenAt, lastStatus: lookup.memory.lastStatus, chainId: lookup.memory.chainId }
      : null,
    context: chainContext?.context ?? null,
    endpointProblems: uniqueProblems(lookup.problems),
    endpointViews: views,
    gatheredAt: lookup.now().toISOString(),
    rpc: { ...lookup.stats },
  }
}

/** The freshest endpoint that knows the hash speaks for the chain; one behind the others never does. */
function sightingOf(search: ChainSearch, context: ConnectionContext): Sighting {
  const freshest = freshestHead(search.answers.map((a) => ({ headBlock: a.head })))
  const byHead = [...search.answers].sort((a, b) => (b.head > a.head ? 1 : b.head < a.head ? -1 : 0))
  const fresh = byHead.filter((a) => !isBehind({ headBlock: a.head }, freshest))
  const receipts = byHead.filter((a) => a.receipt !== null)
  const knowers = byHead.filter((a) => a.tx !== null || a.receipt !== null)
  const chosen = mostAgreed(receipts, search.connection.chain.id) ?? knowers[0] ?? fresh[0]
  if (!chosen) throw new Error('a chain that answered has a freshest endpoint') // only called with answers
  // Behind the chosen one: the other fresh endpoints, then those not asked in round one (not known
  // to be behind), so a failure in round two still has somewhere to go; never one found behind.
  const connection = connectPreferring(
    search.connection,
    verified(chosen.endpoint),
    [...fresh.map((a) => verified(a.endpoint)), ...search.connection.endpoints.slice(search.asked)],
    context,
  )
  return { connection, tx: chosen.tx, receipt: chosen.receipt, chosen, answered: byHead }
}

/** The receipt most endpoints served (the first, freshest, on a tie): the rules judge whether that is a majority. */
function mostAgreed(receipts: EndpointAnswer[], chainId: number): EndpointAnswer | undefined {
  const facts = receipts.map((a) => receiptFacts(toView(chainId, a)))
  let best: EndpointAnswer | undefined
  let bestCount = 0
  receipts.forEach((answer, i) => {
    const count = facts.filter((f) => f === facts[i]).length
    if (count > bestCount) [best, bestCount] = [answer, count]
  })
  return best
}

/** Two endpoints of the chain served different receipts (or one none) for the hash. */
function receiptsDiffer(search: ChainSearch): boolean {
  const facts = new Set(search.answers.map((a) => receiptFacts(toView(search.connection.chain.id, a))))
  return facts.size > 1 && search.answers.some((a) => a.receipt !== null)
}

/** The same endpoint failing for two connections is one problem. */
function uniqueProblems(problems: EndpointProblem[]): EndpointProblem[] {
  const seen = new Set<string>()
  return problems.filter((p) => {
    const key = `${p.kind} ${p.chainId} ${p.endpoint}`
    return seen.has(key) ? false : (seen.add(key), true)
  })
}

const isFound = (s: Sighting) => s.tx !== null || s.receipt !== null

async function findUserOperation(
  sightings: Sighting[],
  hash: Hash,
  entryPoints: readonly Address[],
  requested: ChainConnection | undefined,
) {
  const connections = sightings.map((s) => s.connection).sort((a) => (a === requested ? -1 : 0))
  const results = await Promise.all(
    connections.map((connection) => readUserOperation(connection, { hash, entryPoints }).catch(() => null)),
  )
  return results.find((r) => r !== null) ?? null
}

function senderOf(tx: TxData | null, lookup: TxLookup): TxEvidence['sender'] {
  if (tx) return { from: tx.from, nonce: tx.nonce, source: 'transaction' }
  if (lookup.hints.from && lookup.hints.nonce !== undefined) {
    return { from: lookup.hints.from, nonce: lookup.hints.nonce, source: 'flags' }
  }
  if (lookup.memory) return { from: lookup.memory.from, nonce: lookup.memory.nonce, source: 'memory' }
  return null
}

/** A hash no node knows: the sender's nonce is read where the transaction was last seen or asked about. */
function contextChainForLostHash(lookup: TxLookup, sightings: Sighting[], sender: TxEvidence['sender']) {
  if (!sender) return undefined
  const chainId =
    (sender.source === 'memory' ? lookup.memory?.chainId : undefined) ??
    lookup.requestedChainId ??
    (sightings.length === 1 ? sightings[0]?.connection.chain.id : undefined)
  return sightings.find((s) => s.connection.chain.id === chainId)
}

/** A mined transaction that started bridge transfers: each is followed on its destination chain. */
async function followFrom(context: ChainContext, sighting: Sighting, lookup: TxLookup): Promise<BridgeTrace[]> {
  if (!lookup.bridgeRoutes || !context.tx || !context.receipt) return []
  return followBridges({
    source: sighting.connection,
    tx: context.tx,
    receipt: context.receipt,
    sourceBlock: context.txBlock,
    connections: lookup.connections,
    routes: lookup.bridgeRoutes,
    now: lookup.now,
    readSideBySide: readSideBySideIn(lookup, lookup.requestTimeoutMs),
  })
}

type GatheredContext = { context: ChainContext; nonceViews: Map<string, EndpointView['nonces']> }

async function readContext(
  sighting: Sighting,
  sender: TxEvidence['sender'],
  { hash, chainState }: Pick<TxLookup, 'hash' | 'chainState'>,
): Promise<GatheredContext> {
  const { connection, tx, receipt } = sighting
  const shared = chainState && { state: chainState, chainId: connection.chain.id, seenHead: sighting.chosen.head }
  // The chain's state and a mined transaction's outcome need only the transaction and receipt:
  // asked together, they leave as one batch. When the verdict will rest on the sender's nonce
  // (nothing mined), the other endpoints are asked for it at the same time.
  const noOutcome = { failure: null, swapState: null, tokens: [], recipients: [] }
  const crossChecked = sender && !receipt ? sighting.answered.filter((a) => a !== sighting.chosen) : []
  const [state, outcome, otherNonces] = await Promise.all([
    readChainState(connection.client, { sender: sender?.from ?? null, receipt }, shared),
    tx && receipt ? readOutcome(connection.client, tx, receipt) : noOutcome,
    Promise.all(crossChecked.map((a) => askNonce(a.single, (sender as NonNullable<typeof sender>).from))),
  ])
  const chainId = connection.chain.id
  const nonceViews = new Map<string, EndpointView['nonces']>()
  if (state.nonces) {
    nonceViews.set(`${chainId} ${endpointLabel(sighting.chosen.endpoint)}`, {
      latest: state.nonces.latest,
      atBlock: state.head.number,
    })
  }
  crossChecked.forEach((a, i) => nonceViews.set(`${chainId} ${endpointLabel(a.endpoint)}`, otherNonces[i] ?? null))
  const nonceUsedElsewhere = sender && !receipt && state.nonces && state.nonces.latest > sender.nonce
  const replacement = nonceUsedElsewhere
    ? await findReplacement(connection.client, {
        from: sender.from,
        nonce: sender.nonce,
        originalHash: hash,
        head: state.head.number,
      })
    : null
  // EIP-7702: whose account each authorization delegates, and whether the code took (one more batch, type 4 only).
  const delegations = tx && receipt ? await readDelegations(connection.client, tx, receipt) : []
  return { context: { chainId, tx, receipt, ...state, replacement, ...outcome, delegations }, nonceViews }
}
