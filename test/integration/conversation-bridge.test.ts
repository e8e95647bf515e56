import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { useAnvil } from '../support/anvil-fixture.js'
import { buildAcrossWorld, depositAcross, fillAcross, type AcrossWorld } from '../support/across-world.js'
import { ensureTmux, openConversation, shown, type Terminal } from '../support/terminal.js'

// The conversation's bridge branch, end to end in a real terminal (tmux): "I bridged and nothing
// arrived" leads to the same `tx` check as the command, on an Across deposit between two local
// chains (the package's own SpokePools, the relayer's fill played with the pool's own function:
// test/support/across-world.ts), and to the bridges guide.

const source = useAnvil({ chainId: 900 })
const destination = useAnvil({ chainId: 903 })
let world: AcrossWorld
let dir: string

beforeAll(async () => {
  ensureTmux()
  dir = mkdtempSync(join(tmpdir(), 'sd-talk-bridge-'))
  world = await buildAcrossWorld(source, destination, dir)
}, 120_000)

/** A person at a terminal, with the two chains' nodes and the world's bridge routes. */
function talk(): Terminal {
  return openConversation(dir, `--rpc ${source.url} --rpc ${destination.url} --no-public-rpc --config ${world.config}`)
}

describe('support-doctor with no arguments: "I bridged and nothing arrived"', () => {
  it('a filled Across deposit: asked on the chain it left, said to have arrived, with the bridges guide', async () => {
    const deposit = await depositAcross(world)
    const fill = await fillAcross(world, deposit)
    const terminal = talk()
    try {
      await shown(terminal, /Language \/ 言語/)
      terminal.keys('Enter')
      await shown(terminal, /What is the problem\?/)
      terminal.keys(...Array<string>(8).fill('Down'), 'Enter')
      await shown(terminal, /Which wallet or app, and its version\?/)
      terminal.type('Rabby 0.93')
      terminal.keys('Enter')
      await shown(terminal, /On which network\?/)
      terminal.keys('Enter') // Not sure: search every network
      await shown(terminal, /network you bridged FROM/)
      terminal.type(deposit.hash)
      terminal.keys('Enter')
      await shown(terminal, /What have you already tried\?/)
      terminal.type('waited an hour')
      terminal.keys('Enter')

      const result = await shown(terminal, /What next\?/)
      expect(result).toMatch(/Bridge transfer/)
      expect(result).toMatch(/Arrived on Chain 903/)
      expect(result.replace(/\s+/g, '')).toContain(fill)
      expect(result).toMatch(/Read the guide: support-doctor guide bridges/)
      // The plan leads with the bridge: not "add the token" on the chain the tokens left.
      expect(result).not.toMatch(/add \(import\) the token in your wallet on Chain 900/)
      expect(result).not.toMatch(/guide missing-tokens/)

      terminal.keys('Enter') // Show the report
      const report = await shown(terminal, /What next\?/, 2)
      expect(report).toMatch(/Problem: a bridge transfer to another network has not arrived\./)
      expect(report).toMatch(/> waited an hour/)

      terminal.keys('Down', 'Down', 'Enter') // Save, Read the guide, [Done]
      expect(await shown(terminal, /\[exit \d+\]/)).toMatch(/\[exit 0\]/)
    } finally {
      terminal.close()
    }
  }, 120_000)
})
