import { screen } from '@inquirer/testing/vitest'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Deps } from '../../src/commands/deps.js'
import { testIOStreams } from '../../src/io/test-iostreams.js'
import { DEV_MNEMONIC } from '../support/devnode.js'
import { handleError } from '../../src/errors/handle-error.js'
import type { Lang } from '../../src/i18n/catalog.js'
import { translator } from '../../src/i18n/translate.js'
import { terminalAsker } from '../../src/tree/ask.js'
import { supportTree } from '../../src/tree/support-tree.js'
import { walkTree } from '../../src/tree/walk-tree.js'
import { solanaSecretKey } from '../support/solana-key.js'
import { loadBothLanguages } from '../support/languages.js'

// Importing @inquirer/testing/vitest replaces the real prompts' terminal with `screen`: the
// prompts themselves (select, input, their validation and rendering) are the real ones.

const HASH = `0x${'ab'.repeat(32)}`
const ADDRESS = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
const networks = [
  { id: 1, name: 'Ethereum' },
  { id: 8453, name: 'Base' },
  { id: 56, name: 'BNB Smart Chain' },
]

function deps(): Deps {
  return {
    io: testIOStreams({ env: { NO_COLOR: '1' }, inTTY: true }),
    env: { NO_COLOR: '1' },
    cwd: '/',
    now: () => new Date(0),
    version: 't',
    lang: 'en',
    json: false,
    config: {},
  }
}

const start = (lang: Lang = 'en') => {
  const say = translator(lang)
  return walkTree(supportTree, { asker: terminalAsker(deps(), say), lang, say, networks })
}

// After a key that ends a question, the next prompt renders later: wait for it before reading or
// typing, but never after the last answer (no prompt follows it; `screen.next()` would wait forever).
let answered = false
beforeEach(() => {
  answered = false
})

async function view(): Promise<string> {
  if (answered) await screen.next()
  answered = false
  return screen.getScreen()
}

/** Moves the cursor to the choice labelled `label` in the select on screen, and takes it. */
async function pick(label: string) {
  const lines = (await view()).split('\n')
  const options = lines.filter((l) => /^\s*(❯ )?\S/.test(l) && !l.startsWith('?') && !l.includes('↑↓'))
  const current = options.findIndex((l) => l.includes('❯'))
  const wanted = options.findIndex((l) => l.includes(label))
  if (wanted === -1) throw new Error(`no choice "${label}" on screen:\n${screen.getScreen()}`)
  for (let i = current; i < wanted; i++) screen.keypress('down')
  screen.keypress('enter')
  answered = true
}

async function answer(text: string) {
  await view()
  screen.type(text)
  screen.keypress('enter')
  answered = true
}

// These tests call the code that speaks directly, past the places that load a language.
beforeAll(loadBothLanguages)

