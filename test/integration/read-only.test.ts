import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPublicClient, parseEther } from 'viem'
import { chainForId } from '../../src/chains/registry.js'
import { DoctorError, walkCauses } from '../../src/errors/doctor-error.js'
import { chainTransport } from '../../src/rpc/chain-transport.js'
import { assertReadOnly, READ_METHODS } from '../../src/rpc/read-methods.js'
import { devWallet, startAnvil } from '../support/devnode.js'
import { startRpcProxy } from '../support/rpc-proxy.js'

let node: Awaited<ReturnType<typeof startAnvil>>
let proxy: Awaited<ReturnType<typeof startRpcProxy>>
beforeAll(async () => {
  node = await startAnvil()
  proxy = await startRpcProxy({ target: node.url })
})
afterAll(async () => {
  await proxy?.stop()
  await node?.stop()
})

const client = () =>
  createPublicClient({
    chain: chainForId(31337).viemChain,
    transport: chainTransport({
      chainId: 31337,
      endpoints: [{ url: proxy.url, chainId: 31337, origin: 'flag' }],
      requestTimeoutMs: 2000,
      problems: [],
      stats: { httpRequests: 0, calls: 0 },
    }),
  })

describe('read-only, provably', () => {
  it('refuses to send a signed transaction: nothing reaches the node', async () => {
    // A real signed transfer, made by the test's wallet; the tool's transport must not pass it on.
    const wallet = devWallet(node.url)
    const request = await wallet.prepareTransactionRequest({
      to: wallet.account.address,
      value: parseEther('1'),
      chain: null,
    })
    const signed = await wallet.signTransaction({ ...request, chain: null })
    const before = proxy.seen.methods.length
    const error = await client()
      .sendRawTransaction({ serializedTransaction: signed })
      .catch((e: unknown) => e)
    const refusal = walkCauses(error, (e) => e instanceof DoctorError) as DoctorError
    expect(refusal.code).toBe('rpc.method-refused')
    expect(proxy.seen.methods.slice(before)).toEqual([])
  })

  it.each([
    'eth_sendRawTransaction',
    'eth_sendTransaction',
    'eth_sign',
    'personal_sign',
    'eth_signTypedData_v4',
    'anvil_setBalance',
    'evm_mine',
    'wallet_addEthereumChain',
  ])('refuses %s', (method) => {
    expect(() => assertReadOnly(method)).toThrow(DoctorError)
  })

  it('the allow-list holds only reading methods', () => {
    for (const method of READ_METHODS)
      expect(method).toMatch(
        /^(eth_(chainId|blockNumber|get\w+|call|estimateGas|feeHistory|gasPrice|maxPriorityFeePerGas)|net_version|web3_clientVersion|debug_traceTransaction)$/,
      )
  })

  it('reads pass, batched into one HTTP request with the chain id check', async () => {
    const before = proxy.seen.httpRequests
    const c = client()
    await Promise.all([
      c.getBlockNumber(),
      c.getGasPrice(),
      c.getBalance({ address: devWallet(node.url).account.address }),
    ])
    expect(proxy.seen.httpRequests - before).toBe(1)
  })
})
