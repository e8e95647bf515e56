import { describe, expect, it } from 'vitest'
import { hashFromPaste } from '../../src/commands/hash-paste.js'

const HASH = `0x${'ab'.repeat(32)}`

describe('a transaction hash as people paste it', () => {
  it('an explorer link gives its hash, and the network when the explorer is known', () => {
    expect(hashFromPaste(`https://etherscan.io/tx/${HASH}`)).toEqual({ hash: HASH, chainId: 1 })
    expect(hashFromPaste(`  https://basescan.org/tx/${HASH}?utm_source=x#eventlog \n`)).toEqual({
      hash: HASH,
      chainId: 8453,
    })
    expect(hashFromPaste(`https://explorer.example/tx/${HASH}`)).toEqual({ hash: HASH })
  })

  it('a 0X prefix and full-width characters are read as what they are', () => {
    expect(hashFromPaste(`0X${'ab'.repeat(32)}`)).toEqual({ hash: HASH })
    const fullWidth = `０ｘ${'ａｂ'.repeat(32)}`
    expect(hashFromPaste(fullWidth)).toEqual({ hash: HASH })
  })

  it('anything else is returned as given, for the hash check to refuse', () => {
    expect(hashFromPaste('0x1234')).toEqual({ hash: '0x1234' })
    expect(hashFromPaste(`https://etherscan.io/address/${HASH.slice(0, 42)}`)).toEqual({
      hash: `https://etherscan.io/address/${HASH.slice(0, 42)}`,
    })
    expect(hashFromPaste(`javascript://etherscan.io/tx/${HASH}`).chainId).toBeUndefined()
  })
})
