import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { Readable, Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { commandNames, main, processSystem } from '../../src/cli.js'
import { PROGRAM_PAGE, quickAnswer, type HelpPages, type QuickFacts, type QuickSource } from '../../src/quick-answer.js'
import { NARROWEST_RENDERED } from '../../src/render-quick-answers.js'
import { BIN } from '../support/run-cli.js'

// The pages bin/support-doctor.js answers from, as `npm run build` wrote them: each case below
// must print exactly what the full program prints for the same arguments, environment and width.
const read = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../dist/quick-answers/${file}`, import.meta.url), 'utf8')) as unknown
const built: QuickSource = {
  facts: () => read('facts.json') as QuickFacts,
  pages: (lang, command) => read(`${lang}/${command}.json`) as HelpPages,
}
type Terminal = { isTTY: boolean; columns?: number }

async function fullProgram(args: string[], env: NodeJS.ProcessEnv, terminal: Terminal) {
  let stdout = ''
  let stderr = ''
  const sink = (append: (s: string) => void) =>
    Object.assign(new Writable({ write: (chunk, _, done) => (append(String(chunk)), done()) }), terminal)
  const code = await main(['node', 'support-doctor', ...args], {
    ...processSystem(),
    env,
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
    stdin: Readable.from([]),
    stdinIsTTY: false,
  })
  return { code, stdout, stderr }
}

async function expectSameAnswer(args: string[], env: NodeJS.ProcessEnv, terminal: Terminal) {
  const quick = quickAnswer(args, env, terminal, built)
  const full = await fullProgram(args, env, terminal)
  expect(quick, `${args.join(' ')} at ${terminal.columns ?? 'a pipe'}`).toBe(full.stdout)
  expect(full).toMatchObject({ code: 0, stderr: '' })
}

const pipe: Terminal = { isTTY: false }
const languageSources = (lang: 'en' | 'ja') => [
  { flag: ['--lang', lang], after: [], env: {} },
  { flag: [], after: [`--lang=${lang}`], env: { LANG: lang === 'ja' ? 'en_US.UTF-8' : 'ja_JP.UTF-8' } },
  { flag: [], after: [], env: { LANG: lang === 'ja' ? 'ja_JP.UTF-8' : 'C' } },
  { flag: [], after: [], env: { LANG: 'en_US.UTF-8', LC_ALL: lang === 'ja' ? 'ja_JP.UTF-8' : 'en_GB.UTF-8' } },
]

describe('--help and --version answered before the program loads', () => {
  for (const lang of ['en', 'ja'] as const) {
    for (const name of ['', ...commandNames]) {
      const command = name ? [name] : []
      it(`${lang}: ${name || 'the program'}'s help, at every width the pages cover, is the full program's`, async () => {
        for (const source of languageSources(lang))
          for (const help of ['--help', '-h']) {
            await expectSameAnswer([...source.flag, ...command, help, ...source.after], source.env, pipe)
          }
        // Every width the pages cover, and wider than the widest line.
        const { pages } = built.pages(lang, name || PROGRAM_PAGE)
        const unwrapped = (pages.at(-1) as [number, string])[0]
        for (let columns = NARROWEST_RENDERED; columns <= unwrapped + 2; columns++)
          await expectSameAnswer([...command, '--help', '--lang', lang], {}, { isTTY: true, columns })
        await expectSameAnswer([...command, '--help', '--lang', lang], {}, { isTTY: true, columns: 1000 })
        // Narrower than that the program itself answers.
        expect(quickAnswer([...command, '--help'], {}, { isTTY: true, columns: NARROWEST_RENDERED - 1 }, built)).toBe(
          undefined,
        )
      }, 120_000)
    }
  }

  it('the version, with or without a language', async () => {
    for (const args of [['--version'], ['-V'], ['--lang', 'ja', '--version'], ['--version', '--lang=en']])
      await expectSameAnswer(args, {}, pipe)
  })

  it('leaves everything else to the full program', () => {
    for (const args of [
      [],
      ['tx'],
      ['--help', '--version'],
      ['--json', '--help'],
      ['tx', '0xabc', '--help'],
      ['--lang', 'xx', '--help'],
      ['--lang', 'ja', '--lang', 'en', '--help'],
      ['--lang'],
      ['nope', '--help'],
      ['tx', '--version'],
      ['--help', 'tx'],
    ])
      expect(quickAnswer(args, {}, pipe, built), args.join(' ')).toBe(undefined)
  })

  it('is what the installed command prints', () => {
    for (const args of [['--version'], ['gas', '--help', '--lang', 'ja']]) {
      const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH } })
      expect(run.status).toBe(0)
      expect(run.stdout).toBe(quickAnswer(args, {}, pipe, built))
    }
  })
})
