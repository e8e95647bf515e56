import { createClient, type Chain, type Client, type ClientConfig, type PublicClient, type Transport } from 'viem'
import {
  call,
  getBalance,
  getBlock,
  getBlockNumber,
  getChainId,
  getCode,
  getFeeHistory,
  getGasPrice,
  getTransaction,
  getTransactionCount,
  getTransactionReceipt,
  readContract,
} from 'viem/actions'

/** The reads the program makes: viem's own actions, JSON-RPC reads only (nothing signs, sends or watches). */
const reads = {
  call,
  getBalance,
  getBlock,
  getBlockNumber,
  getChainId,
  getCode,
  getFeeHistory,
  getGasPrice,
  getTransaction,
  getTransactionCount,
  getTransactionReceipt,
  readContract,
}

/** A viem client with the reads above, typed exactly as viem types them on a public client. */
export type ReadClient = Pick<PublicClient, keyof typeof reads | 'chain' | 'request'>

/**
 * viem's `createPublicClient` carries every public action (simulation, signature checks, ENS, …):
 * building it makes the bundle load viem's whole action set, ox and the secp256k1 curve at each
 * start. A base client extended with the reads above loads about a third of that. Each read is
 * bound to the client the way viem's `publicActions` binds it (`(args) => action(client, args)`).
 */
export function createReadClient(config: ClientConfig<Transport, Chain | undefined>): ReadClient {
  return createClient(config).extend((client) =>
    Object.fromEntries(
      Object.entries(reads).map(([name, action]) => [
        name,
        (args: unknown) => (action as (client: Client, args: unknown) => unknown)(client, args),
      ]),
    ),
  ) as unknown as ReadClient
}
