import { BaseError, ContractFunctionRevertedError, ContractFunctionZeroDataError } from 'viem'

/**
 * Whether a contract read failed because of the contract — it reverted, or no code answered — rather
 * than the endpoint (a timeout, a refusal). The first is an answer every honest endpoint gives alike
 * and can be compared; the second means the endpoint said nothing.
 */
export const isContractsOwnAnswer = (error: unknown): boolean =>
  error instanceof BaseError &&
  error.walk((e) => e instanceof ContractFunctionRevertedError || e instanceof ContractFunctionZeroDataError) !== null
