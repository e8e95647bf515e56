import { beforeAll, describe, expect, it } from 'vitest'
import { describeFinding } from '../../src/report/build-report.js'
import { loadBothLanguages } from '../support/languages.js'
import { encodeErrorResult, encodeFunctionData, parseAbi } from 'viem'
import { parseErrorText } from '../../src/decode/error-text/parse-error-text.js'
import { diagnoseError, errorExitCode } from '../../src/diagnose/diagnose-error.js'
import { v2RouterAbi } from '../../src/decode/swap-call.js'

/**
 * Real-shaped error texts, in the wordings wallets, libraries and node clients print (geth's txpool
 * and state-transition errors, MetaMask's nesting of the node's error in `data` / `originalError`,
 * ethers v5 and v6 error strings, viem's multi-line errors with their Details and Version lines,
 * Hardhat, bundlers, Solana and Tron), each with the finding codes and the numbers expected.
 */
const ME = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
const ROUTER = '0x7a250d5630b4cf539739df2c5dacb4c659f2488d'
const TOKEN_A = '0x5fbdb2315678afecb367f032d93f642f64180aa3'
const TOKEN_B = '0xe7f1725e7734ce288f8367e1bb143e90bb3f0512'
const HASH = '0x3f2a9c7d1e5b8a6f4c2d0e9b7a5f3c1d8e6b4a2f0c9d7e5b3a1f8c6d4e2b0a9f'

const errorString = (reason: string) =>
  encodeErrorResult({ abi: parseAbi(['error Error(string)']), errorName: 'Error', args: [reason] })
const insufficientBalance = encodeErrorResult({
  abi: parseAbi(['error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)']),
  errorName: 'ERC20InsufficientBalance',
  args: [ME, 5n, 1000n],
})
const swapCall = encodeFunctionData({
  abi: v2RouterAbi,
  functionName: 'swapExactTokensForTokens',
  args: [1_000_000n, 990_000n, [TOKEN_A, TOKEN_B], ME, 1_900_000_000n],
})
const transferCall = encodeFunctionData({
  abi: parseAbi(['function transfer(address to, uint256 amount)']),
  args: [ROUTER, 1000n],
})

type Case = { name: string; text: string; codes: string[]; data?: Record<string, unknown>; exit: 0 | 1 }

