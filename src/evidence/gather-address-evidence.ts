import { erc20Abi, type Address } from 'viem'
import { otherFormOf } from '../decode/token-forms.js'
import type { ChainConnection } from '../rpc/chain-connection.js'
import type { EndpointProblem, RpcStats } from '../rpc/endpoint.js'
import type { AddressChain, AddressEvidence } from './address-schema.js'
import { readTokens } from './read-tokens.js'
import { readTransferLogs } from './read-transfer-logs.js'
import { holdsCode } from './contract-answer.js'
import { optionalRead } from './optional-read.js'
import { readAddressOnEachEndpoint } from './read-address-on-each-endpoint.js'
import { readEveryChain } from './read-every-chain.js'
import type { ReadSideBySide } from './read-side-by-side.js'

export type AddressLookup = {
  address: Address
  token: Address | null
  requestedChainId: number | null
  connections: readonly ChainConnection[]
  problems: EndpointProblem[]
  stats: RpcStats
  now: () => Date
  /** Each endpoint of a chain asked on its own, for the facts the verdicts rest on. */
  readSideBySide: ReadSideBySide
}

/**
 * The address on every chain with endpoints at once: native balance, nonces, whether it is a
 * contract — and with a token, whether that token exists there, the balance, and recent
 * transfers. Two rounds per chain: state in one batch, then the transfer logs. When a chain has
 * several endpoints, each one's head is asked beside the logs, then the same state — and the
 * token's transfers over the window the logs came from — of each on its own at one block.
 */
export async function gatherAddressEvidence(lookup: AddressLookup): Promise<AddressEvidence> {
  const { chains, unreachable } = await readEveryChain(
    lookup.connections,
    (connection) => readAddressOnChain(connection, lookup),
    lookup.problems,
  )
  return {
    evidenceVersion: 1,
    kind: 'address',
    address: lookup.address,
    token: lookup.token,
    requestedChainId: lookup.requestedChainId,
    chains,
    unreachableChainIds: unreachable,
    endpointProblems: lookup.problems,
    gatheredAt: lookup.now().toISOString(),
    rpc: { ...lookup.stats },
  }
}

async function readAddressOnChain(connection: ChainConnection, lookup: AddressLookup): Promise<AddressChain> {
  const { client, chain } = connection
  const { address, token } = lookup
  const twin = token ? otherFormOf(chain.id, token) : null
  const [head, balance, latest, pending, code, tokenCode, tokenInfo, tokenBalance, twinInfo, twinBalance] =
    await Promise.all([
      client.getBlockNumber({ cacheTime: 0 }),
      client.getBalance({ address }),
      client.getTransactionCount({ address, blockTag: 'latest' }),
      client.getTransactionCount({ address, blockTag: 'pending' }),
      client.getCode({ address }),
      token ? client.getCode({ address: token }) : null,
      token ? readTokens(client, [token]) : null,
      token
        ? optionalRead(
            client.readContract({ address: token, abi: erc20Abi, functionName: 'balanceOf', args: [address] }),
          )
        : null,
      twin ? readTokens(client, [twin]) : null,
      twin
        ? optionalRead(
            client.readContract({ address: twin, abi: erc20Abi, functionName: 'balanceOf', args: [address] }),
          )
        : null,
    ])
  const hasCode = holdsCode(tokenCode)
  const info = tokenInfo?.[0] ?? null
  const isErc20 = hasCode && info !== null && info.decimals !== null && tokenBalance !== null
  const transfersRead =
    token && isErc20 ? optionalRead(readTransferLogs(client, { token, holder: address, head })) : null
  // Each endpoint's own view waits for the blocks the transfers were compared on, to read the same ones.
  const transfersRange = Promise.resolve(transfersRead).then((t) =>
    t?.compared ? { from: t.fromBlock, to: t.compared.toBlock } : null,
  )
  const [transfers, endpointReadings] = await Promise.all([
    transfersRead,
    optionalRead(readAddressOnEachEndpoint(connection, { address, token, transfersRange }, lookup.readSideBySide)),
  ])
  return {
    chainId: chain.id,
    head,
    balance,
    nonces: { latest, pending },
    isContract: holdsCode(code),
    token: token ? { hasCode, info: isErc20 ? info : null, balance: isErc20 ? tokenBalance : null } : null,
    otherForm:
      twinInfo?.[0] && twinBalance !== null && twinBalance !== undefined && twinBalance > 0n
        ? { info: twinInfo[0], balance: twinBalance }
        : null,
    transfers,
    ...(endpointReadings ? { endpointReadings } : {}),
  }
}
