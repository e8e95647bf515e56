import { spawn } from 'node:child_process'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js'
import { mkdtempSync, readFileSync } from 'node:fs'
import { createServer, type Socket } from 'node:net'
import { Ajv } from 'ajv'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { parseEther, type Hash } from 'viem'
import { addLiquidityEth, deployToken } from '../support/contracts.js'
import { DEV_MNEMONIC, deployUniswap, devWallet, startAnvil } from '../support/devnode.js'
import { BIN, localOnly, runCli } from '../support/run-cli.js'

/**
 * The real server, driven by the MCP SDK's own client over stdio, against a real node: what an
 * agent that adds `npx -y support-doctor mcp` to its config gets.
 */
let node: Awaited<ReturnType<typeof startAnvil>>
let client: Client
let transport: StdioClientTransport
let stderr = ''
let failedSwap: Hash

const home = () => mkdtempSync(join(tmpdir(), 'sd-mcp-'))
const isolatedEnv = (dir: string) => ({ PATH: process.env.PATH ?? '', HOME: dir, LANG: 'C', CI: 'true' })

beforeAll(async () => {
  node = await startAnvil()
  const w = devWallet(node.url)
  const uniswap = await deployUniswap(w)
  const token = await deployToken(w, {
    name: 'Doctor Token',
    symbol: 'DOC',
    decimals: 18,
    supply: parseEther('1000000'),
  })
  await addLiquidityEth(w, uniswap, token, parseEther('10000'), parseEther('10'))
  // Asks for far more tokens than 0.1 ETH buys: reverts with the router's slippage error.
  failedSwap = await w.writeContract({
    address: uniswap.router,
    abi: uniswap.routerAbi,
    functionName: 'swapExactETHForTokens',
    args: [parseEther('5000'), [uniswap.weth, token], w.account.address, 2n ** 40n],
    value: parseEther('0.1'),
    gas: 300_000n,
    chain: null,
  })
  await w.waitForTransactionReceipt({ hash: failedSwap, pollingInterval: 20 })

  const dir = home()
  // A global option before the command, another after it: both reach the server.
  transport = new StdioClientTransport({
    command: process.execPath,
    args: [BIN, '--rpc', node.url, 'mcp', '--no-public-rpc'],
    env: isolatedEnv(dir),
    cwd: dir,
    stderr: 'pipe',
  })
  transport.stderr?.on('data', (d) => (stderr += d))
  client = new Client({ name: 'support-doctor-test', version: '1.0.0' })
  await client.connect(transport)
}, 120_000)

afterAll(async () => {
  await client?.close()
  await node?.stop()
})

// The SDK states tool schemas as draft-07; the shipped files say 2020-12 and use nothing newer.
const ajv = new Ajv({ allErrors: true, strict: false })
const shipped = (name: string) => {
  const {
    $schema: _draft,
    $id: _id,
    ...schema
  } = JSON.parse(readFileSync(new URL(`../../schema/${name}.schema.json`, import.meta.url), 'utf8'))
  return schema as Record<string, unknown>
}

/** "The same as --json": equal except times, request counts, the tool version and the environment block. */
function comparable(report: Record<string, any>) {
  const { checkedAt: _checkedAt, tool: _tool, environment: _environment, ...rest } = report
  return JSON.parse(
    JSON.stringify(rest, (key, value) =>
      key === 'rpc' || key === 'ageSeconds' || key === 'gatheredAt' ? undefined : value,
    ),
  )
}

