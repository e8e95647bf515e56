// @ts-check
/**
 * Contracts for tests and the demo, all real and unmodified: an OpenZeppelin v5 ERC-20 compiled
 * with npm solc (cached by source and compiler version), Uniswap V2 pools with liquidity, and the
 * periphery's DeflatingERC20 (a fee-on-transfer token). Test-side code: the tool never sends.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { maxUint256 } from 'viem'
import { deploy, uniswapArtifacts } from './devnode.js'

const require = createRequire(import.meta.url)

/** An ERC-20 with chosen decimals: OpenZeppelin's ERC20 and nothing else. */
const TEST_TOKEN = `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
contract TestToken is ERC20 {
    uint8 private immutable _decimals;
    constructor(string memory name_, string memory symbol_, uint8 decimals_, uint256 supply) ERC20(name_, symbol_) {
        _decimals = decimals_;
        _mint(msg.sender, supply);
    }
    function decimals() public view override returns (uint8) { return _decimals; }
}
`

/** @returns {{ abi: any[], bytecode: `0x${string}` }} */
export function openZeppelinToken() {
  const solc = require('solc')
  const key = createHash('sha256')
    .update(TEST_TOKEN)
    .update(solc.version())
    .update(require('@openzeppelin/contracts/package.json').version)
    .digest('hex')
    .slice(0, 16)
  const cacheDir = join(process.cwd(), 'node_modules', '.cache', 'support-doctor')
  const cacheFile = join(cacheDir, `TestToken-${key}.json`)
  try {
    return JSON.parse(readFileSync(cacheFile, 'utf8'))
  } catch {
    // not compiled yet
  }
  const input = {
    language: 'Solidity',
    sources: { 'TestToken.sol': { content: TEST_TOKEN } },
    settings: {
      optimizer: { enabled: true, runs: 200 },
      outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
    },
  }
  /** @param {string} path */
  const findImports = (path) => {
    try {
      return { contents: readFileSync(require.resolve(path), 'utf8') }
    } catch {
      return { error: `not found: ${path}` }
    }
  }
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }))
  const errors = (output.errors ?? []).filter((/** @type {{severity: string}} */ e) => e.severity === 'error')
  if (errors.length) throw new Error(`solc: ${JSON.stringify(errors)}`)
  const contract = output.contracts['TestToken.sol'].TestToken
  const compiled = { abi: contract.abi, bytecode: /** @type {`0x${string}`} */ (`0x${contract.evm.bytecode.object}`) }
  mkdirSync(cacheDir, { recursive: true })
  writeFileSync(cacheFile, JSON.stringify(compiled))
  return compiled
}

/**
 * @param {import('./devnode.js').DevWallet} wallet
 * @param {{ name: string, symbol: string, decimals: number, supply: bigint }} token
 */
export const deployToken = (wallet, token) =>
  deploy(wallet, openZeppelinToken(), [token.name, token.symbol, token.decimals, token.supply])

/** The periphery's DeflatingERC20: burns 1% of every transfer. @param {import('./devnode.js').DevWallet} wallet @param {bigint} supply */
export const deployDeflatingToken = (wallet, supply) => deploy(wallet, uniswapArtifacts.deflating(), [supply])

/**
 * A WETH pool for `token` with liquidity, through Router02's addLiquidityETH.
 * @param {import('./devnode.js').DevWallet} wallet
 * @param {{ router: `0x${string}`, routerAbi: any[] }} uniswap
 * @param {`0x${string}`} token
 * @param {bigint} tokenAmount
 * @param {bigint} ethAmount
 */
export async function addLiquidityEth(wallet, uniswap, token, tokenAmount, ethAmount) {
  const erc20 = uniswapArtifacts.erc20().abi
  const approve = await wallet.writeContract({
    address: token,
    abi: erc20,
    functionName: 'approve',
    args: [uniswap.router, maxUint256],
    chain: null,
  })
  await wallet.waitForTransactionReceipt({ hash: approve, pollingInterval: 20 })
  const add = await wallet.writeContract({
    address: uniswap.router,
    abi: uniswap.routerAbi,
    functionName: 'addLiquidityETH',
    args: [token, tokenAmount, 0n, 0n, wallet.account.address, 2n ** 40n],
    value: ethAmount,
    chain: null,
  })
  const receipt = await wallet.waitForTransactionReceipt({ hash: add, pollingInterval: 20 })
  if (receipt.status !== 'success') throw new Error('addLiquidityETH failed')
}
