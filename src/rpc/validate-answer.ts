// A namespace import lets the bundler keep only the parts of zod used (the named `z` pulls in all of it).
import * as z from 'zod'
import { faultWords } from '../findings/fault-words.js'

const quantity = z.string().regex(/^0x[0-9a-fA-F]{1,64}$/)
const data = z.string().regex(/^0x[0-9a-fA-F]*$/)
const hash32 = z.string().regex(/^0x[0-9a-fA-F]{64}$/)
const address = z.string().regex(/^0x[0-9a-fA-F]{40}$/)

const transaction = z.looseObject({
  hash: hash32,
  from: address,
  nonce: quantity,
  blockNumber: quantity.nullable().optional(),
  input: data,
})
const receipt = z.looseObject({
  transactionHash: hash32,
  blockNumber: quantity,
  blockHash: hash32,
  gasUsed: quantity,
  status: quantity.optional(),
  logs: z.array(z.unknown()),
})
const block = z.looseObject({
  number: quantity.nullable(),
  hash: hash32.nullable(),
  timestamp: quantity,
  gasUsed: quantity,
  gasLimit: quantity,
  transactions: z.array(z.unknown()),
})

/** The shape each read method must answer with; anything else is a faulty endpoint, never used. */
const answers: Record<string, z.ZodType> = {
  eth_chainId: quantity,
  eth_blockNumber: quantity,
  eth_getTransactionCount: quantity,
  eth_getBalance: quantity,
  eth_gasPrice: quantity,
  eth_maxPriorityFeePerGas: quantity,
  eth_estimateGas: quantity,
  eth_call: data,
  eth_getCode: data,
  eth_getStorageAt: data,
  eth_getTransactionByHash: transaction.nullable(),
  eth_getTransactionBySenderAndNonce: transaction.nullable(),
  eth_getTransactionReceipt: receipt.nullable(),
  eth_getBlockByNumber: block.nullable(),
  eth_getBlockByHash: block.nullable(),
  eth_feeHistory: z.looseObject({
    oldestBlock: quantity,
    baseFeePerGas: z.array(quantity),
    gasUsedRatio: z.array(z.number()),
  }),
  eth_getLogs: z.array(z.looseObject({ address, topics: z.array(hash32), data })),
  debug_traceTransaction: z.looseObject({ type: z.string() }),
}

/**
 * Whether an endpoint's answer can be trusted: the right shape for the method and, where the
 * request names what it wants, the thing asked for — a transaction or receipt with the same hash,
 * a block with the same number or hash. Returns the reason it cannot, or null.
 */
export function answerProblem(method: string, params: unknown, answer: unknown): string | null {
  const schema: z.ZodType | undefined = Object.hasOwn(answers, method) ? answers[method] : undefined
  if (schema && !schema.safeParse(answer).success) return faultWords.malformedAnswer
  const first: unknown = Array.isArray(params) ? params[0] : undefined
  if (answer && typeof answer === 'object' && typeof first === 'string') {
    const wanted = first.toLowerCase()
    const record = answer as Record<string, unknown>
    if (method === 'eth_getTransactionByHash' && String(record.hash).toLowerCase() !== wanted)
      return faultWords.anotherTransaction
    if (method === 'eth_getTransactionReceipt' && String(record.transactionHash).toLowerCase() !== wanted)
      return faultWords.anotherReceipt
    if (method === 'eth_getBlockByHash' && String(record.hash).toLowerCase() !== wanted) return faultWords.anotherBlock
    if (
      method === 'eth_getBlockByNumber' &&
      /^0x[0-9a-f]+$/i.test(wanted) &&
      typeof record.number === 'string' &&
      BigInt(record.number) !== BigInt(wanted)
    )
      return faultWords.anotherBlock
  }
  return null
}
