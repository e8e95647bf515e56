import {
  czech,
  english,
  french,
  italian,
  korean,
  portuguese,
  simplifiedChinese,
  spanish,
  traditionalChinese,
} from 'viem/accounts'
import { describe, expect, it } from 'vitest'
import { redactText, type RedactionKind } from '../../src/redact/redact.js'

// Public test vectors only: Trezor's BIP-39 vectors, BIP-32 test vector 1, the Bitcoin wiki's
// WIF examples, and the Web3 Secret Storage definition's keystore.
const ABANDON = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about'
const LEGAL = 'legal winner thank year wave sausage worth useful legal winner thank yellow'
const JAPANESE = Array(11).fill('あいこくしん').concat('あおぞら').join('\u3000')
const XPRV =
  'xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi'
const XPUB =
  'xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8'
const WIF = '5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ'
const WIF_COMPRESSED = 'KwdMAjGmerYanjeui5SHS7JkmpZvVipYvB2LJGU1ZxJwYvP98617'
const KEYSTORE =
  '{"crypto":{"cipher":"aes-128-ctr","cipherparams":{"iv":"6087dab2f9fdbbfaddc31a909735c1e6"},"ciphertext":"5318b4d5bcd28de64ee5559e671353e16f075ecae9f99c7a79a38af5f869aa46","kdf":"pbkdf2","kdfparams":{"c":262144,"dklen":32,"prf":"hmac-sha256","salt":"ae3cd4e7013836a3df6bd7241b12db061dbe2c6785853cce422d148a624ce0bd"},"mac":"517ead924a9d0dc3124507e3393d175ce3ff7c1e96529c6c555ce9e51205e9b2"},"id":"3198bc9c-6672-5ab3-d995-4942343ae5b6","version":3}'

const removes = (kind: RedactionKind, input: string, gone: string[] = [input]) => ({ kind, input, gone })
const positives = [
  removes('seed-phrase', `my phrase is ${ABANDON} please help`, ['abandon abandon', ' about']),
  removes('seed-phrase', LEGAL),
  removes('seed-phrase', LEGAL.toUpperCase()),
  removes('seed-phrase', LEGAL.split(' ').join(', ')),
  removes('seed-phrase', LEGAL.split(' ').join('\n')),
  removes(
    'seed-phrase',
    LEGAL.split(' ')
      .map((w, i) => `${i + 1}. ${w}`)
      .join('\n'),
    ['legal', 'sausage', 'yellow'],
  ),
  removes('seed-phrase', LEGAL.replace('sausage', 'sausag'), ['legal winner', 'yellow']), // one word misspelled
  removes('seed-phrase', LEGAL.replace('yellow', 'legal'), ['legal winner', 'wave']), // checksum wrong
  removes('seed-phrase', JAPANESE, ['あいこくしん']),
  ...[spanish, french, italian, czech, portuguese, korean, simplifiedChinese, traditionalChinese, english].map((list) =>
    removes('seed-phrase', list.slice(300, 324).join(' '), list.slice(300, 324)),
  ),
  removes(
    'seed-phrase',
    spanish.slice(40, 52).join(' ').normalize('NFD').replace(/\p{M}/gu, ''),
    spanish.slice(40, 44),
  ), // accents dropped
  removes('private-key', 'key: 0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318', [
    '4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318',
  ]),
  removes('private-key', '4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318'),
  removes('extended-key', `backup ${XPRV}`, [XPRV]),
  removes('extended-key', XPUB),
  removes('wif-key', `import ${WIF}`, [WIF]),
  removes('wif-key', WIF_COMPRESSED),
  removes('keystore', KEYSTORE, [
    '5318b4d5bcd28de64ee5559e671353e16f075ecae9f99c7a79a38af5f869aa46',
    'ae3cd4e7013836a3df6bd7241b12db061dbe2c6785853cce422d148a624ce0bd',
  ]),
  removes('rpc-url', 'https://mainnet.infura.io/v3/9aa3d95b3bc440fa88ea12eaa4456161', [
    '9aa3d95b3bc440fa88ea12eaa4456161',
  ]),
  removes('rpc-url', 'https://eth-mainnet.g.alchemy.com/v2/docs-demo-key-1234567', ['docs-demo-key-1234567']),
  removes('rpc-url', 'https://dry-few-sun.quiknode.pro/0a1b2c3d4e5f60718293a4b5c6d7e8f901234567/', [
    '0a1b2c3d4e5f60718293a4b5c6d7e8f901234567',
  ]),
  removes('rpc-url', 'https://rpc.ankr.com/eth/8e5ab4c1f7d2e3a9b0c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4', [
    '8e5ab4c1f7d2',
  ]),
  removes('email', 'write to satoshi@example.com today', ['satoshi@example.com']),
  removes('ip-address', 'my node is at 8.8.4.4', ['8.8.4.4']),
  removes('ip-address', 'connected from 2001:db8:85a3::8a2e:370:7334', ['2001:db8:85a3::8a2e:370:7334']),
  removes('user-name', 'error in /home/alice/.config/wallet.json', ['alice']),
  removes('user-name', 'see /Users/bob/Library/Logs', ['bob']),
  removes('user-name', 'C:\\Users\\carol\\AppData\\Roaming', ['carol']),
  removes('user-name', '{"path":"C:\\\\Users\\\\dave\\\\AppData"}', ['dave']),
] as const

describe('every detector removes its secret and says what it removed', () => {
  it.each(positives.map((p, i) => [`${i}: ${p.kind}`, p] as const))('%s', (_, { kind, input, gone }) => {
    const { text, removed } = redactText(input)
    expect(removed[kind], text).toBeGreaterThanOrEqual(1)
    for (const secret of gone) expect(text).not.toContain(secret)
    expect(text).toContain('[redacted: ')
  })
})

describe('nothing a support agent needs is removed', () => {
  it.each([
    [
      'prose full of word-list words',
      'I was about to buy some more tokens but the price went above my limit, so the swap failed and I lost the fee again.',
    ],
    ['a short list of list words', 'abandon ability able about above absent'],
    [
      'Japanese prose',
      'MetaMaskで送金したトークンがウォレットに表示されません。ネットワークはイーサリアムです。サポートに連絡する前に何を確認すればよいですか。',
    ],
    ['an address', 'sent to 0x70997970C51812dc3A010C79C8b1f2Ec15Fc7DAb'],
    ['amounts and versions', 'sent 1.5 ETH with MetaMask 12.3.0 on Chrome 120.0.6099.109 (v1.2.3.4.5)'],
    ['dates and times', 'at 2026-11-22T03:00:00Z, around 12:30:45'],
    ['loopback addresses', 'anvil at 127.0.0.1:8545 and ::1'],
    ['a WIF-shaped string with a bad checksum', '5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTK'],
    ['a public endpoint', 'https://mainnet.base.org and https://etherscan.io/tx/0xabc'],
    [
      'calldata longer than a key',
      `input 0xa9059cbb${'0'.repeat(24)}70997970c51812dc3a010c7d01b50e0d17dc79c8${'0'.repeat(63)}1`,
    ],
  ])('%s', (_, input) => {
    expect(redactText(input)).toEqual({ text: input, removed: {} })
  })
})

describe('the size of a phrase', () => {
  it('counts the words of the phrase, not a word that follows it', () => {
    expect(redactText(`${LEGAL}\nnode crashed`).text).toBe('[redacted: recovery phrase, 12 words]\nnode crashed')
    expect(redactText(LEGAL.replace('sausage', 'sausag')).text).toBe('[redacted: recovery phrase, 12 words]')
  })
})