const cases: Case[] = [
  {
    name: 'MetaMask: Internal JSON-RPC error wrapping a revert with its data',
    text: JSON.stringify({
      code: -32603,
      message: 'Internal JSON-RPC error.',
      data: {
        code: 3,
        message: 'execution reverted: UniswapV2Router: INSUFFICIENT_OUTPUT_AMOUNT',
        data: errorString('UniswapV2Router: INSUFFICIENT_OUTPUT_AMOUNT'),
      },
    }),
    codes: ['error.estimation-reverted'],
    data: { reason: 'UniswapV2Router: INSUFFICIENT_OUTPUT_AMOUNT', category: 'slippage', errorSource: 'Uniswap V2' },
    exit: 1,
  },
  {
    name: 'MetaMask: originalError with geth insufficient funds and its numbers',
    text: JSON.stringify({
      code: -32603,
      message: 'Internal JSON-RPC error.',
      data: {
        originalError: {
          code: -32000,
          message: `insufficient funds for gas * price + value: address ${ME} have 1000000000000000 want 2100000000000000`,
        },
      },
    }),
    codes: ['error.insufficient-funds'],
    data: {
      address: ME.toLowerCase(),
      balance: '1000000000000000',
      cost: '2100000000000000',
      shortfall: '1100000000000000',
    },
    exit: 1,
  },
  {
    name: 'geth: nonce too high, in a JSON-RPC answer',
    text: `{"jsonrpc":"2.0","id":7,"error":{"code":-32000,"message":"nonce too high: address ${ME}, tx: 9 state: 7"}}`,
    codes: ['error.nonce-too-high'],
    data: { given: 9, expected: 7 },
    exit: 1,
  },
  {
    name: 'viem: NonceTooLowError with the node message in Details',
    text: [
      'Nonce provided for the transaction (5) is lower than the current nonce of the account.',
      'Try increasing the nonce or find the latest nonce with `getTransactionCount`.',
      '',
      'Request Arguments:',
      `  from:   ${ME}`,
      `  to:     ${ROUTER}`,
      '  value:  0.01 ETH',
      '  nonce:  5',
      '',
      `Details: nonce too low: address ${ME}, tx: 5 state: 7`,
      'Version: viem@2.21.54',
    ].join('\n'),
    codes: ['error.nonce-too-low'],
    data: { given: 5, expected: 7, address: ME.toLowerCase() },
    exit: 1,
  },
  {
    name: 'Hardhat: nonce too low, expected/got order',
    text: "Nonce too low. Expected nonce to be 7 but got 5. Note that transactions can't be queued when automining.",
    codes: ['error.nonce-too-low'],
    data: { given: 5, expected: 7 },
    exit: 1,
  },
  {
    name: "geth's pool and RPC providers: next nonce / tx nonce (the example in `explain --help`)",
    text: 'nonce too low: next nonce 7, tx nonce 5',
    codes: ['error.nonce-too-low'],
    data: { given: 5, expected: 7 },
    exit: 1,
  },
  {
    name: 'the same wording, nonce too high, inside a wrapped error',
    text: 'failed to send transaction: nonce too high: next nonce 7, tx nonce 12',
    codes: ['error.nonce-too-high'],
    data: { given: 12, expected: 7 },
    exit: 1,
  },
  {
    name: 'ethers v5: replacement transaction underpriced inside the body string',
    text: 'processing response error (body="{\\"jsonrpc\\":\\"2.0\\",\\"id\\":42,\\"error\\":{\\"code\\":-32000,\\"message\\":\\"replacement transaction underpriced\\"}}", error={"code":-32000}, requestBody="{\\"method\\":\\"eth_sendRawTransaction\\"}", requestMethod="POST", url="https://mainnet.infura.io/v3/0123456789abcdef0123456789abcdef", code=SERVER_ERROR, version=web/5.7.1)',
    codes: ['error.replacement-underpriced'],
    exit: 1,
  },
  {
    name: 'viem: FeeCapTooLowError, geth numbers in Details win over the gwei figure',
    text: [
      'The fee cap (`maxFeePerGas` = 1.5 gwei) cannot be lower than the block base fee.',
      '',
      `Details: max fee per gas less than block base fee: address ${ME}, maxFeePerGas: 1500000000, baseFee: 2000000000`,
      'Version: viem@2.21.54',
    ].join('\n'),
    codes: ['error.fee-below-base-fee'],
    data: { reason: 'below-base-fee', maxFeePerGas: '1500000000', baseFee: '2000000000' },
    exit: 1,
  },
  {
    name: 'viem alone: the fee cap in gwei becomes wei',
    text: 'The fee cap (`maxFeePerGas` = 1.5 gwei) cannot be lower than the block base fee.',
    codes: ['error.fee-below-base-fee'],
    data: { maxFeePerGas: '1500000000', baseFee: null },
    exit: 1,
  },
  {
    name: 'geth: transaction underpriced (below the pool minimum)',
    text: '{"code":-32000,"message":"transaction underpriced"}',
    codes: ['error.fee-below-base-fee'],
    data: { reason: 'below-pool-minimum' },
    exit: 1,
  },
  {
    name: 'geth txpool: intrinsic gas too low with both numbers',
    text: '{"code":-32000,"message":"intrinsic gas too low: gas 21000, minimum needed 53000"}',
    codes: ['error.intrinsic-gas'],
    data: { reason: 'intrinsic-too-low', gasLimit: '21000', needed: '53000' },
    exit: 1,
  },
  {
    name: 'geth: gas required exceeds allowance',
    text: '{"jsonrpc":"2.0","id":1,"error":{"code":-32000,"message":"gas required exceeds allowance (30000000)"}}',
    codes: ['error.intrinsic-gas'],
    data: { reason: 'exceeds-allowance', gasLimit: '30000000' },
    exit: 1,
  },
  {
    name: 'geth: exceeds block gas limit',
    text: '{"code":-32000,"message":"exceeds block gas limit"}',
    codes: ['error.intrinsic-gas'],
    data: { reason: 'exceeds-block-limit' },
    exit: 1,
  },
  {
    name: 'geth: already known (not a problem: exit 0)',
    text: '{"jsonrpc":"2.0","id":3,"error":{"code":-32000,"message":"already known"}}',
    codes: ['error.already-known'],
    exit: 0,
  },
  {
    name: 'MetaMask: user denied (4001, exit 0)',
    text: '{"code":4001,"message":"MetaMask Tx Signature: User denied transaction signature."}',
    codes: ['error.user-rejected'],
    data: { code: 4001 },
    exit: 0,
  },
  {
    name: 'ethers v6: ACTION_REJECTED (its reason="rejected" is no revert)',
    text: 'user rejected action (action="sendTransaction", reason="rejected", info={ "error": { "code": 4001, "message": "User rejected the request." } }, code=ACTION_REJECTED, version=6.13.4)',
    codes: ['error.user-rejected'],
    data: { code: 4001 },
    exit: 0,
  },
  {
    name: 'Infura: -32005 request rate exceeded',
    text: '{"jsonrpc":"2.0","id":1,"error":{"code":-32005,"message":"project ID request rate exceeded","data":{"see":"https://infura.io/dashboard","current_rps":13.3,"allowed_rps":10.0,"backoff_seconds":30.0}}}',
    codes: ['error.rate-limited'],
    data: { code: -32005 },
    exit: 1,
  },
  {
    name: 'viem: HTTP 429',
    text: 'HTTP request failed.\n\nStatus: 429\nURL: https://rpc.example.org\nRequest body: {"method":"eth_call"}\n\nDetails: Too Many Requests\nVersion: viem@2.21.54',
    codes: ['error.rate-limited'],
    data: { code: 429 },
    exit: 1,
  },
  {
    name: 'geth: -32601 method does not exist',
    text: '{"jsonrpc":"2.0","id":1,"error":{"code":-32601,"message":"the method eth_signTypedData_v4 does not exist/is not available"}}',
    codes: ['error.unsupported-method'],
    data: { method: 'eth_signTypedData_v4', code: -32601 },
    exit: 1,
  },
  {
    name: 'viem: ChainMismatchError',
    text: [
      'The current chain of the wallet (id: 1) does not match the target chain for the transaction (id: 137 – Polygon).',
      '',
      'Current Chain ID:  1',
      'Expected Chain ID: 137 – Polygon',
      '',
      'Version: viem@2.21.54',
    ].join('\n'),
    codes: ['error.chain-mismatch'],
    data: { walletChainId: 1, expectedChainId: 137 },
    exit: 1,
  },
  {
    name: 'bundler: AA21 from eth_sendUserOperation',
    text: '{"jsonrpc":"2.0","id":1,"error":{"code":-32500,"message":"AA21 didn\'t pay prefund"}}',
    codes: ['error.account-abstraction'],
    data: { code: 'AA21', party: 'account' },
    exit: 1,
  },
  {
    name: 'viem: user operation reverted during simulation with AA33 (paymaster)',
    text: 'UserOperation reverted during simulation with reason: AA33 reverted\n\nVersion: viem@2.21.54',
    codes: ['error.account-abstraction'],
    data: { code: 'AA33', party: 'paymaster' },
    exit: 1,
  },
  {
    name: 'Solana: insufficient lamports with both numbers',
    text: 'Error processing Instruction 0: custom program error: 0x1\nProgram log: Transfer: insufficient lamports 19266000, need 100000000',
    codes: ['error.non-evm'],
    data: { family: 'solana', problem: 'insufficient-funds', have: '19266000', need: '100000000' },
    exit: 1,
  },
  {
    name: 'Solana: Blockhash not found',
    text: 'failed to send transaction: Transaction simulation failed: Blockhash not found',
    codes: ['error.non-evm'],
    data: { family: 'solana', problem: 'blockhash-expired' },
    exit: 1,
  },
  {
    name: 'Tron: OUT_OF_ENERGY in a receipt',
    text: '{"id":"7c2d","receipt":{"energy_usage_total":130285,"result":"OUT_OF_ENERGY"},"result":"FAILED"}',
    codes: ['error.non-evm'],
    data: { family: 'tron', problem: 'out-of-energy' },
    exit: 1,
  },
  {
    name: 'Tron: bandwidth',
    text: 'Account resource insufficient error.',
    codes: ['error.non-evm'],
    data: { family: 'tron', problem: 'bandwidth' },
    exit: 1,
  },
  {
    name: 'MetaMask: a bare Internal JSON-RPC error is not recognised',
    text: '{"code":-32603,"message":"Internal JSON-RPC error."}',
    codes: ['error.unrecognised'],
    data: { codes: [-32603], message: 'Internal JSON-RPC error.' },
    exit: 1,
  },
]

