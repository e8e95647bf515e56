import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Hash } from 'viem'
import { devWallet, startAnvil } from '../support/devnode.js'
import { localOnly, runCli } from '../support/run-cli.js'

/**
 * The library as a user's program gets it: `import … from 'support-doctor'` resolved through
 * node_modules to the built package (exports, dist/), in a separate Node process.
 */
const root = fileURLToPath(new URL('../../', import.meta.url))
let node: Awaited<ReturnType<typeof startAnvil>>
let mined: Hash
let project: string
// An endpoint that accepts connections and never answers: only the AbortSignal can end the wait.
let silent: Server
let silentUrl: string
const sockets: Socket[] = []

beforeAll(async () => {
  node = await startAnvil()
  const wallet = devWallet(node.url)
  mined = await wallet.sendTransaction({ to: wallet.account.address, value: 1n, chain: null })
  await wallet.waitForTransactionReceipt({ hash: mined, pollingInterval: 20 })
  project = mkdtempSync(join(tmpdir(), 'sd-lib-'))
  mkdirSync(join(project, 'node_modules'))
  symlinkSync(root, join(project, 'node_modules', 'support-doctor'), 'dir')
  // A broken config file where a search would find it: the library must not read it unless asked.
  writeFileSync(join(project, '.support-doctorrc.json'), '{ "lang": "klingon" }')
  silent = createServer((socket) => {
    sockets.push(socket)
    socket.resume() // read the request, never answer
  })
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
  silentUrl = `http://127.0.0.1:${(silent.address() as { port: number }).port}`
}, 60_000)

afterAll(async () => {
  for (const socket of sockets) socket.destroy()
  silent?.close()
  await node?.stop()
})

