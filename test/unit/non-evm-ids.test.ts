import { describe, expect, it } from 'vitest'
import { isBareHex64, isSolanaSecretKey, recogniseNonEvmId } from '../../src/decode/non-evm-ids.js'
import { solanaSecretKey } from '../support/solana-key.js'

// Real-shaped ids: a Solana transaction signature as in Solana's docs, well-known Solana mints,
// Bitcoin's genesis and P2SH/bech32 example addresses, and Tron's USDT contract address.
describe('non-EVM ids', () => {
  it.each([
    [
      '5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnbJLgp8uirBgmQpjKhoR4tjF3ZpRzrFmBV6UjKdiSZkQUW',
      'solana',
      'transaction',
      'https://solscan.io/tx/',
    ],
    ['EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v', 'solana', 'address', 'https://solscan.io/account/'],
    ['So11111111111111111111111111111111111111112', 'solana', 'address', 'https://solscan.io/account/'],
    ['1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', 'bitcoin', 'address', 'https://mempool.space/address/'],
    ['3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', 'bitcoin', 'address', 'https://mempool.space/address/'],
    ['bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'bitcoin', 'address', 'https://mempool.space/address/'],
    ['TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', 'tron', 'address', 'https://tronscan.org/#/address/'],
  ])('%s is a %s %s', (id, family, kind, explorer) => {
    expect(recogniseNonEvmId(id)).toEqual({ family, kind, id, explorerUrl: `${explorer}${id}` })
  })

  it.each([
    ['an EVM hash', `0x${'ab'.repeat(32)}`],
    ['an EVM address', '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'],
    ['a Bitcoin address with a broken checksum', '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb'],
    ['a word', 'hello'],
    ['a base58 string of the wrong length', '5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnbJLgp8uirBgmQp'],
  ])('%s is not recognised', (_, id) => {
    expect(recogniseNonEvmId(id)).toBeNull()
  })

  it('a Solana secret key has the shape of a signature, but is told apart and never taken for one', () => {
    for (let i = 0; i < 5; i++) {
      const key = solanaSecretKey()
      expect(isSolanaSecretKey(key)).toBe(true)
      expect(recogniseNonEvmId(key)).toBeNull()
    }
    expect(
      isSolanaSecretKey('5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnbJLgp8uirBgmQpjKhoR4tjF3ZpRzrFmBV6UjKdiSZkQUW'),
    ).toBe(false)
  })

  it('64 hex characters without 0x may be a Bitcoin or Tron transaction id', () => {
    expect(isBareHex64('4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b')).toBe(true)
    expect(isBareHex64(`0x${'ab'.repeat(32)}`)).toBe(false)
  })
})
