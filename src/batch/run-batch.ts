import { toLibraryError } from '../api/errors.js'
import type { LibraryOptions } from '../api/options.js'
import { addressOutput, transactionOutput, type Output } from '../api/outputs.js'
import { silentIO } from '../api/silent-io.js'
import type { Deps } from '../commands/deps.js'
import type { SharedLook } from '../commands/tx.js'
import { SharedChainState } from '../evidence/shared-chain-state.js'
import { RunMemory } from '../memory/run-memory.js'
import { memoryFile } from '../memory/seen-transactions.js'
import { ExitCode } from '../errors/doctor-error.js'
import { translator } from '../i18n/translate.js'
import type { Report } from '../report/schema.js'
import { startProgress } from '../ui/progress.js'
import { parseLine, type BatchItem } from './parse-line.js'
import { runInOrder } from './run-pool.js'

export type BatchSettings = {
  /** The network flags; a line's own `chain` wins over `chain` here. */
  network: LibraryOptions
  concurrency: number
  summary: boolean
  /** The memory of looked-up transactions (`--no-cache` turns it off), shared by every line. */
  cache: boolean
}

type LineResult = { json: Record<string, unknown>; exitCode: number; status: string }

/**
 * Every line of a queue in one process: one NDJSON line out per input line (blank and `#` lines
 * skipped), in input order, each the `--json` of `tx` or `address` plus `input: { line, id }`.
 * The lines share the process's connections to each endpoint, the head and fee history of each
 * chain per block, and the memory (read once, written once at the end). Exit code: 2 if any line
 * was invalid, else 3 if any could not be looked at, else 1 if any problem was found.
 */
export async function runBatch(source: string, settings: BatchSettings, deps: Deps): Promise<number> {
  const lines = source
    .split(/\r?\n/)
    .map((content, index) => ({ number: index + 1, parsed: parseLine(content) }))
    .filter((line) => line.parsed.kind !== 'skip')
  const say = translator(deps.lang)
  const progress = await startProgress(say('batch.progress', { done: 0, total: lines.length }), deps.io)
  const itemDeps: Deps = { ...deps, io: silentIO() }
  const memory = settings.cache ? new RunMemory(memoryFile(deps.env)) : undefined
  const shared: SharedLook = { chainState: new SharedChainState(), ...(memory ? { memory } : {}) }
  const results: LineResult[] = []
  let done = 0
  try {
    await runInOrder(
      lines,
      settings.concurrency,
      async ({ number, parsed }): Promise<LineResult> => {
        if (parsed.kind === 'skip') throw new Error('skipped lines are filtered out above')
        const input = { line: number, id: parsed.id }
        try {
          if (parsed.kind === 'invalid') throw parsed.error
          const output = await look(parsed.item, settings, itemDeps, shared)
          return { json: { ...output.json, input }, exitCode: output.exitCode, status: output.json.status }
        } catch (error) {
          const failure = toLibraryError(error, deps.lang)
          const status = failure.exitCode === ExitCode.invalidInput ? 'invalid' : 'error'
          return { json: { ...failure.toJSON(), input }, exitCode: failure.exitCode, status }
        } finally {
          done++
          progress.update(bar(done, lines.length, say('batch.progress', { done, total: lines.length })))
        }
      },
      (result) => {
        results.push(result)
        deps.io.out.write(`${JSON.stringify(result.json)}\n`)
      },
    )
  } finally {
    progress.stop()
    // The memory is a convenience: a read-only home directory must not fail a batch.
    await memory?.flush().catch(() => {})
  }
  if (settings.summary) deps.io.err.write(`${summarise(results, say)}\n`)
  return batchExitCode(results.map((r) => r.exitCode))
}

function look(item: BatchItem, settings: BatchSettings, deps: Deps, shared: SharedLook): Promise<Output<Report>> {
  const options: LibraryOptions = {
    ...settings.network,
    lang: deps.lang,
    ...(item.chain !== undefined ? { chain: item.chain } : {}),
  }
  if (item.kind === 'address') {
    const { kind: _kind, chain: _chain, ...input } = item
    return addressOutput(input, options, deps)
  }
  const { kind: _kind, chain: _chain, ...input } = item
  return transactionOutput({ ...input, cache: settings.cache }, options, deps, shared)
}

/** The order: bad input outweighs a failed look, which outweighs a diagnosed problem. */
export function batchExitCode(codes: readonly number[]): number {
  for (const code of [ExitCode.invalidInput, ExitCode.couldNotLook, ExitCode.problemFound])
    if (codes.includes(code)) return code
  return codes.find((c) => c !== ExitCode.ok) ?? ExitCode.ok
}

const bar = (done: number, total: number, label: string) => {
  const width = 20
  const filled = total === 0 ? width : Math.round((done / total) * width)
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${label}`
}

function summarise(results: readonly LineResult[], say: ReturnType<typeof translator>): string {
  const counts = new Map<string, number>()
  for (const { status } of results) counts.set(status, (counts.get(status) ?? 0) + 1)
  const list = [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, count]) => say('batch.statusCount', { status, count }))
    .join(', ')
  return say('batch.summary', { lines: results.length, list })
}
