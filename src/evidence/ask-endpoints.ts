import type { Address, Hash } from 'viem'
import type { ChainConnection, ConnectionContext } from '../rpc/chain-connection.js'
import { endpointLabel, type Endpoint, type EndpointProblem } from '../rpc/endpoint.js'
import { connectEachEndpoint } from '../rpc/endpoint-connections.js'
import { logsDigest } from './endpoint-views.js'
import { readTransaction } from './read-transaction.js'
import { askEach } from './read-side-by-side.js'
import type { EndpointView, ReceiptData, TxData } from './schema.js'

/** What one endpoint answered in round one. */
export type EndpointAnswer = {
  endpoint: Endpoint
  /** A connection to this endpoint alone. */
  single: ChainConnection
  head: bigint
  tx: TxData | null
  receipt: ReceiptData | null
}

/** One chain's endpoints, each addressable, and what those asked so far answered. */
export type ChainSearch = {
  connection: ChainConnection
  singles: ChainConnection[]
  asked: number
  answers: EndpointAnswer[]
  /** Where an endpoint too slow to compare is named (one that fails or refuses is named by its transport). */
  problems: EndpointProblem[]
}

export function startSearch(connection: ChainConnection, context: ConnectionContext): ChainSearch {
  return {
    connection,
    singles: connectEachEndpoint(connection, context),
    asked: 0,
    answers: [],
    problems: context.problems,
  }
}

/**
 * Asks the next `count` endpoints of the chain in parallel — head, transaction and receipt in one
 * batch each, so all of them cost one round trip together. An endpoint that fails is recorded by
 * its transport and simply gives no answer. When every endpoint asked failed, the next ones are
 * asked, as the chain's fallback would have.
 */
export async function askEndpoints(
  search: ChainSearch,
  hash: Hash,
  count: number | 'all',
  graceMs: number,
): Promise<void> {
  while (search.asked < search.singles.length) {
    const end = count === 'all' ? search.singles.length : Math.min(search.singles.length, search.asked + count)
    const batch = search.singles.slice(search.asked, end)
    search.asked = end
    const answers = await askEach(batch, (single) => askOne(single, hash), graceMs, search.problems)
    search.answers.push(...answers.flatMap((a) => (a ? [a.value] : [])))
    if (search.answers.length > 0) return
  }
}

/** One endpoint's head and view of the transaction; it throws when the endpoint failed or refused (its transport named it). */
async function askOne(single: ChainConnection, hash: Hash): Promise<EndpointAnswer> {
  const [head, found] = await Promise.all([
    single.client.getBlockNumber({ cacheTime: 0 }),
    readTransaction(single.client, hash),
  ])
  return { endpoint: single.endpoints[0] as Endpoint, single, head, ...found }
}

/** The sender's mined nonce as one endpoint sees it, with the head it was read at (null when it failed). */
export async function askNonce(single: ChainConnection, address: Address): Promise<EndpointView['nonces']> {
  try {
    const [latest, atBlock] = await Promise.all([
      single.client.getTransactionCount({ address, blockTag: 'latest' }),
      single.client.getBlockNumber({ cacheTime: 0 }),
    ])
    return { latest, atBlock }
  } catch {
    return null
  }
}

export function toView(chainId: number, answer: EndpointAnswer): EndpointView {
  const receipt = answer.receipt
  return {
    chainId,
    endpoint: endpointLabel(answer.endpoint),
    headBlock: answer.head,
    headTimestamp: null,
    knowsTx: answer.tx !== null || receipt !== null,
    receipt: receipt && {
      status: receipt.status,
      blockNumber: receipt.blockNumber,
      blockHash: receipt.blockHash,
      logCount: receipt.logCount,
      logsDigest: logsDigest(receipt),
    },
    nonces: null,
  }
}