function runModule(source: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', source], {
      cwd: project,
      env: { PATH: process.env.PATH ?? '', HOME: project, LANG: 'C' },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

describe("the library (import … from 'support-doctor')", () => {
  it('importing it writes nothing, exits nothing and reads no config', async () => {
    const result = await runModule(
      "const lib = await import('support-doctor'); process.stderr.write(Object.keys(lib).sort().join(','))",
    )
    expect(result).toEqual({
      code: 0,
      stdout: '',
      stderr: 'SupportDoctorError,checkAddress,diagnoseTransaction,gasStatus,redactStream,redactText,rpcHealth',
    })
  })

  it('diagnoseTransaction returns the object tx --json prints, with no output of its own', async () => {
    const result = await runModule(`
      import { diagnoseTransaction } from 'support-doctor'
      const report = await diagnoseTransaction('${mined}', { rpc: ['${node.url}'], publicRpc: false })
      process.stderr.write(JSON.stringify(report))
    `)
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('')
    const report = JSON.parse(result.stderr)
    const cli = (await runCli(['tx', mined, ...localOnly(node.url), '--json'])).json()
    const strip = ({ checkedAt: _c, environment: _e, tool: _t, ...rest }: Record<string, unknown>) =>
      JSON.parse(JSON.stringify(rest, (k, v) => (['gatheredAt', 'ageSeconds', 'rpc'].includes(k) ? undefined : v)))
    expect(report.status).toBe('confirmed')
    expect(strip(report)).toEqual(strip(cli))
  })

  it('per-chain endpoints, gas, rpc and redaction', async () => {
    const result = await runModule(`
      import { gasStatus, rpcHealth, redactText } from 'support-doctor'
      const rpc = { 31337: '${node.url}' }
      const gas = await gasStatus({ rpc, publicRpc: false, chain: 31337 })
      const health = await rpcHealth({ rpc: ['${node.url}'], publicRpc: false })
      const clean = await redactText('mail me: someone@example.com')
      process.stderr.write(JSON.stringify({ gas: gas.chains.map((c) => c.chainId), healthy: health.endpoints.map((e) => e.healthy), clean }))
    `)
    expect(result.stdout).toBe('')
    expect(JSON.parse(result.stderr)).toEqual({
      gas: [31337],
      healthy: [true],
      clean: { schemaVersion: 1, text: 'mail me: [redacted: e-mail]', removed: { email: 1 } },
    })
  })

  it('redactStream redacts a stream in pieces, as redact does a file', async () => {
    // A recovery phrase cut across two chunks, and a multi-byte character cut inside its bytes.
    const phrase = 'abandon ability able about above absent absorb abstract absurd abuse access accident'
    const result = await runModule(`
      import { redactStream, redactText } from 'support-doctor'
      const text = 'seed: ${phrase}\\nmail someone@example.com\\n\\nThanks, the café owner\\n'
      const bytes = Buffer.from(text)
      const cut = [bytes.indexOf('ability') + 3, bytes.indexOf('é') + 1]
      async function* source() { yield bytes.subarray(0, cut[0]); yield bytes.subarray(cut[0], cut[1]); yield bytes.subarray(cut[1]) }
      const redacted = redactStream(source())
      let out = ''
      for await (const piece of redacted) out += piece
      const whole = await redactText(text)
      let bad
      try { for await (const _ of redactStream(source(), { keep: ['0x12'] })); } catch (e) { bad = e.code }
      process.stderr.write(JSON.stringify({ out, removed: redacted.removed, whole, bad }))
    `)
    expect(result.stdout).toBe('')
    const { out, removed, whole, bad } = JSON.parse(result.stderr)
    expect(out).not.toContain('abandon')
    expect(out).toContain('café')
    expect({ schemaVersion: 1, text: out, removed }).toEqual(whole)
    expect(removed).toMatchObject({ 'seed-phrase': 1 })
    expect(bad).toBe('input.keep')
  })

  it('throws one error class with code, exitCode and suggestion, in the language asked for', async () => {
    const result = await runModule(`
      import { diagnoseTransaction, SupportDoctorError } from 'support-doctor'
      const failures = []
      for (const call of [
        () => diagnoseTransaction('0x1234', { lang: 'ja' }),
        () => diagnoseTransaction('0x${'ab'.repeat(32)}', { config: 'search' }),
      ]) {
        try { await call() } catch (e) { failures.push({ is: e instanceof SupportDoctorError, code: e.code, exitCode: e.exitCode, message: e.message, suggestion: e.suggestion }) }
      }
      process.stderr.write(JSON.stringify(failures))
    `)
    const [badHash, badConfig] = JSON.parse(result.stderr)
    expect(badHash).toMatchObject({ is: true, code: 'input.hash', exitCode: 2 })
    expect(badHash.message).toContain('トランザクションハッシュではありません')
    expect(badHash.suggestion).toBeTruthy()
    // config: 'search' finds the broken file; without it (above) the file was never read.
    expect(badConfig).toMatchObject({ is: true, code: 'input.config', exitCode: 2 })
  })

  // Each call that reads the chain, with an endpoint that never answers: only tearing the requests
  // down lets the process end soon after the abort.
  const looks = {
    diagnoseTransaction: `diagnoseTransaction('0x${'cd'.repeat(32)}', { rpc: { 1: URL }, publicRpc: false, timeoutMs: 60000, signal })`,
    rpcHealth: `rpcHealth({ rpc: { 1: URL }, chain: 1, publicRpc: false, timeoutMs: 60000, signal })`,
  }
  it.each(Object.entries(looks))(
    'an AbortSignal cancels %s at once: the requests in flight are torn down and the process exits by itself',
    async (name, call) => {
      const before = sockets.length
      const result = await runModule(`
      import { ${name} } from 'support-doctor'
      const URL = '${silentUrl}'
      const controller = new AbortController()
      const signal = controller.signal
      const pending = ${call}
      await new Promise((r) => setTimeout(r, 300))
      const abortedAt = performance.now()
      controller.abort()
      const outcome = await pending.then(() => ({ resolved: true }), (e) => ({ code: e.code, exitCode: e.exitCode, ms: performance.now() - abortedAt }))
      // No process.exit: a socket or a timer left behind would keep this process alive (for 20 s and more).
      process.on('exit', () => process.stderr.write(JSON.stringify({ ...outcome, exitMs: performance.now() - abortedAt })))
    `)
      expect(result.code).toBe(0)
      const outcome = JSON.parse(result.stderr)
      expect(outcome).toMatchObject({ code: 'aborted', exitCode: 3 })
      // The issue asks for 100 ms; asserted loosely here (a loaded machine), far below the 60 s limit
      // and the 20 s a request may take: only tearing the request down lets the process end this soon.
      expect(outcome.ms).toBeLessThan(1000)
      expect(outcome.exitMs).toBeLessThan(5000)
      // The endpoint was asked (a request was in flight), and the connection it was asked on is closed.
      const opened = sockets.slice(before)
      expect(opened.length).toBeGreaterThan(0)
      await vi.waitFor(() => expect(opened.every((s) => s.closed)).toBe(true))
    },
  )

  it('a TypeScript program type-checks against the declarations: typed results, typed options', async () => {
    writeFileSync(join(project, 'package.json'), '{ "type": "module" }')
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true },
        files: ['consumer.ts'],
      }),
    )
    writeFileSync(
      join(project, 'consumer.ts'),
      [
        "import { diagnoseTransaction, gasStatus, SupportDoctorError, type Report } from 'support-doctor'",
        "const report: Report = await diagnoseTransaction('0x00', { chain: 'base', rpc: { base: 'https://a.example' } })",
        "const status: 'confirmed' | 'failed' | string = report.status",
        'const fees: string | null = (await gasStatus()).chains[0]?.baseFee ?? null',
        'try { await diagnoseTransaction(status) } catch (e) { if (e instanceof SupportDoctorError) console.log(e.exitCode, fees) }',
        '// @ts-expect-error: options are typed (fails if they were any)',
        "await diagnoseTransaction('0x00', { timeoutMs: 'soon' })",
      ].join('\n'),
    )
    const tsc = spawn(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', project])
    let output = ''
    tsc.stdout.on('data', (d) => (output += d))
    const code = await new Promise((resolve) => tsc.on('close', resolve))
    expect(output).toBe('')
    expect(code).toBe(0)
  }, 60_000)

  it('type declarations exist after the build, where exports says', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
    const types = manifest.exports['.'].types as string
    expect(existsSync(join(root, types))).toBe(true)
    expect(readFileSync(join(root, types), 'utf8')).toContain('export declare function diagnoseTransaction')
  })
})
