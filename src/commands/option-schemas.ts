import type { Address, Hash } from 'viem'
import * as z from 'zod'
import { checksumAddress } from '../chains/checksum-address.js'
import { findChain } from '../chains/find-chain.js'
import type { MessageKey } from '../i18n/catalog.js'

/** Marks a custom zod issue with the catalog message that explains it to a person. */
const explained = (key: MessageKey) => ({ params: { key } })

/** A transaction hash, normalised: lower case, typed. */
export const hashSchema = z
  .string()
  .trim()
  .refine((v) => /^0x[0-9a-fA-F]{64}$/.test(v), explained('error.invalidHash'))
  .transform((v) => v.toLowerCase() as Hash)

/**
 * An address, normalised to its EIP-55 checksummed form. All lower or all upper case carries no
 * checksum and is taken as it is; mixed case is a checksum, and a wrong one is a mistyped address
 * (one character off is exactly what the checksum exists to catch), so it is refused.
 */
export const addressSchema = z
  .string()
  .trim()
  .refine((v) => /^0x[0-9a-fA-F]{40}$/.test(v), explained('error.invalidAddress'))
  .refine((v) => hasNoChecksum(v) || checksumAddress(v) === v, explained('error.addressChecksum'))
  .transform((v): Address => checksumAddress(v))

const hasNoChecksum = (address: string) => {
  const digits = address.slice(2)
  return digits === digits.toLowerCase() || digits === digits.toUpperCase()
}

export const chainSchema = z
  .string()
  .refine((v) => findChain(v) !== undefined, explained('error.unknownChain'))
  .transform((v) => (findChain(v) as { id: number }).id)

export const rpcUrlSchema = z.string().refine((v) => {
  try {
    return ['http:', 'https:', 'ws:', 'wss:'].includes(new URL(v).protocol)
  } catch {
    return false
  }
}, explained('error.invalidRpcUrl'))

export const nonceSchema = z
  .string()
  .refine((v) => /^\d{1,15}$/.test(v), explained('error.invalidNonce'))
  .transform(Number)