describe('explain: real-shaped error texts', () => {
  it.each(cases)('$name', ({ text, codes, data, exit }) => {
    const diagnosis = diagnoseError(parseErrorText(text))
    expect(diagnosis.findings.map((f) => f.code)).toEqual(codes)
    if (data) expect(diagnosis.findings[0]?.data).toMatchObject(data)
    expect(errorExitCode(diagnosis)).toBe(exit)
    expect(diagnosis.status).toBe(codes[0] === 'error.unrecognised' ? 'unrecognised' : 'explained')
  })
})

describe('explain: a revert decoded from the text gives the finding a mined failure would', () => {
  it('viem EstimateGasExecutionError on a V2 swap: error.estimation-reverted beside swap.slippage with the amounts', () => {
    const text = [
      'Execution reverted with reason: UniswapV2Router: INSUFFICIENT_OUTPUT_AMOUNT.',
      '',
      'Estimate Gas Arguments:',
      `  from:  ${ME}`,
      `  to:    ${ROUTER}`,
      `  data:  ${swapCall}`,
      '',
      'Details: execution reverted: UniswapV2Router: INSUFFICIENT_OUTPUT_AMOUNT',
      'Version: viem@2.21.54',
    ].join('\n')
    const { findings } = diagnoseError(parseErrorText(text))
    expect(findings.map((f) => f.code)).toEqual(['error.estimation-reverted', 'swap.slippage'])
    expect(findings[0]?.data).toMatchObject({ stage: 'estimation', category: 'slippage', contract: ROUTER })
    expect(findings[1]?.data).toMatchObject({
      router: ROUTER,
      functionName: 'swapExactTokensForTokens',
      mode: 'exact-in',
      tokenIn: { address: TOKEN_A },
      tokenOut: { address: TOKEN_B },
      amountIn: '1000000',
      amountOut: '990000',
      poolQuote: null,
    })
  })

  it('ethers v6 CALL_EXCEPTION with ERC20InsufficientBalance data: token.insufficient-balance with its numbers', () => {
    const text = `execution reverted (unknown custom error) (action="estimateGas", data="${insufficientBalance}", reason=null, transaction={ "data": "${transferCall}", "from": "${ME}", "to": "${TOKEN_A}" }, invocation=null, revert=null, code=CALL_EXCEPTION, version=6.13.4)`
    const { findings } = diagnoseError(parseErrorText(text))
    expect(findings.map((f) => f.code)).toEqual(['error.estimation-reverted', 'token.insufficient-balance'])
    expect(findings[0]?.data).toMatchObject({ errorName: 'ERC20InsufficientBalance', category: 'balance' })
    expect(findings[1]?.data).toMatchObject({
      token: { address: TOKEN_A },
      owner: ME.toLowerCase(),
      balance: '5',
      needed: '1000',
    })
  })

  it('viem ContractFunctionRevertedError: the custom error viem decoded is read from its text, with its numbers', () => {
    const text = [
      'The contract function "transfer" reverted.',
      '',
      'Error: ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)',
      `                               (${ME}, 5, 1000)`,
      '',
      'Contract Call:',
      `  address:   ${TOKEN_A}`,
      '  function:  transfer(address to, uint256 amount)',
      `  args:              (${ROUTER}, 1000)`,
      `  sender:    ${ME}`,
      '',
      'Docs: https://viem.sh/docs/contract/writeContract',
      'Version: viem@2.21.54',
    ].join('\n')
    const { findings } = diagnoseError(parseErrorText(text))
    expect(findings.map((f) => f.code)).toEqual(['error.estimation-reverted', 'token.insufficient-balance'])
    expect(findings[0]?.data).toMatchObject({ stage: 'call', errorName: 'ERC20InsufficientBalance' })
    expect(findings[1]?.data).toMatchObject({ token: { address: TOKEN_A }, balance: '5', needed: '1000' })
    expect(parseErrorText(text).ids.ownAddress).toBe(ME.toLowerCase())
  })

  it('a deadline revert without the call still gives swap.deadline-expired, and no invented amounts', () => {
    const text = '{"code":3,"message":"execution reverted: UniswapV2Router: EXPIRED"}'
    const { findings } = diagnoseError(parseErrorText(text))
    expect(findings.map((f) => f.code)).toEqual(['error.estimation-reverted', 'swap.deadline-expired'])
  })

  it('a slippage revert without the swap call says so in error.estimation-reverted, and gives no swap.slippage', () => {
    const text = 'execution reverted: UniswapV2Router: INSUFFICIENT_OUTPUT_AMOUNT'
    const { findings } = diagnoseError(parseErrorText(text))
    expect(findings.map((f) => f.code)).toEqual(['error.estimation-reverted'])
    expect(findings[0]?.data).toMatchObject({ category: 'slippage', revertData: null })
  })
})

