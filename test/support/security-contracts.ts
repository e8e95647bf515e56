/**
 * The contract world of the security tests, compiled with npm solc against OpenZeppelin v5 (cached
 * by source and versions, as test/support/contracts.js does): a token with EIP-2612 permit, an ERC-721,
 * an ERC-1155, a "drainer" spender the attacker deploys, and a forwarding delegate for EIP-7702.
 * Permit2 comes unmodified from @uniswap/universal-router's typechain factory. Test-side code only.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { Hex } from 'viem'

const require = createRequire(import.meta.url)

export type Compiled = { abi: any[]; bytecode: Hex }

const SOURCE = `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";
import {ERC1155} from "@openzeppelin/contracts/token/ERC1155/ERC1155.sol";
import {IERC1155} from "@openzeppelin/contracts/token/ERC1155/IERC1155.sol";

contract PermitToken is ERC20, ERC20Permit {
    constructor(string memory name_, string memory symbol_, uint256 supply) ERC20(name_, symbol_) ERC20Permit(name_) {
        _mint(msg.sender, supply);
    }
}

contract Collectible is ERC721 {
    constructor() ERC721("Collectible", "CLT") {}
    function mint(address to, uint256 id) external { _mint(to, id); }
}

contract MultiToken is ERC1155 {
    constructor() ERC1155("") {}
    function mint(address to, uint256 id, uint256 amount) external { _mint(to, id, amount, ""); }
}

/// What a phishing site's "spender" does with an approval: take everything, for whoever deployed it.
contract Drainer {
    address private immutable thief;
    constructor() { thief = msg.sender; }
    function takeTokens(address token, address victim, uint256 amount) external {
        require(msg.sender == thief);
        IERC20(token).transferFrom(victim, thief, amount);
    }
    function takeCollection(address collection, address victim, uint256[] calldata ids) external {
        require(msg.sender == thief);
        for (uint256 i = 0; i < ids.length; i++) IERC721(collection).transferFrom(victim, thief, ids[i]);
    }
    function takeMulti(address multi, address victim, uint256[] calldata ids, uint256[] calldata amounts) external {
        require(msg.sender == thief);
        IERC1155(multi).safeBatchTransferFrom(victim, thief, ids, amounts, "");
    }
}

/// Permit2's SignatureTransfer, as its own interface declares it (only what the thief calls).
interface ISignatureTransfer {
    struct TokenPermissions { address token; uint256 amount; }
    struct PermitTransferFrom { TokenPermissions permitted; uint256 nonce; uint256 deadline; }
    struct SignatureTransferDetails { address to; uint256 requestedAmount; }
    function permitTransferFrom(
        PermitTransferFrom memory permit,
        SignatureTransferDetails calldata transferDetails,
        address owner,
        bytes calldata signature
    ) external;
}

/// A phishing site's "claim" contract: the victim's PermitTransferFrom signature names it as the
/// spender, and it calls Permit2 with it. Permit2 emits no event for a SignatureTransfer.
contract Permit2Drainer {
    address private immutable thief;
    ISignatureTransfer private immutable permit2;
    constructor(address permit2_) { thief = msg.sender; permit2 = ISignatureTransfer(permit2_); }
    function claim(ISignatureTransfer.PermitTransferFrom calldata permit, address victim, bytes calldata signature) external {
        require(msg.sender == thief);
        permit2.permitTransferFrom(
            permit, ISignatureTransfer.SignatureTransferDetails(thief, permit.permitted.amount), victim, signature
        );
    }
}

/// The code an EIP-7702 "sweeper" delegation points at: everything that arrives leaves for the thief.
contract ForwardingDelegate {
    address public immutable destination;
    constructor(address destination_) { destination = destination_; }
    receive() external payable {
        (bool ok, ) = destination.call{value: msg.value}("");
        require(ok);
    }
    function sweep(address token) external {
        IERC20(token).transfer(destination, IERC20(token).balanceOf(address(this)));
    }
}
`

const NAMES = ['PermitToken', 'Collectible', 'MultiToken', 'Drainer', 'Permit2Drainer', 'ForwardingDelegate'] as const
export type ContractName = (typeof NAMES)[number]

export function securityContracts(): Record<ContractName, Compiled> {
  const solc = require('solc') as { version: () => string; compile: (input: string, opts: object) => string }
  const key = createHash('sha256')
    .update(SOURCE)
    .update(solc.version())
    .update((require('@openzeppelin/contracts/package.json') as { version: string }).version)
    .digest('hex')
    .slice(0, 16)
  const cacheDir = join(process.cwd(), 'node_modules', '.cache', 'support-doctor')
  const cacheFile = join(cacheDir, `SecurityWorld-${key}.json`)
  try {
    return JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<ContractName, Compiled>
  } catch {
    // not compiled yet
  }
  const input = {
    language: 'Solidity',
    sources: { 'Security.sol': { content: SOURCE } },
    settings: {
      optimizer: { enabled: true, runs: 200 },
      evmVersion: 'cancun',
      outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
    },
  }
  const findImports = (path: string) => {
    try {
      return { contents: readFileSync(require.resolve(path), 'utf8') }
    } catch {
      return { error: `not found: ${path}` }
    }
  }
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports })) as {
    errors?: { severity: string }[]
    contracts: Record<string, Record<string, { abi: Compiled['abi']; evm: { bytecode: { object: string } } }>>
  }
  const errors = (output.errors ?? []).filter((e) => e.severity === 'error')
  if (errors.length) throw new Error(`solc: ${JSON.stringify(errors)}`)
  const compiled = Object.fromEntries(
    NAMES.map((name) => {
      const c = output.contracts['Security.sol']![name]!
      return [name, { abi: c.abi, bytecode: `0x${c.evm.bytecode.object}` }]
    }),
  ) as Record<ContractName, Compiled>
  mkdirSync(cacheDir, { recursive: true })
  writeFileSync(cacheFile, JSON.stringify(compiled))
  return compiled
}

/**
 * Permit2 as @uniswap/universal-router 1.6.0 ships it (installed under the alias @uniswap/universal-router-1.6; 2.x, which the swap tests use, no longer ships this factory): the typechain factory is TypeScript for
 * ethers, so its ABI literal and bytecode string are read as text (never executed).
 */
export function permit2Artifact(): Compiled {
  const file = require.resolve('@uniswap/universal-router-1.6/typechain/factories/Permit2__factory.ts')
  const source = readFileSync(file, 'utf8')
  const bytecode = /const _bytecode =\s*"(0x[0-9a-fA-F]+)"/.exec(source)?.[1]
  const literal = /const _abi = (\[[\s\S]*?\n\]);/.exec(source)?.[1]
  if (!bytecode || !literal) throw new Error(`Permit2 factory not in the expected form: ${file}`)
  // The literal is JSON but for unquoted keys and trailing commas.
  const json = literal.replace(/(\s)(\w+):/g, '$1"$2":').replace(/,(\s*[\]}])/g, '$1')
  return { abi: JSON.parse(json) as Compiled['abi'], bytecode: bytecode as Hex }
}
