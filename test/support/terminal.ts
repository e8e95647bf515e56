import { execFileSync, spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { BIN } from './run-cli.js'

/**
 * A real terminal for end-to-end tests: tmux with a fixed size. Installed from Debian's packages
 * where missing (CI machines start without it), as the project's own files must install what
 * its tests need.
 */
export function ensureTmux(): void {
  if (spawnSync('tmux', ['-V']).status === 0) return
  if (process.getuid?.() !== 0) throw new Error('these tests need tmux: install it (apt-get install tmux)')
  const install = () => spawnSync('apt-get', ['install', '-y', 'tmux'], { stdio: 'ignore' }).status === 0
  if (!install()) {
    execFileSync('apt-get', ['update'], { stdio: 'ignore' })
    if (!install()) throw new Error('apt-get could not install tmux')
  }
}

/**
 * One tmux server per test file: test files run in parallel, and a shared server exits when
 * one file closes its last session while another file opens one ("server exited unexpectedly").
 */
const SOCKET = ['-L', `support-doctor-${process.pid}-${Math.random().toString(36).slice(2, 8)}`]

export type Terminal = {
  screen: () => string
  /** Everything the pane ever showed, scrollback included. */
  history: () => string
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<string>
  keys: (...keys: string[]) => void
  /** Types text literally, as a paste would arrive. */
  type: (text: string) => void
  close: () => void
}

/**
 * Within a file the server still exits when a test closes the last session, and a session asked
 * for while it is exiting fails with "server exited unexpectedly" (seen on a clean clone): asked
 * again, a new server starts.
 */
function startSession(args: string[]): void {
  for (let attempt = 1; ; attempt++) {
    const run = spawnSync('tmux', args, { encoding: 'utf8' })
    if (run.status === 0) return
    if (attempt === 5 || !/server exited unexpectedly/.test(run.stderr)) {
      throw new Error(`tmux ${args.join(' ')} failed: ${run.stderr}`)
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100)
  }
}

/** Runs `command` in a detached tmux session of `width` × `height`; the pane stays after it ends. */
export function openTerminal(
  command: string,
  { width = 120, height = 50, env = {} }: { width?: number; height?: number; env?: Record<string, string> } = {},
): Terminal {
  const session = `sd-${process.pid}-${Math.random().toString(36).slice(2, 8)}`
  const exports = Object.entries(env)
    .map(([k, v]) => `export ${k}='${v.replace(/'/g, `'\\''`)}';`)
    .join(' ')
  startSession([
    ...SOCKET,
    'new-session',
    '-d',
    '-s',
    session,
    '-x',
    String(width),
    '-y',
    String(height),
    `${exports} ${command}; echo "[exit $?]"; sleep 600`,
  ])
  const screen = () =>
    execFileSync('tmux', [...SOCKET, 'capture-pane', '-p', '-J', '-S', '-200', '-t', session], { encoding: 'utf8' })
  return {
    screen,
    history: () =>
      execFileSync('tmux', [...SOCKET, 'capture-pane', '-p', '-J', '-S', '-', '-t', session], { encoding: 'utf8' }),
    async waitFor(pattern, timeoutMs = 30_000) {
      const until = Date.now() + timeoutMs
      for (;;) {
        const text = screen()
        if (pattern.test(text)) return text
        if (Date.now() > until) throw new Error(`terminal never showed ${pattern}:\n${text}`)
        await new Promise((r) => setTimeout(r, 100))
      }
    },
    keys: (...keys) => execFileSync('tmux', [...SOCKET, 'send-keys', '-t', session, ...keys]),
    type: (text) => execFileSync('tmux', [...SOCKET, 'send-keys', '-t', session, '-l', text]),
    close: () => void spawnSync('tmux', [...SOCKET, 'kill-session', '-t', session]),
  }
}

/**
 * A person at a terminal running the program with `args` in `dir` (its HOME and cache too, so no
 * stray config or memory leaks in), in English unless asked otherwise. CI runs the tests with CI
 * set, which (rightly) turns prompting off: it is unset for the program.
 */
export function openConversation(dir: string, args = ''): Terminal {
  return openTerminal(`cd ${dir} && env -u CI node ${BIN} ${args}`, {
    env: { HOME: dir, XDG_CACHE_HOME: join(dir, 'cache'), LANG: 'C', TERM: 'xterm-256color', NO_COLOR: '1' },
  })
}

/** Waits until `pattern` has been shown `times` times in all (menus repeat, so a count says which one); the screen so far. */
export async function shown(terminal: Terminal, pattern: RegExp, times = 1, timeoutMs = 30_000): Promise<string> {
  const global = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`)
  const until = Date.now() + timeoutMs
  for (;;) {
    const all = terminal.history()
    if ((all.match(global) ?? []).length >= times) return all
    if (Date.now() > until) throw new Error(`the terminal never showed ${pattern} ${times} time(s):\n${all}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}
