import { parseAbiItem } from 'viem'

/**
 * The ERC-4337 EntryPoint deployments wallets and bundlers use, kept as data (the same address on
 * every chain). More can be added in the config file (`entryPoints`).
 */
export const entryPoints: readonly { address: `0x${string}`; version: string }[] = [
  { address: '0x5ff137d4b0fdcd49dca30c7cf57e578a026d2789', version: 'v0.6' },
  { address: '0x0000000071727de22e5e9d8baf0edac6f37da032', version: 'v0.7' },
  { address: '0x4337084d9e255ff0702461cf8895ce9e3b5ff108', version: 'v0.8' },
]

/** The same in v0.6, v0.7 and v0.8: topic 1 is the user operation hash. */
export const userOperationEvent = parseAbiItem(
  'event UserOperationEvent(bytes32 indexed userOpHash, address indexed sender, address indexed paymaster, uint256 nonce, bool success, uint256 actualGasCost, uint256 actualGasUsed)',
)
export const userOperationRevertReason = parseAbiItem(
  'event UserOperationRevertReason(bytes32 indexed userOpHash, address indexed sender, uint256 nonce, bytes revertReason)',
)