describe('explain: hashes and addresses in the text', () => {
  it('a labelled transaction hash and the sender are kept for the look-up commands', () => {
    const text = `transaction execution reverted (action="sendTransaction", data=null, reason=null, invocation=null, revert=null, transaction={ "data": "", "from": "${ME}", "to": "${ROUTER}" }, receipt={ "blockNumber": 21000123, "hash": "${HASH}", "status": 0 }, code=CALL_EXCEPTION, version=6.13.4)`
    const facts = parseErrorText(text)
    expect(facts.ids.hashes).toEqual([HASH])
    expect(facts.ids.ownAddress).toBe(ME.toLowerCase())
    expect(facts.stage).toBe('mined')
  })

  it('an unlabelled 64-hex value is not taken for a hash', () => {
    expect(parseErrorText(`something failed ${HASH.slice(2)}`).ids.hashes).toEqual([])
  })
})

describe('explain: hostile text', () => {
  it.each([
    ['unmatched braces', '{'.repeat(100_000)],
    ['nested braces that never parse', `${'{'.repeat(50_000)}${'}'.repeat(50_000)}`],
    ['many small fragments', '{"a":'.repeat(20_000)],
    ['a long line of near-misses', 'nonce too low '.repeat(7_000)],
    ['many lines of near-misses', 'insufficient funds for gas * price + value: have\n'.repeat(2_000)],
  ])('%s are read in bounded time', (_, text) => {
    const started = Date.now()
    diagnoseError(parseErrorText(text))
    expect(Date.now() - started).toBeLessThan(2_000)
  })
})

