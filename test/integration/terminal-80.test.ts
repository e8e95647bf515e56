import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseGwei } from 'viem'
import { devWallet, startAnvil } from '../support/devnode.js'
import { BIN } from '../support/run-cli.js'
import { ensureTmux, openTerminal, type Terminal } from '../support/terminal.js'
import { displayWidth } from '../../src/ui/text-width.js'

// A person at a real 80×24 terminal (tmux): nothing the tool prints is cut mid-word by the
// terminal, the network question comes up with endpoints given only by --rpc, and a stuck
// transaction can be watched to its end from the conversation.

let local: Awaited<ReturnType<typeof startAnvil>>
let other: Awaited<ReturnType<typeof startAnvil>>
beforeAll(async () => {
  ensureTmux()
  local = await startAnvil({ mining: false })
  other = await startAnvil({ chainId: 8453 })
}, 60_000)
afterAll(async () => {
  await local?.stop()
  await other?.stop()
})

let account = 3
async function stuckTransfer() {
  const wallet = devWallet(local.url, account++)
  return wallet.sendTransaction({
    to: wallet.account.address,
    value: 1n,
    gas: 21_000n,
    maxFeePerGas: parseGwei('3'),
    maxPriorityFeePerGas: parseGwei('1'),
    chain: null,
  })
}

function at80(args: string): Terminal {
  const home = mkdtempSync(join(tmpdir(), 'sd-80-'))
  return openTerminal(`cd ${home} && env -u CI node ${BIN} ${args}`, {
    width: 80,
    height: 24,
    env: { HOME: home, XDG_CACHE_HOME: join(home, 'cache'), LANG: 'C', TERM: 'xterm-256color', NO_COLOR: '1' },
  })
}

async function shown(terminal: Terminal, pattern: RegExp, times = 1): Promise<string> {
  const global = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`)
  const until = Date.now() + 60_000
  for (;;) {
    const all = terminal.history()
    if ((all.match(global) ?? []).length >= times) return all
    if (Date.now() > until) throw new Error(`the terminal never showed ${pattern} ${times} time(s):\n${all}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

/**
 * The history is captured with wrapped lines joined (-J): a line wider than 80 columns is one the
 * terminal had to break, which cuts a word — unless it is one word alone (a URL, a whole hash).
 */
function expectNothingCut(history: string) {
  for (const line of history.split('\n')) {
    if (displayWidth(line.trimEnd()) > 80) expect(line.trim().split(/\s+/), line).toHaveLength(1)
  }
}

describe('at an 80-column terminal', () => {
  it('tx in Japanese: the report fits, no word cut', async () => {
    const hash = await stuckTransfer()
    const terminal = at80(`tx ${hash} --rpc ${local.url} --no-public-rpc --lang ja`)
    try {
      const history = await shown(terminal, /\[exit \d+\]/)
      expect(history).toMatch(/状態\s+保留中/)
      expect(history).toMatch(/次にすること/)
      expectNothingCut(history)
    } finally {
      terminal.close()
    }
  }, 90_000)

  it('the conversation: the network question with --rpc only, the report fits, and "watch it for me" sees it mined', async () => {
    const hash = await stuckTransfer()
    const terminal = at80(`--rpc ${local.url} --rpc ${other.url} --no-public-rpc --lang en`)
    try {
      await shown(terminal, /What is the problem\?/)
      terminal.keys('Enter') // A transaction is stuck
      await shown(terminal, /Which wallet or app, and its version\?/)
      terminal.type('MetaMask 12.3')
      terminal.keys('Enter')
      const question = await shown(terminal, /On which network\?/)
      expect(question).toMatch(/Base/)
      expect(question).toMatch(/Local node/)
      terminal.keys('Enter') // Not sure: search every network
      await shown(terminal, /The transaction hash \(TxID\):/)
      terminal.type(hash)
      terminal.keys('Enter')
      await shown(terminal, /What have you already tried\?/)
      terminal.type('waited all night and it still says pending in my wallet activity list')
      terminal.keys('Enter')
      const result = await shown(terminal, /What next\?/)
      expect(result).toMatch(/Problem\s+A transaction is stuck or pending\./)
      expect(result).not.toMatch(/Your note/)
      expectNothingCut(result)

      terminal.keys('Enter') // Watch it for me
      await shown(terminal, /Watching 0x/)
      await local.request('evm_mine')
      const after = await shown(terminal, /What next\?/, 2)
      expect(after).toMatch(/Status\s+Confirmed/)
      expectNothingCut(after)
      terminal.keys('Up', 'Enter') // Done
      expect(await shown(terminal, /\[exit \d+\]/)).toMatch(/\[exit 0\]/)
    } finally {
      terminal.close()
    }
  }, 120_000)
})
