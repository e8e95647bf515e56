import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Hash } from 'viem'
import { devWallet, startAnvil } from '../support/devnode.js'
import { freshCache, localOnly, runCli } from '../support/run-cli.js'

const RUNS = 20
let node: Awaited<ReturnType<typeof startAnvil>>
const hashes: Hash[] = []
beforeAll(async () => {
  node = await startAnvil({ mining: false })
  const wallet = devWallet(node.url, 7)
  for (let nonce = 0; nonce < RUNS; nonce++) {
    hashes.push(await wallet.sendTransaction({ to: wallet.account.address, value: 1n, nonce, chain: null }))
  }
}, 60_000)
afterAll(() => node?.stop())

describe('the memory cache under concurrent runs', () => {
  it(`${RUNS} runs at once, sharing one cache: every transaction is remembered, nothing is left behind`, async () => {
    const cache = freshCache()
    const results = await Promise.all(
      hashes.map((hash) =>
        runCli(['tx', hash, ...localOnly(node.url), '--json', '--timeout', '60000'], {
          env: { XDG_CACHE_HOME: cache },
        }),
      ),
    )
    for (const result of results) expect(result.json().status).toBe('pending')
    const dir = join(cache, 'support-doctor')
    const memory = JSON.parse(readFileSync(join(dir, 'seen-transactions.json'), 'utf8')) as {
      transactions: Record<string, { nonce: number }>
    }
    expect(Object.keys(memory.transactions).sort()).toEqual(hashes.map((h) => h.toLowerCase()).sort())
    expect(readdirSync(dir).sort()).toEqual(['code-cache', 'seen-transactions.json']) // no lock or temporary file left
    // The twenty runs each wrote the compiled-code cache too, renamed into place one after another.
    expect(readdirSync(join(dir, 'code-cache'))).toEqual([expect.stringMatching(/^[0-9a-f]{16}-v[\d.]+-\w+-tx\.bin$/)])
  }, 120_000)
})