describe('explain: what a revert message does not say is not claimed', () => {
  beforeAll(loadBothLanguages)
  it('"execution reverted" with no word of simulation or mining: neither "nothing was sent" nor "it failed on chain"', () => {
    const { findings } = diagnoseError(parseErrorText('execution reverted: Ownable: caller is not the owner'))
    const finding = findings.find((f) => f.code === 'error.estimation-reverted')!
    expect(finding.data).toMatchObject({ stage: 'unknown' })
    for (const lang of ['en', 'ja'] as const) {
      const text = describeFinding(finding, lang)
      expect(text.detail).not.toMatch(/Nothing was sent|何も送信されておらず/)
      expect(text.title).not.toMatch(/not sent|送信されませんでした|failed \(reverted\)|失敗しました/)
      expect(text.steps[0]).toContain('support-doctor tx')
    }
    const simulated = diagnoseError(
      parseErrorText('eth_estimateGas: execution reverted: Ownable: caller is not the owner'),
    )
    expect(describeFinding(simulated.findings[0]!, 'en').detail).toMatch(/Nothing was sent/)
  })
})

describe('explain: amounts of the coin are said as amounts, not wei', () => {
  beforeAll(loadBothLanguages)
  it('insufficient funds: cost, balance and shortfall in the coin, one unit throughout', () => {
    const finding = {
      code: 'error.insufficient-funds' as const,
      severity: 'critical' as const,
      data: { address: null, balance: '1000000000000000', cost: '3000000000000000', shortfall: '2000000000000000' },
    }
    expect(describeFinding(finding, 'en').detail).toMatch(
      /\(0\.003 of the network's coin\), but holds 0\.001: 0\.002 short\./,
    )
    expect(describeFinding(finding, 'ja').detail).toMatch(/ネイティブ通貨で 0\.003.*残高は 0\.001 です.*0\.002 不足/)
    expect(describeFinding(finding, 'en').detail).not.toMatch(/wei/)
  })
})

describe('explain: EntryPoint codes in Japanese', () => {
  it('every code the tool knows has a Japanese meaning, used in a Japanese report', async () => {
    const { aaCodes } = await import('../../src/decode/error-text/aa-codes.js')
    const { aaMeaningsJa } = await import('../../src/i18n/aa-meanings-ja.js')
    expect(Object.keys(aaMeaningsJa).sort()).toEqual(aaCodes.map((row) => row.code).sort())
    const { findings } = diagnoseError(parseErrorText("UserOperation reverted: AA21 didn't pay prefund"))
    const detail = describeFinding(findings[0]!, 'ja').detail
    expect(detail).toContain('AA21(前払いができませんでした')
    expect(detail).not.toMatch(/prefund/)
  })
})
