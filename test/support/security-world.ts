/**
 * One Ethereum-like anvil node (chain id 1, Prague for EIP-7702) holding every scenario of
 * "my wallet was drained", each on its own owner account. The attackers are played here, with
 * nothing but the contracts' own functions and signatures. Test-side code: the tool never sends.
 */
import {
  encodeFunctionData,
  maxUint256,
  parseEther,
  parseUnits,
  type Abi,
  type Address,
  type Hash,
  type Hex,
} from 'viem'
import { addLiquidityEth } from './contracts.js'
import { deploy, deployUniswap, devWallet, startAnvil, type DevWallet } from './devnode.js'
import { PERMIT2 } from '../../src/chains/known-spenders.js'
import { permit2Artifact, securityContracts, type Compiled } from './security-contracts.js'

export const ROUTER02: Address = '0x7a250d5630b4cf539739df2c5dacb4c659f2488d'
export const UNIVERSAL_ROUTER: Address = '0x3fc91a3afd70395cd496c647d5a6cc9d4b2b7fad'
export const OPENSEA_CONDUIT: Address = '0x1e0049783f008a0085193e00003d00cd54003c71'

/** Who plays whom: dev accounts by index. */
export const ROLE = {
  funder: 0,
  approvalVictim: 1,
  permitVictim: 2,
  permit2Victim: 3,
  nftVictim: 4,
  delegatedVictim: 5,
  leakedKeyVictim: 6,
  poisonedVictim: 7,
  poisonedPayer: 8,
  thief: 9,
  busy: 10,
  exchange: 11,
  friend: 12,
  emptiedByKey: 13,
  nativeSweptVictim: 14,
  nativePoisoned: 15,
  permit2ContractVictim: 16,
} as const

const unit = (n: string) => parseUnits(n, 18)

export async function buildSecurityWorld() {
  const node = await startAnvil({ chainId: 1, hardfork: 'prague', extraArgs: ['--accounts', '17'] })
  const wallet = (role: keyof typeof ROLE) => devWallet(node.url, ROLE[role])
  const address = (role: keyof typeof ROLE) => wallet(role).account.address.toLowerCase() as Address
  const funder = wallet('funder')
  const thief = wallet('thief')
  const compiled = securityContracts()
  const mined = async (hash: Hash | { transactionHash: Hash }) => {
    if (typeof hash !== 'string') hash = hash.transactionHash
    const receipt = await funder.waitForTransactionReceipt({ hash, pollingInterval: 20 })
    if (receipt.status !== 'success') throw new Error(`transaction failed: ${hash}`)
    return receipt
  }
  const call = async (from: DevWallet, to: Address, abi: Abi, functionName: string, args: unknown[]) =>
    mined(await from.writeContract({ address: to, abi, functionName, args, chain: null }))

  // Real deployments, then copied to the addresses they have on Ethereum, so the tool's table of
  // known spenders applies as it would there. Permit2 keeps the domain separator it computed at its
  // first address; signatures name that address, as Permit2's DOMAIN_SEPARATOR() does.
  const permit2 = permit2Artifact()
  const permit2Deployed = await deploy(funder, permit2)
  await node.request('anvil_setCode', [PERMIT2, await funder.getCode({ address: permit2Deployed })])
  const uniswap = await deployUniswap(funder)
  await node.request('anvil_setCode', [ROUTER02, await funder.getCode({ address: uniswap.router })])

  const token = await deploy(funder, compiled.PermitToken, ['Sec USD', 'SUSD', unit('10000000')])
  const collectible = await deploy(funder, compiled.Collectible)
  const multi = await deploy(funder, compiled.MultiToken)
  const erc20 = compiled.PermitToken.abi
  const give = (to: Address, amount: string) => call(funder, token, erc20, 'transfer', [to, unit(amount)])
  await addLiquidityEth(
    funder,
    { router: ROUTER02, routerAbi: uniswap.routerAbi },
    token,
    unit('100000'),
    parseEther('50'),
  )

  return {
    node,
    wallet,
    address,
    token,
    collectible,
    multi,
    compiled,
    permit2: { address: PERMIT2, abi: permit2.abi, domainAddress: permit2Deployed },
    routerAbi: uniswap.routerAbi,
    weth: uniswap.weth,
    call,
    give,
    unit,
    mined,
    thief,
    deployAs: (from: DevWallet, contract: Compiled, args: unknown[] = []) => deploy(from, contract, args),
    encode: (abi: Abi, functionName: string, args: unknown[]) => encodeFunctionData({ abi, functionName, args }),
    maxUint256,
  }
}

export type SecurityWorld = Awaited<ReturnType<typeof buildSecurityWorld>>
export type { Hex }
