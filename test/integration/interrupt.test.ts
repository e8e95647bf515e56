import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { createServer, type Server, type Socket } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BIN } from '../support/run-cli.js'

// An endpoint that accepts the connection and never answers: the tool is mid-read when Ctrl-C comes.
let silent: Server
const sockets = new Set<Socket>()
let connected: () => void = () => undefined
beforeAll(async () => {
  silent = createServer((socket) => {
    sockets.add(socket)
    connected()
  })
  silent.listen(0, '127.0.0.1')
  await once(silent, 'listening')
})
afterAll(() => {
  for (const socket of sockets) socket.destroy()
  silent.close()
})

describe('Ctrl-C while endpoints are being read', () => {
  it.each([
    ['en', 'Stopped. Nothing was sent.'],
    ['ja', '中止しました。何も送信していません。'],
  ])('%s: one calm line, no stack trace, exit 130', async (lang, line) => {
    const port = (silent.address() as { port: number }).port
    const reading = new Promise<void>((resolve) => (connected = resolve))
    const child = spawn(
      process.execPath,
      [
        BIN,
        'tx',
        `0x${'ab'.repeat(32)}`,
        '--rpc',
        `http://127.0.0.1:${port}`,
        '--no-public-rpc',
        '--chain',
        'ethereum',
      ],
      { env: { PATH: process.env.PATH, LANG: 'C', CI: 'true', SUPPORT_DOCTOR_LANG: lang } },
    )
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    await reading
    child.kill('SIGINT')
    const [code] = (await once(child, 'exit')) as [number | null]
    expect(code).toBe(130)
    expect(stderr.trim()).toBe(line)
  })
})