describe('the conversation, driven through the real prompts', () => {
  it('failed swap: the wallet, the network, a mistyped hash re-asked kindly, then the transaction check', async () => {
    const walk = start()
    expect(await view()).toContain('What is the problem?')
    await pick('A swap failed')
    expect(await view()).toContain('Which wallet or app, and its version?')
    await answer('MetaMask 12.3')
    expect(await view()).toContain('Not sure: search every network')
    await pick('Base')
    await answer('0x1234')
    expect(await view()).toMatch(
      /"0x1234" is not a transaction hash: expected 0x followed by 64 hex characters \(got 4\)/,
    )
    expect(await view()).toContain('Copy the hash from your wallet')
    await answer(HASH)
    expect(await view()).toContain('What have you already tried?')
    await answer('raised slippage to 1%')
    const { leaf, answers } = await walk
    expect(leaf).toMatchObject({ kind: 'check', check: 'tx', guide: 'failed-swaps' })
    expect(answers).toEqual({
      values: { wallet: 'MetaMask 12.3', hash: HASH, tried: 'raised slippage to 1%' },
      chainId: 8453,
      facts: ['A swap failed.'],
    })
  })

  it('missing tokens without a hash: "not sure" searches everywhere, then the address and token are asked', async () => {
    const walk = start()
    await pick('Tokens are missing')
    await answer('')
    await pick('Not sure')
    expect(await view()).toContain('Enter if you do not have it')
    await answer('')
    expect(await view()).toContain('Your wallet address')
    await answer('not an address')
    expect(await view()).toContain('"not an address" is not an address')
    await answer(ADDRESS)
    await answer('')
    await answer('')
    const { leaf, answers } = await walk
    expect(leaf).toMatchObject({ kind: 'check', check: 'address', guide: 'missing-tokens' })
    expect(answers).toEqual({
      values: { address: ADDRESS },
      chainId: null,
      facts: ['Tokens are missing or not showing.'],
    })
  })

  it('a recovery phrase pasted into a free-text answer is hidden, refused with a warning, and never becomes an answer', async () => {
    const walk = start()
    await pick('Something else')
    expect(await view()).toContain('In a sentence or two, what happened?')
    screen.type(DEV_MNEMONIC)
    expect(await view()).toContain('(hidden: this looks like a recovery phrase or private key)')
    expect(await view()).not.toContain('test test test')
    screen.keypress('enter')
    answered = true
    expect(await view()).toContain('Warning: you typed a recovery phrase. It was not kept and is not shown.')
    // Only what was pasted: a phrase is no occasion to talk about hashes looking like keys.
    expect(await view()).not.toMatch(/hash|private key\./)
    expect(await view()).not.toContain('junk')
    await answer('my balance looks wrong')
    await pick('Neither')
    const { leaf, answers } = await walk
    expect(leaf).toMatchObject({ kind: 'guide', guide: 'support-request' })
    expect(JSON.stringify(answers)).not.toContain('junk')
    expect(answers.values.note).toBe('my balance looks wrong')
  })

  it('a hash asked for as a hash is accepted; a bare 64-hex value there is taken for the private key it looks like', async () => {
    const walk = start()
    await pick('A transaction is stuck')
    await answer('')
    await pick('Ethereum')
    await answer('ab'.repeat(32))
    expect(await view()).toContain('Warning: you typed a private key.')
    expect(await view()).toContain('hashes are asked for on their own')
    await answer(HASH)
    await answer(`sped it up, see ${HASH}`)
    expect(await view()).toContain('hashes are asked for on their own')
    await answer('sped it up')
    const { answers } = await walk
    expect(answers.values).toEqual({ hash: HASH, tried: 'sped it up' })
  })

  it('only an error message: the pasted error is the answer, a labelled hash in it is no secret, a phrase in it is refused', async () => {
    const walk = start()
    await pick('I only have an error message')
    await answer('MetaMask 12.3')
    expect(await view()).toContain('Paste the error message:')
    await answer(`{"code":-32000,"message":"nonce too low"} my words: ${DEV_MNEMONIC}`)
    expect(await view()).toContain('Warning: you typed a recovery phrase.')
    const pasted = `transaction execution reverted (receipt={ "hash": "${HASH}", "status": 0 }, code=CALL_EXCEPTION)`
    await answer(pasted)
    const { leaf, answers } = await walk
    expect(leaf).toMatchObject({ kind: 'check', check: 'explain', guide: 'error-messages' })
    expect(answers.values).toEqual({ wallet: 'MetaMask 12.3', errorText: pasted })
    expect(answers.facts).toEqual(['Problem: an error message.'])
  })

  it('another chain at the hash question: a Solana signature is accepted, a Solana secret key refused as a secret', async () => {
    const signature = '5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnbJLgp8uirBgmQpjKhoR4tjF3ZpRzrFmBV6UjKdiSZkQUW'
    const walk = start()
    await pick('A transaction is stuck')
    await answer('')
    await pick('Ethereum')
    await answer(solanaSecretKey())
    expect(await view()).toContain('Warning: you typed a private key.')
    await answer(signature)
    await answer('')
    const { leaf, answers } = await walk
    expect(leaf).toMatchObject({ kind: 'check', check: 'tx' })
    expect(answers.values).toEqual({ hash: signature })
  })

  it('exchange deposit: the memo answer goes into the report context; without a TxID it ends at the guide', async () => {
    const walk = start()
    await pick('An exchange deposit')
    await pick('A deposit to an exchange')
    await pick('It asked, but I did not include it')
    await answer('Binance')
    await answer('')
    const { leaf, answers } = await walk
    expect(leaf).toMatchObject({ kind: 'guide', guide: 'exchange-deposits' })
    expect(answers.facts).toEqual(['A deposit to an exchange has not arrived.', 'Memo/tag: required but NOT included.'])
    expect(answers.values.wallet).toBe('Binance')
  })

  it('someone asking for the seed phrase: straight to the safety guide, no questions about it', async () => {
    const walk = start()
    await pick('Someone asks for my seed phrase')
    await pick('Someone asks for my seed phrase or private key')
    const { leaf } = await walk
    expect(leaf).toMatchObject({ kind: 'guide', guide: 'staying-safe' })
  })

  it('in Japanese, every question and choice is Japanese', async () => {
    const walk = start('ja')
    expect(await view()).toContain('どんな問題ですか?')
    expect(await view()).toContain('スワップが失敗した')
    await pick('スワップが失敗した')
    expect(await view()).toContain('ウォレットまたはアプリの名前とバージョンは?')
    await answer('')
    expect(await view()).toContain('わからない: すべてのネットワークを調べる')
    await pick('わからない')
    await answer('0xzz')
    expect(await view()).toContain('「0xzz」はトランザクションハッシュではありません')
    await answer(HASH)
    await answer('')
    const { answers } = await walk
    expect(answers.facts).toEqual(['スワップが失敗した。'])
  })

  it('Ctrl-C at a prompt ends the walk with the prompt-exit error, which becomes exit 130 without a stack', async () => {
    const walk = start()
    screen.keypress({ name: 'c', ctrl: true })
    const error = await walk.catch((e: unknown) => e)
    expect((error as Error).name).toBe('ExitPromptError')
    const d = deps()
    expect(handleError(error, d)).toBe(130)
    expect((d.io as ReturnType<typeof testIOStreams>).stderr()).toBe('Stopped. Nothing was sent.\n')
  })
})
