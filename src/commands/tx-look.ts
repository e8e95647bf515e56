import type { Address } from 'viem'
import { diagnoseTx, exitCodeFor, type TxDiagnosis } from '../diagnose/diagnose-tx.js'
import { inputError } from '../errors/doctor-error.js'
import { evidenceOtherHashError } from '../errors/input-errors.js'
import { text } from '../i18n/text.js'
import { gatherTxEvidence } from '../evidence/gather-tx-evidence.js'
import type { TxEvidence } from '../evidence/schema.js'
import { translator } from '../i18n/translate.js'
import { memoryFile, recall, remember } from '../memory/seen-transactions.js'
import { entryPoints } from '../decode/entry-points.js'
import { withConfiguredRoutes, type BridgeRoutes } from '../chains/bridge-routes.js'
import { buildTxReport } from '../report/build-tx-report.js'
import type { FeeChartData } from '../report/report-view.js'
import { startProgress } from '../ui/progress.js'
import { readEvidenceFile, writeEvidenceFile } from './evidence-file.js'
import type { Deps } from './deps.js'
import type { FirstRound } from './first-round.js'
import type { TransactionMemory } from '../memory/run-memory.js'
import { reportContext, type Checked } from './write-report.js'
import { connect, withDeadline, type Settings } from './session.js'
import type { SharedLook, TxOptions } from './tx-options.js'

// What `tx` does once its input is checked (tx.ts): loaded while the first round is away.

/**
 * A checked `tx` look, from its first round (sent, or undefined for an evidence file) to the report:
 * evidence, diagnosis, memory, report. `checkTransaction` (tx.ts) is the way in.
 */
export async function lookAndJudge(
  options: TxOptions,
  deps: Deps,
  shared: SharedLook,
  settings: Settings,
  firstRound: FirstRound | undefined,
): Promise<Checked> {
  // The report's texts load while the endpoints answer, not before the answers are read.
  const context = reportContext(options, settings, deps)
  context.catch(() => {}) // awaited below; a failure of the look first must not leave it unhandled
  const evidence = options.fromEvidence
    ? await readEvidence(options.fromEvidence, options.hash)
    : await gather(options, settings, deps, shared, firstRound)
  if (options.evidenceOut) await writeEvidenceFile(options.evidenceOut, await evidenceSchema(), evidence)

  const diagnosis = diagnoseTx(evidence)
  if (options.cache && !options.fromEvidence) await rememberLook(evidence, diagnosis, deps, shared.memory)

  const report = buildTxReport(evidence, diagnosis, await context)
  return { view: { report, feeChart: feeChartFor(evidence, diagnosis) }, exitCode: exitCodeFor(diagnosis), settings }
}

async function gather(
  options: TxOptions,
  settings: Settings,
  deps: Deps,
  shared: SharedLook,
  firstRound: FirstRound | undefined,
): Promise<TxEvidence> {
  // No round was sent without a hash (tx.ts): there is nothing to look up.
  if (!options.hash || !firstRound)
    throw inputError('input.hash', text('error.invalidHash', { value: '' }), text('hint.hashFormat'))
  const hash = options.hash
  const say = translator(settings.lang)
  const progress = await startProgress(say('progress.resolving'), deps.io)
  try {
    return await withDeadline(
      (async () => {
        // The memory file is read while the endpoints answer, not after them.
        const memory = !options.cache
          ? Promise.resolve(null)
          : shared.memory
            ? shared.memory.recall(hash)
            : recall(memoryFile(deps.env), hash)
        const network = await connect(options, settings, firstRound, { requestedMayBeMissing: true })
        progress.update(say('progress.searching', { count: network.connections.length }))
        return gatherTxEvidence({
          hash,
          requestedChainId: options.chain ?? null,
          connections: network.connections,
          hints: { from: options.from, nonce: options.nonce },
          memory: await memory,
          problems: network.problems,
          stats: network.stats,
          pool: network.pool,
          requestTimeoutMs: settings.requestTimeoutMs,
          now: deps.now,
          entryPoints: entryPointsFor(settings),
          bridgeRoutes: withConfiguredRoutes(settings.config.bridges as Partial<BridgeRoutes> | undefined),
          chainState: shared.chainState,
        })
      })(),
      settings,
    )
  } finally {
    progress.stop()
  }
}

/** The built-in EntryPoints and any the config adds, each once. */
const entryPointsFor = (settings: Settings) =>
  [
    ...new Set(
      [...entryPoints.map((e) => e.address), ...(settings.config.entryPoints ?? [])].map((a) => a.toLowerCase()),
    ),
  ] as Address[]

/** The evidence file's schema, loaded only for --evidence-out and --from-evidence (~3 ms of zod otherwise). */
const evidenceSchema = async () => (await import('../evidence/schema.js')).txEvidenceSchema

async function readEvidence(file: string, hash: string | undefined): Promise<TxEvidence> {
  const evidence = await readEvidenceFile(file, await evidenceSchema())
  if (hash && hash.toLowerCase() !== evidence.hash.toLowerCase()) {
    throw evidenceOtherHashError(file, evidence.hash, hash)
  }
  return evidence
}

async function rememberLook(evidence: TxEvidence, diagnosis: TxDiagnosis, deps: Deps, memory?: TransactionMemory) {
  const chainId = diagnosis.chainId
  if (!evidence.sender || chainId === null) return
  const entry = { chainId, from: evidence.sender.from, nonce: evidence.sender.nonce, lastStatus: diagnosis.status }
  try {
    if (memory) memory.remember(evidence.hash, entry, deps.now())
    else await remember(memoryFile(deps.env), evidence.hash, entry, deps.now())
  } catch {
    // The memory is a convenience: a read-only home directory must not fail a diagnosis.
  }
}

/** The chart under a waiting transaction: recent base fees against its fee cap. */
function feeChartFor(evidence: TxEvidence, diagnosis: TxDiagnosis): FeeChartData | null {
  const context = evidence.context
  if (!context?.feeHistory || !context.tx || (diagnosis.status !== 'pending' && diagnosis.status !== 'queued'))
    return null
  return { values: context.feeHistory.baseFeePerGas, feeCap: context.tx.maxFeePerGas ?? context.tx.gasPrice }
}
