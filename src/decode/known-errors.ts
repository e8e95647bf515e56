/**
 * The reverts users really meet, kept as data: a custom-error signature (its selector is computed
 * from the signature, never typed by hand) or an exact revert string, and what it means. Adding a
 * row is all it takes to explain a new error.
 */
export type RevertCategory =
  | 'slippage'
  | 'deadline'
  | 'allowance'
  | 'balance'
  | 'fee-on-transfer'
  | 'liquidity'
  | 'permit'
  | 'transfer-failed'
  | 'invalid-input'
  | 'other'

export type KnownError =
  | { signature: string; category: RevertCategory; source: string }
  | { message: string; category: RevertCategory; source: string }

const errors = (source: string, category: RevertCategory, signatures: string[]): KnownError[] =>
  signatures.map((signature) => ({ signature, category, source }))
const strings = (source: string, category: RevertCategory, messages: string[]): KnownError[] =>
  messages.map((message) => ({ message, category, source }))

export const knownErrors: readonly KnownError[] = [
  // OpenZeppelin Contracts v5 (ERC-6093) and the v4 revert strings.
  ...errors('OpenZeppelin ERC-20', 'balance', [
    'error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)',
  ]),
  ...errors('OpenZeppelin ERC-20', 'allowance', [
    'error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)',
  ]),
  ...errors('OpenZeppelin ERC-20', 'invalid-input', [
    'error ERC20InvalidSender(address sender)',
    'error ERC20InvalidReceiver(address receiver)',
    'error ERC20InvalidApprover(address approver)',
    'error ERC20InvalidSpender(address spender)',
  ]),
  ...errors('OpenZeppelin ERC-721', 'invalid-input', [
    'error ERC721NonexistentToken(uint256 tokenId)',
    'error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)',
    'error ERC721InvalidReceiver(address receiver)',
  ]),
  ...errors('OpenZeppelin ERC-721', 'allowance', [
    'error ERC721InsufficientApproval(address operator, uint256 tokenId)',
  ]),
  ...errors('OpenZeppelin ERC-1155', 'balance', [
    'error ERC1155InsufficientBalance(address sender, uint256 balance, uint256 needed, uint256 tokenId)',
  ]),
  ...errors('OpenZeppelin ERC-1155', 'allowance', [
    'error ERC1155MissingApprovalForAll(address operator, address owner)',
  ]),
  ...errors('OpenZeppelin SafeERC20', 'transfer-failed', ['error SafeERC20FailedOperation(address token)']),
  ...strings('OpenZeppelin ERC-20 (v4)', 'balance', [
    'ERC20: transfer amount exceeds balance',
    'ERC20: burn amount exceeds balance',
  ]),
  ...strings('OpenZeppelin ERC-20 (v4)', 'allowance', [
    'ERC20: insufficient allowance',
    'ERC20: transfer amount exceeds allowance',
  ]),
  ...strings('OpenZeppelin ERC-20 (v4)', 'invalid-input', [
    'ERC20: transfer to the zero address',
    'ERC20: transfer from the zero address',
  ]),

  // Uniswap V2 router, library, pair and TransferHelper; SushiSwap's V2 fork uses the same strings.
  ...strings('Uniswap V2', 'slippage', [
    'UniswapV2Router: INSUFFICIENT_OUTPUT_AMOUNT',
    'UniswapV2Router: EXCESSIVE_INPUT_AMOUNT',
    'UniswapV2Router: INSUFFICIENT_A_AMOUNT',
    'UniswapV2Router: INSUFFICIENT_B_AMOUNT',
  ]),
  ...strings('Uniswap V2', 'deadline', ['UniswapV2Router: EXPIRED']),
  ...strings('Uniswap V2', 'invalid-input', [
    'UniswapV2Router: INVALID_PATH',
    'UniswapV2Library: IDENTICAL_ADDRESSES',
    'UniswapV2Library: ZERO_ADDRESS',
    'UniswapV2Library: INSUFFICIENT_AMOUNT',
    'UniswapV2Library: INSUFFICIENT_INPUT_AMOUNT',
    'UniswapV2Library: INSUFFICIENT_OUTPUT_AMOUNT',
    'UniswapV2: INSUFFICIENT_OUTPUT_AMOUNT',
    'UniswapV2: INSUFFICIENT_INPUT_AMOUNT',
    'UniswapV2: INVALID_TO',
  ]),
  ...strings('Uniswap V2', 'liquidity', [
    'UniswapV2Library: INSUFFICIENT_LIQUIDITY',
    'UniswapV2: INSUFFICIENT_LIQUIDITY',
    'UniswapV2: INSUFFICIENT_LIQUIDITY_MINTED',
    'UniswapV2: INSUFFICIENT_LIQUIDITY_BURNED',
  ]),
  ...strings('Uniswap V2', 'fee-on-transfer', ['UniswapV2: K']),
  ...strings('Uniswap V2', 'other', ['UniswapV2: LOCKED', 'UniswapV2: OVERFLOW']),
  ...strings('Uniswap V2', 'transfer-failed', ['UniswapV2: TRANSFER_FAILED']),
  ...strings('Uniswap TransferHelper', 'allowance', [
    'TransferHelper: TRANSFER_FROM_FAILED',
    'TransferHelper::transferFrom: transferFrom failed',
  ]),
  ...strings('Uniswap TransferHelper', 'transfer-failed', [
    'TransferHelper: TRANSFER_FAILED',
    'TransferHelper: ETH_TRANSFER_FAILED',
    'TransferHelper::safeTransfer: transfer failed',
    'TransferHelper::safeTransferETH: ETH transfer failed',
  ]),

  // PancakeSwap V2 (BNB Smart Chain): the same code under its own names.
  ...strings('PancakeSwap V2', 'slippage', [
    'PancakeRouter: INSUFFICIENT_OUTPUT_AMOUNT',
    'PancakeRouter: EXCESSIVE_INPUT_AMOUNT',
  ]),
  ...strings('PancakeSwap V2', 'deadline', ['PancakeRouter: EXPIRED']),
  ...strings('PancakeSwap V2', 'liquidity', [
    'PancakeLibrary: INSUFFICIENT_LIQUIDITY',
    'Pancake: INSUFFICIENT_LIQUIDITY',
  ]),
  ...strings('PancakeSwap V2', 'fee-on-transfer', ['Pancake: K']),
  ...strings('PancakeSwap V2', 'invalid-input', ['PancakeRouter: INVALID_PATH']),

  // Uniswap V3 SwapRouter and pool.
  ...strings('Uniswap V3', 'slippage', ['Too little received', 'Too much requested']),
  ...strings('Uniswap V3', 'deadline', ['Transaction too old']),
  ...strings('Uniswap V3', 'allowance', ['STF']),
  ...strings('Uniswap V3', 'fee-on-transfer', ['IIA']),
  ...strings('Uniswap V3', 'transfer-failed', ['TF', 'ST', 'STE']),
  ...strings('Uniswap V3', 'invalid-input', ['SPL', 'AS']),
  ...strings('Uniswap V3', 'other', ['LOK']),

  // Uniswap Universal Router (V2, V3 and V4 commands) and Permit2.
  ...errors('Uniswap Universal Router', 'slippage', [
    'error V2TooLittleReceived()',
    'error V2TooMuchRequested()',
    'error V3TooLittleReceived()',
    'error V3TooMuchRequested()',
    'error V4TooLittleReceived(uint256 minAmountOutReceived, uint256 amountReceived)',
    'error V4TooMuchRequested(uint256 maxAmountInRequested, uint256 amountRequested)',
  ]),
  ...errors('Uniswap Universal Router', 'deadline', ['error TransactionDeadlinePassed()']),
  ...errors('Uniswap Universal Router', 'invalid-input', [
    'error V2InvalidPath()',
    'error V3InvalidSwap()',
    'error InvalidCommandType(uint256 commandType)',
  ]),
  ...errors('Uniswap Universal Router', 'other', ['error ExecutionFailed(uint256 commandIndex, bytes message)']),
  ...errors('Uniswap Permit2', 'permit', [
    'error AllowanceExpired(uint256 deadline)',
    'error SignatureExpired(uint256 signatureDeadline)',
    'error InvalidNonce()',
    'error InvalidSignature()',
    'error ExcessiveInvalidation()',
  ]),
  ...errors('Uniswap Permit2', 'allowance', ['error InsufficientAllowance(uint256 amount)']),

  // Aggregators.
  ...errors('1inch v5', 'slippage', ['error ReturnAmountIsNotEnough()']),
  ...errors('1inch v6', 'slippage', ['error ReturnAmountIsNotEnough(uint256 result, uint256 minReturn)']),
  ...errors('0x Settler', 'slippage', ['error TooMuchSlippage(address token, uint256 expected, uint256 actual)']),
  ...strings('ParaSwap v5', 'slippage', ['Received amount of tokens are less then expected']),
  ...errors('ParaSwap v6', 'slippage', ['error InsufficientReturnAmount()']),
  ...strings('Sushi RouteProcessor', 'slippage', [
    'RouteProcessor: Minimal ouput balance violation',
    'RouteProcessor: Minimal output balance violation',
  ]),
  ...errors('Sushi RouteProcessor', 'slippage', ['error MinimalOutputBalanceViolation(uint256 amountOut)']),
]

/**
 * Solidity's Panic(uint256) codes (the compiler's own list): an assert or a checked operation
 * failing, which in a user's transaction usually means the contract got an input it did not expect.
 */
export const panicCodes: Readonly<Record<number, string>> = {
  0x00: 'generic compiler panic',
  0x01: 'assert() failed',
  0x11: 'arithmetic overflow or underflow',
  0x12: 'division or modulo by zero',
  0x21: 'invalid enum value',
  0x22: 'corrupt storage byte array',
  0x31: 'pop() on an empty array',
  0x32: 'array index out of bounds',
  0x41: 'too much memory allocated',
  0x51: 'call to an uninitialised internal function',
}
