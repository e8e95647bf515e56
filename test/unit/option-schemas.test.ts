import { getAddress } from 'viem'
import { randomBytes } from 'node:crypto'
import { checksumAddress } from '../../src/chains/checksum-address.js'
import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { addressSchema, hashSchema } from '../../src/commands/option-schemas.js'
import { parseOptions } from '../../src/commands/parse-options.js'
import { DoctorError } from '../../src/errors/doctor-error.js'

const checksummed = getAddress('0x70997970c51812dc3a010c7d01b50e0d17dc79c8')
const parse = (schema: z.ZodType, value: string) => parseOptions(z.object({ value: schema }), { value }).value
const refusal = (schema: z.ZodType, value: string) => {
  try {
    parse(schema, value)
  } catch (error) {
    return error as DoctorError
  }
  throw new Error(`${value} was accepted`)
}

describe('option schemas normalise what they validate', () => {
  it('a hash in any case becomes lower case', () => {
    expect(parse(hashSchema, `  0x${'AB'.repeat(32)} `)).toBe(`0x${'ab'.repeat(32)}`)
  })

  it('an all-lower or all-upper address is taken, and becomes its checksummed form', () => {
    expect(parse(addressSchema, checksummed.toLowerCase())).toBe(checksummed)
    expect(parse(addressSchema, `0x${checksummed.slice(2).toUpperCase()}`)).toBe(checksummed)
    expect(parse(addressSchema, checksummed)).toBe(checksummed)
  })

  it('a mixed-case address whose EIP-55 checksum is wrong is refused as mistyped (exit 2)', () => {
    // Flip the case of one letter: the kind of slip the checksum exists to catch.
    const index = [...checksummed].findIndex((c, i) => i > 1 && /[a-f]/i.test(c))
    const flipped = checksummed.slice(0, index) + swapCase(checksummed[index] as string) + checksummed.slice(index + 1)
    const error = refusal(addressSchema, flipped)
    expect(error.exitCode).toBe(2)
    expect(error.text.key).toBe('error.addressChecksum')
    expect(error.suggestion?.key).toBe('hint.addressChecksum')
  })

  it('a malformed address is refused as not an address', () => {
    expect(refusal(addressSchema, '0x1234').text.key).toBe('error.invalidAddress')
  })
})

const swapCase = (c: string) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())

describe('EIP-55 checksums, computed without viem', () => {
  it('match viem’s getAddress for random addresses', () => {
    for (let i = 0; i < 500; i++) {
      const address = `0x${randomBytes(20).toString('hex')}`
      expect(checksumAddress(address)).toBe(getAddress(address))
      expect(checksumAddress(address.toUpperCase().replace('0X', '0x'))).toBe(getAddress(address))
    }
  })

  it('match the examples of EIP-55', () => {
    for (const address of [
      '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
      '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
      '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
      '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
    ])
      expect(checksumAddress(address.toLowerCase())).toBe(address)
  })
})
