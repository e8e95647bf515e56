import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { erc20Abi, parseEther, parseGwei, type Address, type Hash } from 'viem'
import { addLiquidityEth, deployToken } from '../support/contracts.js'
import { DEV_MNEMONIC, deployUniswap, devWallet, startAnvil } from '../support/devnode.js'
import { ensureTmux, openConversation, shown, type Terminal } from '../support/terminal.js'

// `support-doctor` with no arguments, in a real terminal (tmux), against a local anvil node with
// real Uniswap V2 and OpenZeppelin contracts: the person's side of the tool, end to end.

let node: Awaited<ReturnType<typeof startAnvil>>
let stuckNode: Awaited<ReturnType<typeof startAnvil>>
let stuck: Hash
let failedSwap: Hash
let transfer: Hash
let token: Address
const user = () => devWallet(node.url, 1).account.address

beforeAll(async () => {
  ensureTmux()
  node = await startAnvil()
  const owner = devWallet(node.url, 0)
  const uniswap = await deployUniswap(owner)
  token = await deployToken(owner, { name: 'Doctor Token', symbol: 'DOC', decimals: 18, supply: parseEther('1000000') })
  await addLiquidityEth(owner, uniswap, token, parseEther('10000'), parseEther('10'))
  // Asks for 5000 DOC for 0.1 ETH when the pool gives about 98: the router refuses (slippage).
  failedSwap = await owner.writeContract({
    address: uniswap.router,
    abi: uniswap.routerAbi,
    functionName: 'swapExactETHForTokens',
    args: [parseEther('5000'), [uniswap.weth, token], owner.account.address, 2n ** 40n],
    value: parseEther('0.1'),
    gas: 300_000n,
    chain: null,
  })
  transfer = await owner.writeContract({
    address: token,
    abi: erc20Abi,
    functionName: 'transfer',
    args: [user(), parseEther('250')],
    chain: null,
  })
  for (const hash of [failedSwap, transfer]) await owner.waitForTransactionReceipt({ hash, pollingInterval: 20 })

  // A node that does not mine on its own: the transaction waits in its pool like a stuck one on mainnet.
  stuckNode = await startAnvil({ mining: false })
  const sender = devWallet(stuckNode.url, 2)
  stuck = await sender.sendTransaction({
    to: user(),
    value: 1n,
    gas: 21_000n,
    maxFeePerGas: parseGwei('3'),
    maxPriorityFeePerGas: parseGwei('1'),
    chain: null,
  })
}, 120_000)
afterAll(async () => {
  await stuckNode?.stop()
  await node?.stop()
})

/** A folder with a config that points at the local node only, as a support lead would set it up. */
function workspace(url = node.url) {
  const dir = mkdtempSync(join(tmpdir(), 'sd-talk-'))
  writeFileSync(join(dir, '.support-doctorrc.json'), JSON.stringify({ publicRpc: false, rpc: { local: [url] } }))
  return dir
}

/** A person at a terminal: CI runs these tests with CI set, which (rightly) turns prompting off. */
function talk(dir: string, args = ''): Terminal {
  return openConversation(dir, args)
}

