import { erc20Abi, type Address } from 'viem'
import type { ChainConnection } from '../rpc/chain-connection.js'
import type { AddressReading } from './address-schema.js'
import { contractAnswerOrNull, holdsCode } from './contract-answer.js'
import { isAborted } from '../rpc/endpoint-errors.js'
import { BEHIND_BLOCKS, digestOfLogs, secondFreshestHead } from './endpoint-views.js'
import type { ReadSideBySide } from './read-side-by-side.js'
import { readLogRange } from './read-log-range.js'
import { transferFilters } from './read-transfer-logs.js'
import type { ReadClient } from '../rpc/read-client.js'

/**
 * The address's coin balance and mined nonce, and the token's code and balance, as each endpoint of
 * the chain says them on its own at one block (the same for all: honest endpoints then say exactly
 * the same). The block is chosen from every endpoint's head, asked first: two below the
 * second-freshest — which at least two endpoints hold, so no single endpoint's far-off head can
 * leave the others with nothing to say. With the token's transfers read (`transfersRange`: the
 * blocks they were compared on, once known), each endpoint's Transfer logs over those blocks too,
 * beside its head. Undefined with one endpoint (nothing to compare it with).
 */
export async function readAddressOnEachEndpoint(
  connection: ChainConnection,
  {
    address,
    token,
    transfersRange,
  }: { address: Address; token: Address | null; transfersRange: Promise<{ from: bigint; to: bigint } | null> },
  readSideBySide: ReadSideBySide,
): Promise<AddressReading[] | undefined> {
  if (connection.endpoints.length < 2) return undefined
  const [heads, range] = await Promise.all([
    readSideBySide(connection, ({ client }) => client.getBlockNumber({ cacheTime: 0 })),
    transfersRange,
  ])
  const held = secondFreshestHead(heads.map((h) => h.value))
  if (held === undefined) return undefined
  const atBlock = held > BEHIND_BLOCKS ? held - BEHIND_BLOCKS : 0n
  const headOf = new Map(heads.map((h) => [h.endpoint, h.value]))
  const readings = await readSideBySide(connection, async ({ client }) => {
    // A token that is no ERC-20 reverts in these calls: that is an answer too (null), the same on
    // every honest endpoint. A timeout is not: the endpoint then says nothing, rather than something else.
    const [balance, nonce, tokenCode, tokenBalance, tokenDecimals, transfers] = await Promise.all([
      client.getBalance({ address, blockNumber: atBlock }),
      client.getTransactionCount({ address, blockNumber: atBlock }),
      token ? client.getCode({ address: token, blockNumber: atBlock }) : null,
      token
        ? contractAnswerOrNull(
            client.readContract({
              address: token,
              abi: erc20Abi,
              functionName: 'balanceOf',
              args: [address],
              blockNumber: atBlock,
            }),
          )
        : null,
      // What amounts are shown in, and what the import advice tells the wallet.
      token
        ? contractAnswerOrNull(
            client.readContract({ address: token, abi: erc20Abi, functionName: 'decimals', blockNumber: atBlock }),
          )
        : null,
      token && range !== null && range.from <= range.to
        ? transfersOver(client, { token, holder: address, ...range })
        : null,
    ])
    return {
      atBlock,
      balance,
      nonce,
      tokenHasCode: token ? holdsCode(tokenCode) : null,
      tokenBalance,
      tokenDecimals,
      transfers,
    }
  })
  return readings.map(({ endpoint, value }) => ({
    endpoint,
    ...value,
    // The head it said in the first round: one below the blocks compared has not got there.
    transfers: value.transfers ? { head: headOf.get(endpoint) ?? 0n, ...value.transfers } : null,
  }))
}

/**
 * The token's Transfer logs to or from the holder over [from, to], asked whole: how many and their
 * digest. An endpoint that refuses the range (or fails) has nothing to compare here (null), which
 * leaves its balances compared all the same.
 */
async function transfersOver(
  client: ReadClient,
  { token, holder, from, to }: { token: Address; holder: Address; from: bigint; to: bigint },
) {
  try {
    const read = await readLogRange(client, {
      filters: transferFilters(token, holder),
      fromBlock: from,
      toBlock: to,
      maxRequests: 1,
    })
    return { fromBlock: from, toBlock: to, count: read.logs.length, digest: digestOfLogs(read.logs) }
  } catch (error) {
    if (isAborted(error)) throw error
    return null
  }
}
