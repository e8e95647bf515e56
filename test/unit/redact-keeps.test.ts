import { generatePrivateKey } from 'viem/accounts'
import { describe, expect, it } from 'vitest'
import { redactText } from '../../src/redact/redact.js'
import { randomHash } from './redact-secrets.js'

/** Public chain data and facts support needs (issue 13's over-removals): kept, with fresh values. */
const strip = (hash: string) => hash.slice(2)

function receipt() {
  return {
    jsonrpc: '2.0',
    id: 1,
    result: {
      blockHash: randomHash(),
      blockNumber: '0x12d687',
      transactionHash: randomHash(),
      logsBloom: `0x${'0'.repeat(512)}`,
      logs: [
        {
          address: '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48',
          topics: [randomHash(), randomHash(), randomHash()],
          data: randomHash(),
          blockHash: randomHash(),
          transactionHash: randomHash(),
        },
      ],
      root: randomHash(),
      status: '0x1',
    },
  }
}
const block = () => ({
  hash: randomHash(),
  parentHash: randomHash(),
  stateRoot: randomHash(),
  receiptsRoot: randomHash(),
  transactionsRoot: randomHash(),
  mixHash: randomHash(),
  sha3Uncles: randomHash(),
})

describe('public chain data stays', () => {
  it.each([
    ['a receipt dump, compact', () => JSON.stringify(receipt())],
    ['a receipt dump, pretty-printed', () => JSON.stringify(receipt(), null, 2)],
    ['a block header', () => JSON.stringify(block(), null, 2)],
    [
      'ABI-encoded calldata words, one a line',
      () =>
        [
          '0xa9059cbb',
          `000000000000000000000000${strip(randomHash()).slice(0, 40)}`,
          `${'0'.repeat(40)}${strip(randomHash()).slice(0, 24)}`,
        ].join('\n'),
    ],
    ['a sha256: digest', () => `image sha256:${strip(randomHash())}`],
    ['labelled hashes', () => `tx hash: ${randomHash()}\nTxID: ${strip(randomHash())}\nblock hash ${randomHash()}`],
    ['a Japanese label', () => `トランザクションハッシュ：${randomHash()}`],
    [
      'a hash right after "tx" or "transaction" in a sentence',
      () => `my tx ${randomHash()} is stuck; Transaction is ${randomHash()}, txn: ${strip(randomHash())}`,
    ],
    [
      'a JSON-RPC request for a receipt',
      () => JSON.stringify({ method: 'eth_getTransactionReceipt', params: [randomHash()] }),
    ],
    ['explorer links', () => `https://etherscan.io/tx/${randomHash()} and https://basescan.org/block/${randomHash()}`],
    ['an explorer path without scheme', () => `see etherscan.io/tx/${randomHash()}`],
  ])('%s', (_, make) => {
    const input = make()
    expect(redactText(input)).toEqual({ text: input, removed: {} })
  })

  it.each([
    'https://github.com/foundry-rs/foundry/issues/13#issuecomment-1234567890',
    'https://support.metamask.io/hc/en-us/articles/360015489251-How-to-speed-up-or-cancel-a-pending-transaction?utm_source=app#section-2',
    'https://etherscan.io/address/0x70997970C51812dc3A010C79C8b1f2Ec15Fc7DAb#tokentxns',
    'https://docs.base.org/base-chain/network-information/transaction-finality',
    'https://mainnet.base.org',
  ])('the whole of %s', (url) => {
    expect(redactText(`read ${url} please`).text).toBe(`read ${url} please`)
  })

  it('an explorer link with a query keeps its path and the hash given with --keep', () => {
    const hash = randomHash()
    const link = `https://etherscan.io/tx/${hash}?utm=x#eventlog`
    expect(redactText(link, { knownHashes: new Set([hash]) }).text).toBe(link)
  })

  it.each([
    'wallet at 192.168.1.20:8545, node at 10.0.0.5, docker 172.17.0.2, link-local 169.254.10.1',
    'carrier NAT 100.64.3.7, multicast 239.255.255.250, unspecified 0.0.0.0, broadcast 255.255.255.255',
    'ipv6 link-local fe80::1ff:fe23:4567:890a and unique-local fd12:3456:789a::1',
    'MetaMask 12.3.0.1 on Chrome 120.0.6099.109, version 2.3.0.1, v1.2.3.4, Ledger Live 2.71.1.0',
  ])('%s', (input) => {
    expect(redactText(input)).toEqual({ text: input, removed: {} })
  })
})

describe('where context says key, a 64-hex value always goes', () => {
  it.each([
    ['private key: ', ''],
    ['PRIVATE_KEY=', ''],
    ['{"privateKey": "', '"}'],
    ['秘密鍵：', ''],
    ['my secret for tx hash ', ''],
    ['{"method":"personal_importRawKey","params":["', '","pw"]}'],
  ])('%s…', (before, after) => {
    const key = generatePrivateKey()
    const { text, removed } = redactText(`${before}${key}${after}`)
    expect(text).not.toContain(strip(key))
    expect(removed['private-key']).toBe(1)
  })

  it('"tx" on the line is not enough: only right before the value, and never near a key word', () => {
    const key = generatePrivateKey()
    expect(redactText(`tx failed, then I pasted ${key}`).text).not.toContain(strip(key))
    expect(redactText(`tx key ${key}`).text).not.toContain(strip(key))
    expect(redactText(`PRIVATE KEY BELOW\ntx ${key}`).text).not.toContain(strip(key))
    const longSentence = `Private key (I wrote it down from the export screen of my wallet app last week, before all of this started) the transaction is ${key}`
    expect(redactText(longSentence).text).not.toContain(strip(key))
  })

  it('a bare value with no context goes, as "possibly a private key"', () => {
    const key = generatePrivateKey()
    expect(redactText(`here: ${key}`).text).toBe('here: [redacted: 64-hex value, possibly a private key]')
  })

  it('a chain-data label on another line does not vouch for a value alone on its line', () => {
    const key = generatePrivateKey()
    const { text } = redactText(`blockHash: ${randomHash()}\n${key}`)
    expect(text).not.toContain(strip(key))
  })
})

describe('personal data around public data', () => {
  it('public addresses go, with ports kept readable', () => {
    expect(redactText('from 8.8.4.4 and 203.0.113.7:443').text).toBe(
      'from [redacted: IP address] and [redacted: IP address]:443',
    )
  })
})
