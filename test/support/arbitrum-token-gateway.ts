import { keccak256, toHex, zeroAddress, type Address } from 'viem'
import { artifact, deploy, type devWallet } from './devnode.js'

type DevWallet = ReturnType<typeof devWallet>

const tokenBridge = (name: string) =>
  artifact(
    `@arbitrum/token-bridge-contracts/build/contracts/contracts/tokenbridge/ethereum/gateway/${name}.sol/${name}.json`,
  )

/**
 * Arbitrum's token bridge on L1, unmodified from @arbitrum/token-bridge-contracts: an L1GatewayRouter
 * whose default gateway is an L1ERC20Gateway, wired to the world's real Inbox. `l2Counterpart` is
 * the L2 gateway the L1 gateway answers to (its `counterpartGateway()`): the test plays it with an
 * account of its own, which sends the L2 gateway's messages through ArbSys. The L2 side's beacon
 * factory and proxy hash only matter for deploying bridged tokens on the L2, which no test does.
 */
export async function deployTokenGateway(
  owner: DevWallet,
  { inbox, l2Counterpart }: { inbox: Address; l2Counterpart: Address },
): Promise<{ router: Address; gateway: Address }> {
  const routerArtifact = tokenBridge('L1GatewayRouter')
  const gatewayArtifact = tokenBridge('L1ERC20Gateway')
  const gateway = await deploy(owner, gatewayArtifact)
  const router = await deploy(owner, routerArtifact)
  const call = async (address: Address, abi: any[], functionName: string, args: unknown[]) => {
    const hash = await owner.writeContract({ address, abi, functionName, args, chain: null })
    const receipt = await owner.waitForTransactionReceipt({ hash, pollingInterval: 20 })
    if (receipt.status !== 'success') throw new Error(`${functionName} reverted`)
  }
  const l2Router = '0x00000000000000000000000000000000000042a1'
  const l2BeaconFactory = '0x00000000000000000000000000000000000042b1'
  await call(gateway, gatewayArtifact.abi, 'initialize', [
    l2Counterpart,
    router,
    inbox,
    keccak256(toHex('cloneable proxy')),
    l2BeaconFactory,
  ])
  await call(router, routerArtifact.abi, 'initialize', [owner.account.address, gateway, zeroAddress, l2Router, inbox])
  return { router, gateway }
}
