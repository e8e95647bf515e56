import { BaseError, ContractFunctionZeroDataError, ExecutionRevertedError } from 'viem'

/**
 * Whether a contract read failed because of the contract — it reverted, or no code answered — rather
 * than the endpoint (a timeout, a refusal, an internal error). The first is an answer every honest
 * endpoint gives alike and can be compared; the second means the endpoint said nothing. Only the
 * node's own "execution reverted" (JSON-RPC code 3, or geth's -32000 with that message) or empty
 * return data count: the transport turns any other error into an endpoint failure.
 */
export const isContractsOwnAnswer = (error: unknown): boolean =>
  error instanceof BaseError &&
  error.walk((e) => e instanceof ExecutionRevertedError || e instanceof ContractFunctionZeroDataError) !== null