describe('support-doctor mcp', () => {
  it('lists the six tools with titles, descriptions, schemas and read-only annotations', async () => {
    const { tools } = await client.listTools()
    const byName = Object.fromEntries(tools.map((t) => [t.name, t]))
    expect(Object.keys(byName).sort()).toEqual(
      ['check_address', 'diagnose_transaction', 'gas_status', 'read_guide', 'redact_text', 'rpc_health'].sort(),
    )
    for (const tool of tools) {
      expect(tool.title).toBeTruthy()
      expect(tool.description!.length).toBeGreaterThan(40)
      expect(tool.inputSchema.type).toBe('object')
      expect(tool.outputSchema?.type).toBe('object')
      expect(tool.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false, idempotentHint: true })
      expect(tool.annotations?.openWorldHint).toBe(!['redact_text', 'read_guide'].includes(tool.name))
    }
    expect(Object.keys(byName.diagnose_transaction!.inputSchema.properties ?? {}).sort()).toEqual(
      ['chain', 'from', 'hash', 'lang', 'nonce'].sort(),
    )
    expect(byName.diagnose_transaction!.inputSchema.required).toEqual(['hash'])
    // Each output schema is the shipped JSON Schema of the command's --json (read_guide: its one-guide form).
    const output = (name: string) => {
      const { $schema: _draft, ...schema } = byName[name]!.outputSchema as Record<string, unknown>
      return schema
    }
    expect(output('diagnose_transaction')).toEqual(shipped('report'))
    expect(output('check_address')).toEqual(shipped('report'))
    expect(output('gas_status')).toEqual(shipped('gas'))
    expect(output('rpc_health')).toEqual(shipped('rpc'))
    expect(output('redact_text')).toEqual(shipped('redact'))
    expect(output('read_guide')).toEqual((shipped('guide').anyOf as unknown[])[1])
    expect(Object.keys(byName.check_address!.inputSchema.properties ?? {}).sort()).toEqual(
      ['address', 'chain', 'lang', 'token'].sort(),
    )
    expect(byName.gas_status!.inputSchema.required).toEqual(['chain'])
    expect(Object.keys(byName.redact_text!.inputSchema.properties ?? {}).sort()).toEqual(['keep', 'text'])
    expect(Object.keys(byName.read_guide!.inputSchema.properties ?? {}).sort()).toEqual(['lang', 'topic'])
  })

  it('diagnose_transaction on a failed swap: structuredContent validates and equals the CLI --json', async () => {
    const { tools } = await client.listTools()
    const tool = tools.find((t) => t.name === 'diagnose_transaction')!
    const result = await client.callTool({ name: 'diagnose_transaction', arguments: { hash: failedSwap } })
    expect(result.isError).toBeFalsy()
    const structured = result.structuredContent as Record<string, any>
    const validate = ajv.compile(tool.outputSchema!)
    expect(validate(structured), JSON.stringify(validate.errors)).toBe(true)
    expect(structured.status).toBe('failed')
    expect(structured.findings.map((f: { code: string }) => f.code)).toContain('swap.slippage')

    const cli = await runCli(['tx', failedSwap, ...localOnly(node.url), '--json', '--no-cache'])
    expect(cli.code).toBe(1)
    expect(comparable(structured)).toEqual(comparable(cli.json()))
    // content carries the markdown report.
    const [first] = result.content as { type: string; text: string }[]
    expect(first!.text).toMatch(/^## support-doctor report/)
    expect(first!.text).toContain(failedSwap)
  })

  it('a bad hash comes back as the JSON error object with isError, in the language asked for', async () => {
    const result = await client.callTool({ name: 'diagnose_transaction', arguments: { hash: '0x1234', lang: 'ja' } })
    expect(result.isError).toBe(true)
    const body = JSON.parse((result.content as { text: string }[])[0]!.text)
    expect(body.error.code).toBe('input.hash')
    expect(body.error.message).toContain('トランザクションハッシュではありません')
    expect(body.error.suggestion).toBeTruthy()
  })

  it('a recovery phrase passed to redact_text never comes back, and is counted', async () => {
    const result = await client.callTool({
      name: 'redact_text',
      arguments: { text: `my wallet words are ${DEV_MNEMONIC} please help` },
    })
    expect(JSON.stringify(result)).not.toContain('junk')
    expect(JSON.stringify(result)).not.toContain('test test test')
    expect(result.structuredContent).toMatchObject({ removed: { 'seed-phrase': 1 } })
  })

  it('a secret pasted into another argument is removed before use, and the result says so', async () => {
    const result = await client.callTool({ name: 'diagnose_transaction', arguments: { hash: DEV_MNEMONIC } })
    expect(result.isError).toBe(true)
    const text = JSON.stringify(result)
    expect(text).not.toContain('test test test')
    expect(text).toContain('[redacted: recovery phrase')
    expect((result.content as { text: string }[]).at(-1)!.text).toMatch(/Secrets were found in the arguments \(hash\)/)
  })

  it('read_guide takes a finding code; guides and the report schema are resources', async () => {
    const guide = await client.callTool({ name: 'read_guide', arguments: { topic: 'swap.slippage', lang: 'ja' } })
    expect(guide.structuredContent).toMatchObject({ guide: { id: 'failed-swaps', lang: 'ja' } })
    const { resources } = await client.listResources()
    expect(resources.map((r) => r.uri)).toContain('support-doctor://guides/ja/failed-swaps')
    const read = await client.readResource({ uri: 'support-doctor://guides/ja/failed-swaps' })
    expect((read.contents[0] as { text: string }).text).toBe(
      (guide.structuredContent as { guide: { markdown: string } }).guide.markdown,
    )
    const schema = await client.readResource({ uri: 'support-doctor://schema/report' })
    expect(JSON.parse((schema.contents[0] as { text: string }).text).$id).toBe(
      'urn:support-doctor:schema:report.schema.json',
    )
  })

  it('gas_status and rpc_health answer from the node the global --rpc named', async () => {
    const gas = await client.callTool({ name: 'gas_status', arguments: { chain: 31337 } })
    expect(gas.isError).toBeFalsy()
    expect((gas.structuredContent as { chains: { chainId: number }[] }).chains.map((c) => c.chainId)).toEqual([31337])
    const rpc = await client.callTool({ name: 'rpc_health', arguments: {} })
    expect((rpc.structuredContent as { endpoints: { healthy: boolean }[] }).endpoints[0]!.healthy).toBe(true)
  })

  it('the MCP SDK is not in what other commands load at start-up (only `mcp` imports it)', () => {
    const dist = fileURLToPath(new URL('../../dist/', import.meta.url))
    const loaded = new Set<string>()
    const visit = (file: string) => {
      if (loaded.has(file)) return
      loaded.add(file)
      const source = readFileSync(file, 'utf8')
      // Static imports only: `import("./chunks/…")` is what loads lazily.
      for (const [, path] of source.matchAll(/\bfrom\s*"(\.\/[^"]+)"/g)) visit(join(dirname(file), path!))
    }
    visit(join(dist, 'cli.js'))
    expect(loaded.size).toBeGreaterThan(1)
    for (const file of loaded) expect(readFileSync(file, 'utf8'), file).not.toContain('StdioServerTransport')
  })

  it('logs only to stderr', () => {
    expect(stderr).toContain('MCP server on stdio')
  })

  it('writes only protocol messages to stdout and exits 0 soon after stdin closes', async () => {
    const dir = home()
    const child = spawn(process.execPath, [BIN, 'mcp', '--rpc', node.url, '--no-public-rpc'], {
      cwd: dir,
      env: isolatedEnv(dir),
    })
    let stdout = ''
    child.stdout.on('data', (d) => (stdout += d))
    const initialize = {
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
    }
    child.stdin.write(`${JSON.stringify(initialize)}\n`)
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()))
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
    child.stdin.end()
    // The limit: exit 0 within 3 s of stdin closing.
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 3000))
    expect(await Promise.race([exited, timeout])).toBe(0)
    const lines = stdout.trim().split('\n')
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines) expect(JSON.parse(line)).toMatchObject({ jsonrpc: '2.0' })
  })

  it('a call the client cancels tears down its requests in flight (notifications/cancelled reaches the look)', async () => {
    // An endpoint that accepts connections and never answers: only the cancellation can end the look
    // before its request time limit (60 s here).
    const sockets: Socket[] = []
    const silent = createServer((socket) => {
      sockets.push(socket)
      socket.resume()
    })
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const silentUrl = `http://127.0.0.1:${(silent.address() as { port: number }).port}`
    const dir = home()
    const cancelling = new Client({ name: 'support-doctor-cancel', version: '1.0.0' })
    const server = new StdioClientTransport({
      command: process.execPath,
      args: [BIN, '--rpc', silentUrl, '--timeout', '60000', 'mcp', '--no-public-rpc'],
      env: isolatedEnv(dir),
      cwd: dir,
      stderr: 'pipe',
    })
    try {
      await cancelling.connect(server)
      const controller = new AbortController()
      const call = cancelling.callTool(
        { name: 'diagnose_transaction', arguments: { hash: `0x${'cd'.repeat(32)}`, chain: 1 } },
        undefined,
        { signal: controller.signal, timeout: 60_000 },
      )
      await vi.waitFor(() => expect(sockets.length).toBeGreaterThan(0), { timeout: 10_000 })
      controller.abort()
      await expect(call).rejects.toThrow()
      // The server heard the cancellation and destroyed its requests: every connection it opened closes,
      // long before the 60 s a request may otherwise wait.
      await vi.waitFor(() => expect(sockets.every((s) => s.closed)).toBe(true), { timeout: 5_000 })
    } finally {
      await cancelling.close()
      for (const socket of sockets) socket.destroy()
      silent.close()
    }
  })
})
