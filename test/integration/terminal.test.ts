import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseGwei, type Hash } from 'viem'
import { devWallet } from '../support/devnode.js'
import { BIN } from '../support/run-cli.js'
import { ensureTmux, openTerminal } from '../support/terminal.js'
import { useAnvil } from '../support/anvil-fixture.js'

const node = useAnvil({ mining: false })
let hash: Hash
beforeAll(async () => {
  ensureTmux()
  const wallet = devWallet(node.url)
  hash = await wallet.sendTransaction({
    to: wallet.account.address,
    value: 1n,
    gas: 21_000n,
    maxFeePerGas: parseGwei('3'),
    maxPriorityFeePerGas: parseGwei('1'),
    chain: null,
  })
})

describe('in a real terminal', () => {
  it('shows the coloured report, leaves no spinner behind, and exits', async () => {
    const home = mkdtempSync(join(tmpdir(), 'sd-tty-'))
    const terminal = openTerminal(`node ${BIN} tx ${hash} --rpc ${node.url} --no-public-rpc --chain local`, {
      env: { HOME: home, XDG_CACHE_HOME: join(home, 'cache'), LANG: 'C', TERM: 'xterm-256color' },
    })
    try {
      const screen = await terminal.waitFor(/\[exit \d+\]/)
      expect(screen).toMatch(/Status\s+Pending/)
      expect(screen).toMatch(/← your fee cap 3 gwei/)
      expect(screen).not.toMatch(/Checking endpoints|Looking for the transaction/)
      expect(screen).toMatch(/\[exit 1\]/)
    } finally {
      terminal.close()
    }
  })
})
