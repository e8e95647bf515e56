import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { encodeFunctionData, erc20Abi, type Hash } from 'viem'
import { deploy, devWallet, startAnvil } from '../support/devnode.js'
import { deployToken } from '../support/contracts.js'
import { hostileReverter } from '../support/hostile-contracts.js'
import { localOnly, runCli } from '../support/run-cli.js'

/** OSC 52 (writes the clipboard), cursor-up + erase line, clear-screen, a right-to-left override, markdown and HTML. */
const HOSTILE_NAME = '\u001b]52;c;ZXZpbA==\u0007\u001b[1A\u001b[2KConfirmed\u001b[2J'
const HOSTILE_SYMBOL = '\u202eDSU [x](https://evil.example)<b>'

let node: Awaited<ReturnType<typeof startAnvil>>
let transfer: Hash
let failure: Hash
beforeAll(async () => {
  node = await startAnvil()
  const wallet = devWallet(node.url, 3)
  const token = await deployToken(wallet, {
    name: HOSTILE_NAME,
    symbol: HOSTILE_SYMBOL,
    decimals: 18,
    supply: 10n ** 21n,
  })
  transfer = await wallet.writeContract({
    address: token,
    abi: erc20Abi,
    functionName: 'transfer',
    args: [devWallet(node.url, 4).account.address, 10n ** 18n],
    chain: null,
  })
  await wallet.waitForTransactionReceipt({ hash: transfer, pollingInterval: 20 })
  const reverter = hostileReverter()
  const address = await deploy(wallet, reverter)
  failure = await wallet.sendTransaction({
    to: address,
    data: encodeFunctionData({ abi: reverter.abi, functionName: 'fail' }),
    gas: 100_000n, // given, so the wallet does not refuse to send what it knows will fail
    chain: null,
  })
  const receipt = await wallet.waitForTransactionReceipt({ hash: failure, pollingInterval: 20 })
  expect(receipt.status).toBe('reverted')
}, 120_000)
afterAll(() => node?.stop())

/** Nothing a terminal would obey or a bidi-aware viewer would reorder. */
const noRawEscapes = (output: string) => {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/)
  expect(output).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/)
}

describe('hostile text from the chain is shown, never obeyed', () => {
  for (const [what, hash, marker] of [
    ['a token whose name and symbol carry escapes and markdown', () => transfer, '\\u202e'],
    ['a revert string that carries escapes, bidi and HTML', () => failure, '\\u001b'],
  ] as const) {
    it(`${what}: text shows \\u001b and \\u202e, markdown escapes links and HTML, JSON keeps the data`, async () => {
      const args = ['tx', hash(), ...localOnly(node.url), '--no-cache']
      const text = await runCli([...args, '--format', 'text'], { env: { FORCE_COLOR: '0' } })
      noRawEscapes(text.stdout)
      expect(text.stdout).toContain(marker)

      const markdown = await runCli([...args, '--format', 'markdown'])
      noRawEscapes(markdown.stdout)
      expect(markdown.stdout).toContain(marker.replace('\\', '\\\\'))
      expect(markdown.stdout).not.toMatch(/\[(x|click)\]\(https:\/\/evil\.example\)/)
      expect(markdown.stdout).not.toMatch(/<(b|img)[ >]/)

      const json = await runCli([...args, '--json'])
      expect(json.stdout).toMatch(/\\u001b|\\u202e|\u202e/) // data, exact (JSON escapes C0 controls itself)
    })
  }

  it('a very long outside string is cut in text, whole in JSON', async () => {
    const wallet = devWallet(node.url, 5)
    const long = 'A'.repeat(5000)
    const token = await deployToken(wallet, { name: long, symbol: long, decimals: 18, supply: 10n ** 21n })
    const hash = await wallet.writeContract({
      address: token,
      abi: erc20Abi,
      functionName: 'transfer',
      args: [devWallet(node.url, 6).account.address, 1n],
      chain: null,
    })
    await wallet.waitForTransactionReceipt({ hash, pollingInterval: 20 })
    const text = await runCli(['tx', hash, ...localOnly(node.url), '--no-cache'])
    expect(text.stdout).toMatch(/more characters cut/)
    expect(text.stdout).not.toContain(long)
    const json = await runCli(['tx', hash, ...localOnly(node.url), '--no-cache', '--json'])
    expect(json.stdout).toContain(long)
  })
})
