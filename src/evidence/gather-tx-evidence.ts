import type { Address, Hash } from 'viem'
import type { SeenTransaction } from '../memory/seen-transactions.js'
import type { ChainConnection } from '../rpc/chain-connection.js'
import type { EndpointProblem, RpcStats } from '../rpc/endpoint.js'
import { findReplacement } from './find-replacement.js'
import { readChainState } from './read-chain-context.js'
import { readOutcome } from './read-outcome.js'
import { readTransaction } from './read-transaction.js'
import type { ChainContext, ReceiptData, TxData, TxEvidence } from './schema.js'
import { noEndpointAnsweredError } from '../errors/rpc-errors.js'

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
  now: () => Date
}

type Sighting = { connection: ChainConnection; tx: TxData | null; receipt: ReceiptData | null }

/**
 * Looks for the hash on the chain asked for first, then on every other chain at once (a hash
 * looked up on the wrong network is one of the commonest mistakes), and reads the context the
 * rules need on the chain where it was found — or, for a hash nobody knows, on the sender's chain.
 */
export async function gatherTxEvidence(lookup: TxLookup): Promise<TxEvidence> {
  const requested = lookup.connections.find((c) => c.chain.id === lookup.requestedChainId)
  const others = lookup.connections.filter((c) => c !== requested)
  const unreachable: number[] = []

  const search = async (connections: readonly ChainConnection[]) =>
    (
      await Promise.all(
        connections.map(async (connection): Promise<Sighting | null> => {
          try {
            return { connection, ...(await readTransaction(connection.client, lookup.hash)) }
          } catch {
            unreachable.push(connection.chain.id)
            return null
          }
        }),
      )
    ).filter((s): s is Sighting => s !== null)

  let sightings = requested ? await search([requested]) : []
  if (!sightings.some(isFound)) sightings = [...sightings, ...(await search(others))]
  const searched = sightings.map((s) => s.connection.chain.id)
  if (searched.length === 0) {
    throw noEndpointAnsweredError()
  }

  const found = sightings.filter(isFound)
  const primary = found.find((s) => s.connection === requested) ?? found[0]
  const sender = senderOf(primary?.tx ?? null, lookup)
  const contextConnection = primary?.connection ?? contextChainForLostHash(lookup, sightings, sender)
  const context = contextConnection ? await readContext(contextConnection, primary ?? null, sender, lookup.hash) : null

  return {
    evidenceVersion: 1,
    kind: 'tx',
    hash: lookup.hash,
    requestedChainId: lookup.requestedChainId,
    searchedChainIds: searched,
    unreachableChainIds: unreachable,
    foundOnChainIds: found.map((s) => s.connection.chain.id),
    sender,
    memory: lookup.memory
      ? { firstSeenAt: lookup.memory.firstSeenAt, lastStatus: lookup.memory.lastStatus, chainId: lookup.memory.chainId }
      : null,
    context,
    endpointProblems: lookup.problems,
    gatheredAt: lookup.now().toISOString(),
    rpc: { ...lookup.stats },
  }
}

const isFound = (s: Sighting) => s.tx !== null || s.receipt !== null

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
  return sightings.find((s) => s.connection.chain.id === chainId)?.connection
}

async function readContext(
  connection: ChainConnection,
  sighting: Sighting | null,
  sender: TxEvidence['sender'],
  hash: Hash,
): Promise<ChainContext> {
  const tx = sighting?.tx ?? null
  const receipt = sighting?.receipt ?? null
  // The chain's state and a mined transaction's outcome need only the transaction and receipt:
  // asked together, they leave as one batch.
  const noOutcome = { failure: null, swapState: null, tokens: [], recipients: [] }
  const [state, outcome] = await Promise.all([
    readChainState(connection.client, { sender: sender?.from ?? null, receipt }),
    tx && receipt ? readOutcome(connection.client, tx, receipt) : noOutcome,
  ])
  const nonceUsedElsewhere = sender && !receipt && state.nonces && state.nonces.latest > sender.nonce
  const replacement = nonceUsedElsewhere
    ? await findReplacement(connection.client, {
        from: sender.from,
        nonce: sender.nonce,
        originalHash: hash,
        head: state.head.number,
      })
    : null
  return { chainId: connection.chain.id, tx, receipt, ...state, replacement, ...outcome }
}
