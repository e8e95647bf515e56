import { decodeEventLog, parseAbi, type Address, type Hex } from 'viem'

/** ERC-20 and ERC-721 share Transfer's signature: ERC-721 indexes the token id (four topics). */
const erc20Events = parseAbi([
  'event Transfer(address indexed from, address indexed to, uint256 value)',
  'event Deposit(address indexed dst, uint256 wad)',
  'event Withdrawal(address indexed src, uint256 wad)',
])
const erc721Events = parseAbi(['event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)'])
const erc1155Events = parseAbi([
  'event TransferSingle(address indexed operator, address indexed from, address indexed to, uint256 id, uint256 value)',
  'event TransferBatch(address indexed operator, address indexed from, address indexed to, uint256[] ids, uint256[] values)',
])

const ZERO: Address = '0x0000000000000000000000000000000000000000'

export type TokenMovement = {
  standard: 'erc20' | 'erc721' | 'erc1155' | 'weth-deposit' | 'weth-withdrawal'
  token: Address
  from: Address
  to: Address
  /** Base units for fungible tokens; 1 for an ERC-721 token. */
  amount: bigint
  tokenId: bigint | null
}

/** Pure: a receipt's logs → the token movements they record, in log order. Unrelated logs are skipped. */
/** A log as any gatherer reads it: decoding needs no more than this. */
export type LogData = { address: Address; topics: readonly Hex[]; data: Hex }

export function tokenMovements(logs: readonly LogData[]): TokenMovement[] {
  return logs.flatMap((log): TokenMovement[] => {
    const token = log.address.toLowerCase() as Address
    const attempt = <T>(decode: () => T) => {
      try {
        return decode()
      } catch {
        return null
      }
    }
    if (log.topics.length === 4) {
      const nft = attempt(() =>
        decodeEventLog({ abi: erc721Events, topics: log.topics as [`0x${string}`], data: log.data }),
      )
      if (nft?.args)
        return [
          {
            standard: 'erc721',
            token,
            from: lower(nft.args.from),
            to: lower(nft.args.to),
            amount: 1n,
            tokenId: nft.args.tokenId,
          },
        ]
      const multi = attempt(() =>
        decodeEventLog({ abi: erc1155Events, topics: log.topics as [`0x${string}`], data: log.data }),
      )
      if (multi?.eventName === 'TransferSingle' && multi.args) {
        return [
          {
            standard: 'erc1155',
            token,
            from: lower(multi.args.from),
            to: lower(multi.args.to),
            amount: multi.args.value,
            tokenId: multi.args.id,
          },
        ]
      }
      if (multi?.eventName === 'TransferBatch' && multi.args) {
        const { from, to, ids, values } = multi.args
        return ids.map((id, i) => ({
          standard: 'erc1155' as const,
          token,
          from: lower(from),
          to: lower(to),
          amount: values[i] ?? 0n,
          tokenId: id,
        }))
      }
      return []
    }
    const event = attempt(() =>
      decodeEventLog({ abi: erc20Events, topics: log.topics as [`0x${string}`], data: log.data }),
    )
    if (!event?.args) return []
    if (event.eventName === 'Transfer')
      return [
        {
          standard: 'erc20',
          token,
          from: lower(event.args.from),
          to: lower(event.args.to),
          amount: event.args.value,
          tokenId: null,
        },
      ]
    if (event.eventName === 'Deposit')
      return [
        {
          standard: 'weth-deposit',
          token,
          from: ZERO,
          to: lower(event.args.dst),
          amount: event.args.wad,
          tokenId: null,
        },
      ]
    return [
      {
        standard: 'weth-withdrawal',
        token,
        from: lower(event.args.src),
        to: ZERO,
        amount: event.args.wad,
        tokenId: null,
      },
    ]
  })
}

const lower = (address: Address) => address.toLowerCase() as Address
