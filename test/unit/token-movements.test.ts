import { describe, expect, it } from 'vitest'
import { encodeAbiParameters, encodeEventTopics, parseAbi } from 'viem'
import { tokenMovements } from '../../src/decode/token-movements.js'

const A = '0x1111111111111111111111111111111111111111'
const B = '0x2222222222222222222222222222222222222222'
const TOKEN = '0x3333333333333333333333333333333333333333'
const events = parseAbi([
  'event Transfer(address indexed from, address indexed to, uint256 value)',
  'event Deposit(address indexed dst, uint256 wad)',
  'event Withdrawal(address indexed src, uint256 wad)',
  'event TransferSingle(address indexed operator, address indexed from, address indexed to, uint256 id, uint256 value)',
  'event TransferBatch(address indexed operator, address indexed from, address indexed to, uint256[] ids, uint256[] values)',
])
const nft = parseAbi(['event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)'])
const log = (topics: readonly `0x${string}`[], data: `0x${string}` = '0x') => ({
  address: TOKEN as `0x${string}`,
  topics: [...topics],
  data,
})

describe('token movements from logs', () => {
  it('ERC-20 Transfer', () => {
    const topics = encodeEventTopics({ abi: events, eventName: 'Transfer', args: { from: A, to: B } })
    expect(tokenMovements([log(topics as `0x${string}`[], encodeAbiParameters([{ type: 'uint256' }], [7n]))])).toEqual([
      { standard: 'erc20', token: TOKEN, from: A, to: B, amount: 7n, tokenId: null },
    ])
  })

  it('ERC-721 Transfer (token id indexed)', () => {
    const topics = encodeEventTopics({ abi: nft, eventName: 'Transfer', args: { from: A, to: B, tokenId: 42n } })
    expect(tokenMovements([log(topics as `0x${string}`[])])).toEqual([
      { standard: 'erc721', token: TOKEN, from: A, to: B, amount: 1n, tokenId: 42n },
    ])
  })

  it('ERC-1155 TransferSingle and TransferBatch', () => {
    const single = encodeEventTopics({
      abi: events,
      eventName: 'TransferSingle',
      args: { operator: A, from: A, to: B },
    })
    const batch = encodeEventTopics({ abi: events, eventName: 'TransferBatch', args: { operator: A, from: A, to: B } })
    const movements = tokenMovements([
      log(single as `0x${string}`[], encodeAbiParameters([{ type: 'uint256' }, { type: 'uint256' }], [5n, 2n])),
      log(
        batch as `0x${string}`[],
        encodeAbiParameters(
          [{ type: 'uint256[]' }, { type: 'uint256[]' }],
          [
            [1n, 2n],
            [10n, 20n],
          ],
        ),
      ),
    ])
    expect(movements.map((m) => [m.standard, m.tokenId, m.amount])).toEqual([
      ['erc1155', 5n, 2n],
      ['erc1155', 1n, 10n],
      ['erc1155', 2n, 20n],
    ])
  })

  it('WETH Deposit and Withdrawal', () => {
    const deposit = encodeEventTopics({ abi: events, eventName: 'Deposit', args: { dst: A } })
    const withdrawal = encodeEventTopics({ abi: events, eventName: 'Withdrawal', args: { src: B } })
    const data = encodeAbiParameters([{ type: 'uint256' }], [3n])
    expect(
      tokenMovements([log(deposit as `0x${string}`[], data), log(withdrawal as `0x${string}`[], data)]).map((m) => [
        m.standard,
        m.from,
        m.to,
      ]),
    ).toEqual([
      ['weth-deposit', '0x0000000000000000000000000000000000000000', A],
      ['weth-withdrawal', B, '0x0000000000000000000000000000000000000000'],
    ])
  })

  it('skips logs that are not token movements', () => {
    expect(tokenMovements([log([`0x${'ab'.repeat(32)}`])])).toEqual([])
  })
})
