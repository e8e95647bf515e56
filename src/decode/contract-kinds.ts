import { toFunctionSelector, type Hex } from 'viem'

/**
 * Contracts a user's tokens end up in by mistake, recognised by the entry points their runtime
 * code dispatches on: Solidity compares the call's selector with each function's as a PUSH4
 * (0x63) in the dispatcher, so a selector there is evidence of the function. A contract that calls
 * such a function holds its selector too (QuoterV2 holds the pool's swap), so each kind is named by
 * entry points only it implements together: a contract is the first kind all of whose entry points
 * are found. The address does not matter, so forks and new deployments are recognised too. WETH's
 * deposit and withdraw are also what its callers hold: with decimals(), and answering as a token
 * (the rule checks), it is WETH.
 */
export type ContractKind = {
  kind:
    | 'uniswap-universal-router'
    | 'uniswap-swap-router-02'
    | 'uniswap-v3-swap-router'
    | 'uniswap-v2-router'
    | '1inch-router'
    | 'kyberswap-router'
    | 'permit2'
    | 'uniswap-v3-pool'
    | 'uniswap-v2-pair'
    | 'weth'
  name: string
  role: 'router' | 'pool' | 'weth'
  /** Its own public function moves any balance it holds to whoever calls it (sweep, skim): the tokens are anyone's. */
  anyoneCanTake: boolean
  entryPoints: readonly string[]
}

export const contractKinds: readonly ContractKind[] = [
  {
    kind: 'uniswap-universal-router',
    name: 'Uniswap Universal Router',
    role: 'router',
    anyoneCanTake: true,
    entryPoints: ['execute(bytes,bytes[],uint256)', 'execute(bytes,bytes[])'],
  },
  {
    kind: 'uniswap-swap-router-02',
    name: 'Uniswap SwapRouter02',
    role: 'router',
    anyoneCanTake: true,
    entryPoints: [
      'exactInputSingle((address,address,uint24,address,uint256,uint256,uint160))',
      'multicall(uint256,bytes[])',
    ],
  },
  {
    kind: 'uniswap-v3-swap-router',
    name: 'Uniswap V3 SwapRouter',
    role: 'router',
    anyoneCanTake: true,
    entryPoints: [
      'exactInputSingle((address,address,uint24,address,uint256,uint256,uint256,uint160))',
      'sweepToken(address,uint256,address)',
    ],
  },
  {
    kind: 'uniswap-v2-router',
    name: 'Uniswap V2 Router02 (or a fork of it)',
    role: 'router',
    anyoneCanTake: false,
    entryPoints: [
      'swapExactTokensForTokens(uint256,uint256,address[],address,uint256)',
      'addLiquidityETH(address,uint256,uint256,uint256,address,uint256)',
    ],
  },
  {
    kind: '1inch-router',
    name: '1inch Aggregation Router',
    role: 'router',
    anyoneCanTake: false,
    entryPoints: [
      'swap(address,(address,address,address,address,uint256,uint256,uint256),bytes)',
      'unoswap(uint256,uint256,uint256,uint256)',
    ],
  },
  {
    kind: 'kyberswap-router',
    name: 'KyberSwap Meta Aggregation Router',
    role: 'router',
    anyoneCanTake: false,
    entryPoints: [
      'swap((address,address,bytes,(address,address,address[],uint256[],address[],uint256[],address,uint256,uint256,uint256,bytes),bytes))',
      'swapSimpleMode(address,(address,address,address[],uint256[],address[],uint256[],address,uint256,uint256,uint256,bytes),bytes,bytes)',
    ],
  },
  {
    kind: 'permit2',
    name: 'Permit2',
    role: 'router',
    anyoneCanTake: false,
    entryPoints: [
      'permitTransferFrom(((address,uint256),uint256,uint256),(address,uint256),address,bytes)',
      'invalidateNonces(address,address,uint48)',
    ],
  },
  {
    kind: 'uniswap-v3-pool',
    name: 'Uniswap V3 pool',
    role: 'pool',
    anyoneCanTake: true,
    entryPoints: [
      'swap(address,bool,int256,uint160,bytes)',
      'initialize(uint160)',
      'collectProtocol(address,uint128,uint128)',
    ],
  },
  {
    kind: 'uniswap-v2-pair',
    name: 'Uniswap V2 pool (pair)',
    role: 'pool',
    anyoneCanTake: true,
    entryPoints: ['swap(uint256,uint256,address,bytes)', 'skim(address)', 'sync()'],
  },
  {
    kind: 'weth',
    name: 'WETH (wrapped ETH)',
    role: 'weth',
    anyoneCanTake: false,
    entryPoints: ['deposit()', 'withdraw(uint256)', 'decimals()'],
  },
]

const selectors = new Map<string, string>()
/** A signature's selector as hex without 0x, hashed once per run (each look checks every kind). */
const selectorOf = (signature: string) => {
  let selector = selectors.get(signature)
  if (selector === undefined)
    selectors.set(signature, (selector = toFunctionSelector(`function ${signature}`).slice(2)))
  return selector
}

/** The known kind of a contract from its runtime code; null for any other code. Pure. */
export function contractKindOf(code: Hex | null | undefined): ContractKind['kind'] | null {
  if (!code || code === '0x') return null
  const body = code.toLowerCase()
  return contractKinds.find((k) => k.entryPoints.every((sig) => body.includes(`63${selectorOf(sig)}`)))?.kind ?? null
}

export const contractKind = (kind: string | null): ContractKind | null =>
  contractKinds.find((k) => k.kind === kind) ?? null