describe('support-doctor with no arguments, at a terminal', () => {
  it('failed swap, in English: five answers, the slippage diagnosis, its guide, and the report to paste', async () => {
    const terminal = talk(workspace())
    try {
      await shown(terminal, /Language \/ 言語/)
      terminal.keys('Enter')
      await shown(terminal, /What is the problem\?/)
      terminal.keys('Down', 'Down', 'Enter')
      await shown(terminal, /Which wallet or app, and its version\?/)
      terminal.type('MetaMask 12.3')
      terminal.keys('Enter')
      await shown(terminal, /The transaction hash \(TxID\):/)
      terminal.type(failedSwap)
      terminal.keys('Enter')
      await shown(terminal, /What have you already tried\?/)
      terminal.type('tried twice with the same settings')
      terminal.keys('Enter')

      const result = await shown(terminal, /What next\?/)
      expect(result).toMatch(/Failed on chain \(reverted\)/)
      expect(result).toMatch(/Swap refused: price moved beyond your slippage limit\s+swap\.slippage/)
      expect(result).toMatch(/Read the guide: support-doctor guide failed-swaps/)
      // One guide reference: the plan's, not a second one under it.
      expect(result.match(/support-doctor guide failed-swaps/g)).toHaveLength(1)
      expect(result).toMatch(/Wallet\s+MetaMask 12\.3/)

      terminal.keys('Enter') // Show the report
      const report = await shown(terminal, /What next\?/, 2)
      expect(report).toMatch(/## support-doctor report/)
      expect(report).toMatch(/\*\*Problem:\*\* A swap failed\./)
      // The choice is not passed off as the person's own words.
      expect(report).not.toMatch(/> A swap failed/)
      expect(report).toMatch(/> tried twice with the same settings/)
      expect(report).toMatch(/Send it only through MetaMask's official support: https:\/\/support\.metamask\.io/)

      terminal.keys('Down', 'Down', 'Enter') // Save, Read the guide, [Done]
      expect(await shown(terminal, /\[exit \d+\]/)).toMatch(/\[exit 1\]/)
    } finally {
      terminal.close()
    }
  })

  it('missing tokens, in Japanese: no hash, the address and token searched, the report saved to a file', async () => {
    const dir = workspace()
    const terminal = talk(dir)
    try {
      await shown(terminal, /Language \/ 言語/)
      terminal.keys('Down', 'Enter') // 日本語
      await shown(terminal, /どんな問題ですか?/)
      terminal.keys('Down', 'Enter')
      await shown(terminal, /ウォレットまたはアプリの名前とバージョンは?/)
      terminal.type('Trust Wallet 8.20')
      terminal.keys('Enter')
      await shown(terminal, /トークンを送ったトランザクションのハッシュ/)
      terminal.keys('Enter') // no hash: look at the address
      await shown(terminal, /あなたのウォレットアドレス/)
      terminal.type(user())
      terminal.keys('Enter')
      await shown(terminal, /トークンのコントラクトアドレス/)
      terminal.type(token)
      terminal.keys('Enter')
      await shown(terminal, /すでに試したことは?/)
      terminal.keys('Enter')

      const result = await shown(terminal, /次はどうしますか?/)
      expect(result).toMatch(/token\.held/)
      expect(result).toMatch(/250 DOC/)
      expect(result).toMatch(/ガイドを読む: support-doctor guide missing-tokens/)

      terminal.keys('Down', 'Enter') // save
      await shown(terminal, /レポートの保存先:/)
      terminal.keys('Enter') // the offered file name
      await shown(terminal, /保存しました: /)
      await shown(terminal, /次はどうしますか?/, 2)
      terminal.keys('Down', 'Down', 'Enter') // [表示], ガイド, 終了
      expect(await shown(terminal, /\[exit \d+\]/)).toMatch(/\[exit 0\]/)

      const saved = readdirSync(dir).filter((f) => /^support-report-\d{8}-\d{4}\.md$/.test(f))
      expect(saved).toHaveLength(1)
      const markdown = readFileSync(join(dir, saved[0] as string), 'utf8')
      expect(markdown).toMatch(/^## support-doctor レポート/)
      expect(markdown).toContain('token.held')
      expect(markdown).toContain('Trust Wallet 8.20')
      expect(markdown).toContain('**お困りのこと:** トークンが見当たらない・表示されない。')
      expect(markdown).toContain('https://support.trustwallet.com')
    } finally {
      terminal.close()
    }
  })

  it('stuck transaction, in Japanese: pending, with the replacement to send', async () => {
    const terminal = talk(workspace(stuckNode.url), '--lang ja')
    try {
      await shown(terminal, /どんな問題ですか?/)
      terminal.keys('Enter') // トランザクションが保留中のまま進まない
      await shown(terminal, /ウォレットまたはアプリの名前とバージョンは?/)
      terminal.type('MetaMask 12.3')
      terminal.keys('Enter')
      await shown(terminal, /トランザクションハッシュ\(TxID\):/)
      terminal.type(stuck)
      terminal.keys('Enter')
      await shown(terminal, /すでに試したことは?/)
      terminal.type('一晩待った')
      terminal.keys('Enter')
      const result = await shown(terminal, /次はどうしますか?/)
      expect(result).toMatch(/tx\.pending/)
      expect(result).toMatch(/同じノンス/)
      expect(result).toMatch(/ガイドを読む: support-doctor guide stuck-transactions/)
      expect(result.match(/support-doctor guide stuck-transactions/g)).toHaveLength(1)
      // A waiting transaction can be watched (test/integration/terminal-80.test.ts follows one); not here.
      expect(result).toMatch(/処理・破棄・置き換えまで見守る/)
      terminal.keys('Down', 'Enter') // 表示
      const report = await shown(terminal, /次はどうしますか?/, 2)
      expect(report).toMatch(/> 一晩待った/)
      expect(report).toMatch(/https:\/\/support\.metamask\.io/)
      terminal.keys('Up', 'Enter') // 終了
      expect(await shown(terminal, /\[exit \d+\]/)).toMatch(/\[exit 1\]/)
    } finally {
      terminal.close()
    }
  })

  it('only an error message (issue 18): explained, and the transaction it names is looked up on the node', async () => {
    const terminal = talk(workspace())
    try {
      await shown(terminal, /Language \/ 言語/)
      terminal.keys('Enter')
      await shown(terminal, /What is the problem\?/)
      terminal.keys('Down', 'Down', 'Down', 'Down', 'Down', 'Down', 'Down', 'Enter')
      await shown(terminal, /Which wallet or app, and its version\?/)
      terminal.keys('Enter')
      await shown(terminal, /Paste the error message:/)
      terminal.type(
        `transaction execution reverted (action="sendTransaction", reason=null, receipt={ "hash": "${failedSwap}", "status": 0 }, code=CALL_EXCEPTION, version=6.13.4)`,
      )
      terminal.keys('Enter')
      const result = await shown(terminal, /What next\?/)
      expect(result).toMatch(/The transaction failed \(reverted\)\s+error\.estimation-reverted/)
      expect(result).toContain(`support-doctor tx ${failedSwap}`)
      // The command the explanation offers is run: the swap's own diagnosis, from the chain.
      expect(result).toMatch(/Swap refused: price moved beyond your slippage limit\s+swap\.slippage/)
      terminal.keys('Up', 'Enter') // Done
      expect(await shown(terminal, /\[exit \d+\]/)).toMatch(/\[exit 1\]/)
    } finally {
      terminal.close()
    }
  })

  it('a Solana signature given as the hash, in Japanese: said to be Solana, with its explorer link', async () => {
    const signature = '5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnbJLgp8uirBgmQpjKhoR4tjF3ZpRzrFmBV6UjKdiSZkQUW'
    const terminal = talk(workspace(), '--lang ja')
    try {
      await shown(terminal, /どんな問題ですか/)
      terminal.keys('Enter') // stuck
      await shown(terminal, /ウォレットまたはアプリの名前とバージョンは/)
      terminal.keys('Enter')
      await shown(terminal, /トランザクションハッシュ/)
      terminal.type(signature)
      terminal.keys('Enter')
      await shown(terminal, /すでに試したことは/)
      terminal.keys('Enter')
      const result = await shown(terminal, /どうしますか|次は/)
      expect(result).toMatch(/Solana のトランザクションです\s+tx\.non-evm/)
      expect(result).toContain(`https://solscan.io/tx/${signature}`)
    } finally {
      terminal.close()
    }
  })

  it('with no endpoint to ask, it says so before asking anything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-talk-'))
    writeFileSync(join(dir, '.support-doctorrc.json'), JSON.stringify({ publicRpc: false }))
    const terminal = talk(dir, '--lang en')
    try {
      const screen = await shown(terminal, /\[exit \d+\]/)
      expect(screen).toMatch(/error: No endpoint to ask/)
      expect(screen).not.toMatch(/What is the problem\?/)
      expect(screen).toMatch(/\[exit 2\]/)
    } finally {
      terminal.close()
    }
  })

  it('a recovery phrase pasted into a free-text answer is refused, and appears nowhere: not on screen, not in the report, not on disk', async () => {
    const dir = workspace()
    const terminal = talk(dir, '--lang en')
    try {
      await shown(terminal, /What is the problem\?/)
      terminal.keys('Up', 'Enter') // Something else
      await shown(terminal, /In a sentence or two, what happened\?/)
      terminal.type(DEV_MNEMONIC)
      await shown(terminal, /\(hidden: this looks like a recovery phrase or private key\)/)
      terminal.keys('Enter')
      await shown(terminal, /Warning: you typed a recovery phrase\. It was not kept and is not shown\./)
      terminal.type('the swap page asked me to validate my wallet')
      terminal.keys('Enter')
      await shown(terminal, /What can you give me to look at\?/)
      terminal.keys('Enter') // A transaction hash
      await shown(terminal, /Which wallet or app/)
      terminal.keys('Enter')
      await shown(terminal, /The transaction hash \(TxID\):/)
      terminal.type(transfer)
      terminal.keys('Enter')
      await shown(terminal, /What have you already tried\?/)
      terminal.keys('Enter')
      await shown(terminal, /What next\?/)
      terminal.keys('Down', 'Enter') // save
      await shown(terminal, /Save the report as:/)
      terminal.keys('Enter')
      await shown(terminal, /What next\?/, 2)
      terminal.keys('Up', 'Enter') // Done (the list wraps)
      await shown(terminal, /\[exit \d+\]/)

      const everything = terminal.history()
      expect(everything).toContain('the swap page asked me to validate my wallet')
      const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
      expect(files.length).toBeGreaterThan(1)
      for (const word of ['junk', DEV_MNEMONIC]) {
        expect(everything).not.toContain(word)
        for (const file of files)
          expect(readFileSync(join(file.parentPath, file.name), 'utf8'), file.name).not.toContain(word)
      }
    } finally {
      terminal.close()
    }
  })

  it('Ctrl-C at a question ends with exit 130 and no stack trace', async () => {
    const terminal = talk(workspace(), '--lang ja')
    try {
      await shown(terminal, /どんな問題ですか?/)
      terminal.keys('C-c')
      const screen = await shown(terminal, /\[exit \d+\]/)
      expect(screen).toMatch(/\[exit 130\]/)
      expect(screen).toContain('中止しました。何も送信していません。')
      // No error label and no stack: the menu itself may say エラー ("I only have an error message").
      expect(screen).not.toMatch(/ExitPromptError|error:|エラー[:：]|\n\s+at /)
    } finally {
      terminal.close()
    }
  })
})
