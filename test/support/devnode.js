// @ts-check
/**
 * A local Ethereum node for the tests, the demo and the benchmarks: anvil from npm
 * (@foundry-rs/anvil ships the binary), started on a free loopback port, plus the real Uniswap V2
 * contracts from their npm build artifacts. Test-side code only: the tool itself never sends.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { dirname, join } from 'node:path'
import { createWalletClient, http, publicActions } from 'viem'
import { mnemonicToAccount } from 'viem/accounts'

const require = createRequire(import.meta.url)

/** anvil's default mnemonic: a public test vector whose accounts are funded only on a local node. */
export const DEV_MNEMONIC = 'test test test test test test test test test test test junk'

/**
 * A Foundry binary from its platform package (@foundry-rs/anvil-linux-amd64 …). The project
 * depends on these directly, as optional dependencies: the @foundry-rs/anvil wrapper lists every
 * platform's package, and a registry that lacks one makes `npm ci` refuse the lock file.
 * @param {'anvil' | 'cast'} tool
 */
export function foundryBinary(tool) {
  const cpu = process.arch === 'x64' ? 'amd64' : process.arch
  const name = `@foundry-rs/${tool}-${process.platform}-${cpu}`
  let packageJson
  try {
    packageJson = require.resolve(`${name}/package.json`)
  } catch {
    throw new Error(
      `${tool} is not installed for ${process.platform}/${process.arch}: add ${name} to optionalDependencies (tests and the demo need it)`,
    )
  }
  return join(dirname(packageJson), 'bin', process.platform === 'win32' ? `${tool}.exe` : tool)
}

export const anvilBinary = () => foundryBinary('anvil')

/** @returns {Promise<number>} */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/**
 * @param {{ chainId?: number, mining?: boolean, hardfork?: string, extraArgs?: string[] }} [options]
 */
export async function startAnvil(options = {}) {
  // A free port can be taken by another test file's node between freePort() and anvil's bind: that
  // anvil then exits, and a readiness check alone could be answered by the other file's node. Only
  // this process's own "Listening on" line counts; a port taken in between is tried again.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startAnvilOn(await freePort(), options)
    } catch (error) {
      if (!(error instanceof PortTaken) || attempt >= 5) throw error
    }
  }
}

class PortTaken extends Error {}

/**
 * @param {number} port
 * @param {{ chainId?: number, mining?: boolean, hardfork?: string, extraArgs?: string[] }} options
 */
async function startAnvilOn(port, options) {
  const args = ['--host', '127.0.0.1', '--port', String(port), '--chain-id', String(options.chainId ?? 31337)]
  if (options.mining === false) args.push('--no-mining')
  // e.g. 'prague' for EIP-7702 delegations
  if (options.hardfork) args.push('--hardfork', options.hardfork)
  args.push(...(options.extraArgs ?? []))
  // anvil keeps older blocks' states on disk under $HOME/.foundry/anvil/tmp once memory holds too
  // many, and never removes them (hundreds of MB per busy node, tens of GB over many runs): each
  // node gets a home of its own, removed when the node exits.
  const home = mkdtempSync(join(tmpdir(), 'sd-anvil-home-'))
  const child = spawn(anvilBinary(), args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, HOME: home } })
  child.once('exit', () => rmSync(home, { recursive: true, force: true }))
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  const url = `http://127.0.0.1:${port}`
  for (let waited = 0; !output.includes(`Listening on 127.0.0.1:${port}`); waited += 20) {
    if (child.exitCode !== null) {
      if (/address already in use/i.test(output)) throw new PortTaken(output)
      throw new Error(`anvil exited: ${output}`)
    }
    if (waited > 30_000) throw new Error(`anvil did not start: ${output}`)
    await new Promise((r) => setTimeout(r, 20))
  }

  /** @param {string} method @param {unknown[]} [params] */
  const request = async (method, params = []) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
    })
    const body = /** @type {{ result?: any, error?: { message: string } }} */ (await response.json())
    if (body.error) throw new Error(`${method}: ${body.error.message}`)
    return body.result
  }

  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`anvil exited: ${output}`)
    try {
      await request('eth_chainId')
      break
    } catch {
      if (attempt > 200) throw new Error(`anvil did not start: ${output}`)
      await new Promise((r) => setTimeout(r, 50))
    }
  }

  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve(undefined)
      child.once('exit', () => resolve(undefined))
      child.kill('SIGTERM')
    })
  return { url, port, request, stop, chainId: options.chainId ?? 31337 }
}

/**
 * A wallet on a dev node, for setting up scenarios (the test side signs; the tool never does).
 * @param {string} url
 * @param {number} [index]
 */
export function devWallet(url, index = 0) {
  const account = mnemonicToAccount(DEV_MNEMONIC, { addressIndex: index })
  return createWalletClient({ account, transport: http(url) }).extend(publicActions)
}

/** @typedef {ReturnType<typeof devWallet>} DevWallet */

/** A Hardhat-style build artifact from an npm package: its ABI and creation bytecode. @param {string} path */
export function artifact(path) {
  const json = /** @type {{ abi: any[], bytecode: string }} */ (require(path))
  return {
    abi: json.abi,
    bytecode: /** @type {`0x${string}`} */ (json.bytecode.startsWith('0x') ? json.bytecode : `0x${json.bytecode}`),
  }
}

export const uniswapArtifacts = {
  factory: () => artifact('@uniswap/v2-core/build/UniswapV2Factory.json'),
  pair: () => artifact('@uniswap/v2-core/build/UniswapV2Pair.json'),
  router: () => artifact('@uniswap/v2-periphery/build/UniswapV2Router02.json'),
  weth: () => artifact('@uniswap/v2-periphery/build/WETH9.json'),
  erc20: () => artifact('@uniswap/v2-periphery/build/ERC20.json'),
  deflating: () => artifact('@uniswap/v2-periphery/build/DeflatingERC20.json'),
}

/**
 * @param {ReturnType<typeof devWallet>} wallet
 * @param {{ abi: any[], bytecode: `0x${string}` }} contract
 * @param {unknown[]} [args]
 * @returns {Promise<`0x${string}`>}
 */
export async function deploy(wallet, contract, args = []) {
  const hash = await wallet.deployContract({ abi: contract.abi, bytecode: contract.bytecode, args, chain: null })
  const receipt = await wallet.waitForTransactionReceipt({ hash, pollingInterval: 20 })
  if (!receipt.contractAddress) throw new Error('deployment failed')
  return receipt.contractAddress
}

/** Factory, WETH9 and Router02, unmodified, from the npm builds. @param {ReturnType<typeof devWallet>} wallet */
export async function deployUniswap(wallet) {
  const weth = await deploy(wallet, uniswapArtifacts.weth())
  const factory = await deploy(wallet, uniswapArtifacts.factory(), [wallet.account.address])
  const router = await deploy(wallet, uniswapArtifacts.router(), [factory, weth])
  return { weth, factory, router, routerAbi: uniswapArtifacts.router().abi }
}
