import type { ChainConnection, ConnectionContext } from '../rpc/chain-connection.js'
import { endpointLabel, type Endpoint, type EndpointProblem } from '../rpc/endpoint.js'
import { connectEachEndpoint } from '../rpc/endpoint-connections.js'
import { withGrace } from './with-grace.js'
import { faultWords } from '../findings/fault-words.js'

/** What one endpoint answered to a read asked of every endpoint of its chain. */
export type EndpointReading<T> = { endpoint: string; value: T }

/**
 * The same read, asked of each endpoint of a connection in parallel (one round trip together;
 * `read` gets a connection to that endpoint alone): what each said, by endpoint, in the
 * connection's order. For a fact a verdict rests on that no other read cross-checks: the chain's
 * usual connection asks the next endpoint only when one fails. An endpoint whose read fails says
 * nothing (its transport names it); one still out `graceMs` after the first answer is left out too,
 * and named, as the hash lookup names it.
 */
export type ReadSideBySide = <T>(
  connection: ChainConnection,
  read: (single: ChainConnection) => Promise<T>,
) => Promise<EndpointReading<T>[]>

/** How long the other endpoints may lag behind the first good answer: half a request's timeout, at least 250 ms. */
export const graceFor = (requestTimeoutMs: number) => Math.max(250, Math.floor(requestTimeoutMs / 2))

export function readSideBySide(context: ConnectionContext, graceMs: number): ReadSideBySide {
  return async (connection, read) => {
    const singles = connectEachEndpoint(connection, context)
    const values = await askEach(singles, read, graceMs, context.problems)
    return singles.flatMap((single, i) => {
      const answered = values[i]
      return answered ? [{ endpoint: endpointLabel(single.endpoints[0] as Endpoint), value: answered.value }] : []
    })
  }
}

/**
 * `read` asked of each single-endpoint connection in parallel: each one's value, or null where the
 * read failed (its transport names the endpoint) or was still out `graceMs` after the first answer
 * — such an endpoint is named in `problems`, so the report says which one was not compared. The
 * hash lookup (ask-endpoints.ts) and every other side-by-side read go through here.
 */
export async function askEach<T>(
  singles: readonly ChainConnection[],
  read: (single: ChainConnection) => Promise<T>,
  graceMs: number,
  problems: EndpointProblem[],
): Promise<({ value: T } | null)[]> {
  const settled = singles.map(() => false)
  const values = await withGrace(
    singles.map((single, i) =>
      // Through a promise first: a read that throws before its first await is a failure like any other.
      Promise.resolve()
        .then(() => read(single))
        .then(
          (value) => ({ value }),
          () => null,
        )
        .finally(() => (settled[i] = true)),
    ),
    graceMs,
  )
  singles.forEach((single, i) => {
    if (!settled[i])
      problems.push({
        kind: 'unreachable',
        chainId: single.chain.id,
        endpoint: endpointLabel(single.endpoints[0] as Endpoint),
        reason: faultWords.tooSlow,
      })
  })
  return values
}

/**
 * For a command's network (its problems, counts and shared HTTP clients) and request timeout: reads
 * asked of each endpoint on its own, with the usual grace.
 */
export const readSideBySideIn = (
  network: Pick<ConnectionContext, 'problems' | 'stats' | 'pool'>,
  requestTimeoutMs: number,
): ReadSideBySide =>
  readSideBySide(
    { requestTimeoutMs, problems: network.problems, stats: network.stats, pool: network.pool },
    graceFor(requestTimeoutMs),
  )
