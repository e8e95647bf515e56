import { afterAll, beforeAll } from 'vitest'
import type { Hash } from 'viem'
import { useAnvil } from './anvil-fixture.js'
import { devWallet } from './devnode.js'
import { startRpcProxy } from './rpc-proxy.js'

type Proxy = Awaited<ReturnType<typeof startRpcProxy>>

/**
 * The smallest world a transport test needs, for the test file that calls it: one anvil node with
 * one confirmed transfer on it, and proxies in front of that node (counting, delaying, faulty,
 * lying: see rpc-proxy.js), each stopped after the file's tests.
 */
export function useConfirmedTransfer() {
  const node = useAnvil()
  const proxies: Proxy[] = []
  let hash: Hash | undefined
  beforeAll(async () => {
    const wallet = devWallet(node.url)
    hash = await wallet.sendTransaction({ to: devWallet(node.url, 1).account.address, value: 1n, chain: null })
    await wallet.waitForTransactionReceipt({ hash, pollingInterval: 20 })
  })
  afterAll(() => Promise.all(proxies.map((p) => p.stop())))
  return {
    node,
    /** The confirmed transfer's hash. */
    get hash(): Hash {
      if (!hash) throw new Error('the transfer is used before it was sent: use it inside a hook or a test')
      return hash
    },
    /** A proxy in front of the node, stopped with the others. */
    proxy: async (options: Omit<Parameters<typeof startRpcProxy>[0], 'target'> = {}): Promise<Proxy> => {
      const started = await startRpcProxy({ target: node.url, ...options })
      proxies.push(started)
      return started
    },
  }
}
