import { randomBytes } from 'node:crypto'
import { generatePrivateKey } from 'viem/accounts'
import { describe, expect, it } from 'vitest'
import { containsSecret, redactText, type RedactionKind } from '../../src/redact/redact.js'
import {
  apiKey,
  base58,
  jwt,
  keyWithLeadingZeroDropped,
  solanaSecretKey,
  solanaSignature,
  wif,
} from './redact-secrets.js'

/** Credentials as people paste them (issue 13), generated fresh for every run. */
type Case = { input: string; kind: RedactionKind; gone: string[]; stays?: string[] }

function cases(): [string, Case][] {
  const solana = solanaSecretKey()
  const solanaB58 = base58(solana)
  const key = generatePrivateKey()
  const short = keyWithLeadingZeroDropped()
  const token = jwt()
  const bearer = apiKey(40)
  const xApiKey = apiKey(32)
  const envKey = apiKey(34)
  const infura = randomBytes(16).toString('hex')
  const alchemy = apiKey(32)
  return [
    ['Solana secret key, base58', { input: `phantom export: ${solanaB58}`, kind: 'solana-key', gone: [solanaB58] }],
    [
      'Solana keypair file, compact JSON array',
      { input: JSON.stringify([...solana]), kind: 'solana-key', gone: [[...solana].slice(0, 8).join(',')] },
    ],
    [
      'Solana keypair file, spaced over lines',
      {
        input: `id.json:\n[\n  ${[...solana].join(',\n  ')}\n]`,
        kind: 'solana-key',
        gone: [[...solana].slice(0, 4).join(',\n  ')],
      },
    ],
    [
      'Ethereum key split over two lines',
      {
        input: `key part 1\n${key.slice(0, 34)}\n${key.slice(34)}`,
        kind: 'private-key',
        gone: [key.slice(2, 34), key.slice(34)],
      },
    ],
    [
      'Ethereum key split over two lines, no label',
      { input: `${key.slice(2, 34)}\n${key.slice(34)}`, kind: 'private-key', gone: [key.slice(2, 34), key.slice(34)] },
    ],
    [
      'Ethereum key with its leading zero dropped (63 digits)',
      { input: `pk ${short}`, kind: 'private-key', gone: [short] },
    ],
    [
      'a JWT',
      { input: `session ${token} expired`, kind: 'jwt', gone: [token.split('.')[2] as string], stays: ['expired'] },
    ],
    [
      'a curl command with Authorization: Bearer and X-API-Key headers',
      {
        input: `curl -s -H "Authorization: Bearer ${bearer}" -H 'X-API-Key: ${xApiKey}' https://api.example.com/v1/balances`,
        kind: 'credential',
        gone: [bearer, xApiKey],
        stays: ['Authorization: Bearer', 'X-API-Key:', 'https://api.example.com/v1/balances'],
      },
    ],
    [
      'an Authorization header carrying a JWT',
      { input: `Authorization: Bearer ${token}`, kind: 'credential', gone: [token.split('.')[1] as string] },
    ],
    [
      'a .env file',
      {
        input: `ETHERSCAN_API_KEY=${envKey}\nAUTH_TOKEN="${bearer}"\nCLIENT_SECRET=${xApiKey}\nDB_PASSWORD=${apiKey(12)}\nCHAIN_ID=8453`,
        kind: 'credential',
        gone: [envKey, bearer, xApiKey],
        stays: ['ETHERSCAN_API_KEY=', 'CHAIN_ID=8453'],
      },
    ],
    ['PRIVATE_KEY= in a .env file', { input: `PRIVATE_KEY=${key}`, kind: 'private-key', gone: [key.slice(2)] }],
    [
      'a password: line',
      {
        input: 'wallet password: correct horse battery 42!\nnetwork: base',
        kind: 'password',
        gone: ['horse', '42!'],
        stays: ['network: base'],
      },
    ],
    [
      'a パスワード： line',
      { input: 'パスワード：ひみつ2024abc\n以上です', kind: 'password', gone: ['ひみつ2024abc'], stays: ['以上です'] },
    ],
    [
      'Chinese and Korean password labels',
      {
        input: '我的密码：abc123XY\n비밀번호: pw-5678',
        kind: 'password',
        gone: ['abc123XY', 'pw-5678'],
        stays: ['我的密码：'],
      },
    ],
    [
      'a password said in a sentence',
      {
        input: 'hi, my password is hunter2. and the PWD was "blue sky 9"; pass: x',
        kind: 'password',
        gone: ['hunter2', 'blue sky 9'],
        stays: ['my password is [redacted: password] and the PWD was'],
      },
    ],
    [
      'a password said in a Japanese sentence',
      {
        input: 'パスワードはabc123です。ウォレットのパスワードは Qx7-mm',
        kind: 'password',
        gone: ['abc123', 'Qx7-mm'],
        stays: ['パスワードは', 'です。'],
      },
    ],
    [
      'a password label with a space before its colon',
      { input: 'password : letmein42\nok', kind: 'password', gone: ['letmein42'], stays: ['ok'] },
    ],
    [
      'a password in JSON',
      {
        input: '{"user":"kim","password":"s3cr3t-Pa55"}',
        kind: 'password',
        gone: ['s3cr3t-Pa55'],
        stays: ['"user":"kim"'],
      },
    ],
    [
      'a JSON-escaped Infura URL',
      {
        input: JSON.stringify({ rpc: `https://mainnet.infura.io/v3/${infura}` }).replace(/\//g, '\\/'),
        kind: 'rpc-url',
        gone: [infura],
        stays: ['mainnet.infura.io'],
      },
    ],
    [
      'an Infura URL without a scheme',
      {
        input: `rpc: mainnet.infura.io/v3/${infura} (from my config)`,
        kind: 'rpc-url',
        gone: [infura],
        stays: ['mainnet.infura.io/v3/'],
      },
    ],
    [
      'an OAuth token in a URL fragment, a key after /v1/',
      {
        input: `https://app.example.com/callback#access_token=${bearer}&state=ok https://rpc.example.net/v1/${alchemy}`,
        kind: 'rpc-url',
        gone: [bearer, alchemy],
        stays: ['#access_token=', '&state=ok', 'https://rpc.example.net/v1/'],
      },
    ],
    [
      'an Alchemy URL without a scheme',
      {
        input: `eth-mainnet.g.alchemy.com/v2/${alchemy}`,
        kind: 'rpc-url',
        gone: [alchemy],
        stays: ['eth-mainnet.g.alchemy.com'],
      },
    ],
  ]
}

describe('credentials as people paste them', () => {
  it.each(cases())('%s', (_, { input, kind, gone, stays = [] }) => {
    const { text, removed } = redactText(input)
    expect(removed[kind], text).toBeGreaterThanOrEqual(1)
    for (const secret of gone) expect(text).not.toContain(secret)
    for (const kept of stays) expect(text).toContain(kept)
  })

  it.each([
    ['my password is now Hunter2!', ['Hunter2']],
    ['password is still Tr0ub4dor&3', ['Tr0ub4dor']],
    ['password was set to hunter2', ['hunter2']],
    ['My password is correct horse battery staple', ['horse', 'battery', 'staple']],
    ['password is: hunter2', ['hunter2']],
    ['パスワードは、abc123です', ['abc123']],
    ['パスワードは ａｂｃ１２３ です', ['ａｂｃ１２３']],
    ['my password is "blue sky 9", thanks', ['blue sky 9']],
  ])('a password said in a sentence, however: %s', (input, secrets) => {
    const { text, removed } = redactText(input)
    expect(removed.password, text).toBe(1)
    for (const secret of secrets) expect(text).not.toContain(secret)
  })

  it('a quote is looked for only within the bound (96 characters): hostile text costs a constant per label', () => {
    // Far beyond the bound, the closing quote is not searched for: the start is removed as a clause,
    // and what lies beyond the bound stays (a search to the quote would have removed it all).
    const far = `password is "${'a'.repeat(300)}"`
    const { text, removed } = redactText(far)
    expect(removed.password).toBe(1)
    expect(text).toContain('a'.repeat(150))
    // Labels whose quote never closes, thousands in a row: left as they are.
    const unit = 'パスワードは「'
    expect(redactText(unit.repeat(20_000)).text).toBe(unit.repeat(20_000))
  })

  it('a WIF key without a single digit (found by fast-check) is still a WIF key', () => {
    let key = wif()
    while (/\d/.test(key)) key = wif() // about one in five thousand
    expect(redactText(`import ${key}`).text).toBe('import [redacted: WIF private key]')
  })

  it('Solana keys are wallet secrets: the warning fires', () => {
    expect(containsSecret(base58(solanaSecretKey()))).toBe(true)
  })
})

describe('what looks like a credential but is public stays', () => {
  it('a Solana transaction signature (64 bytes, not a keypair)', () => {
    const signature = solanaSignature()
    expect(redactText(`sig ${signature}`).text).toBe(`sig ${signature}`)
  })

  it('a 64-number array whose second half is not the public key of the first', () => {
    const bytes = [...solanaSecretKey()]
    bytes[40] = ((bytes[40] as number) + 1) % 256
    const input = JSON.stringify(bytes)
    expect(redactText(input).text).toBe(input)
  })

  it('a sentence that describes a password rather than giving one', () => {
    const input = 'Error: password is required. The password is wrong, my password was reset and passwords are hard.'
    expect(redactText(input)).toEqual({ text: input, removed: {} })
  })

  it('a token address after token=, a key: label with no secret shape', () => {
    const input = 'token=0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48 key: tx.pending'
    expect(redactText(input).text).toBe(input)
  })
})
