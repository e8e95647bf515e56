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

/** Whether `eth_getCode` answered some code (null or undefined: a read that did not happen or failed). */
export const holdsCode = (code: string | null | undefined): boolean =>
  code !== undefined && code !== null && code !== '0x'

/** A contract read whose contract's own refusal is an answer (null), and any other failure the endpoint's. */
export const contractAnswerOrNull = <T>(read: Promise<T>): Promise<T | null> =>
  read.catch((error: unknown) => {
    if (isContractsOwnAnswer(error)) return null
    throw error
  })
