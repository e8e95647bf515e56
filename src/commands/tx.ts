import { Command } from 'commander'
import type { Address } from 'viem'
import * as z from 'zod'
import { diagnoseTx, exitCodeFor, type TxDiagnosis } from '../diagnose/diagnose-tx.js'
import { inputError } from '../errors/doctor-error.js'
import { evidenceFileError } from '../errors/input-errors.js'
import { text } from '../i18n/text.js'
import { gatherTxEvidence } from '../evidence/gather-tx-evidence.js'
import { transactionLookupCalls } from '../evidence/read-transaction.js'
import { txEvidenceSchema, type TxEvidence } from '../evidence/schema.js'
import { translator, type Say } from '../i18n/translate.js'
import { memoryFile, recall, remember } from '../memory/seen-transactions.js'
import type { TransactionMemory } from '../memory/run-memory.js'
import type { SharedChainState } from '../evidence/shared-chain-state.js'
import { entryPoints } from '../decode/entry-points.js'
import { withConfiguredRoutes, type BridgeRoutes } from '../chains/bridge-routes.js'
import { isBareHex64, recogniseNonEvmId } from '../decode/non-evm-ids.js'
import { addBareTxidNote, refuseSolanaSecretKey, runNonEvm } from './non-evm.js'
import { buildTxReport } from '../report/build-tx-report.js'
import type { FeeChartData } from '../report/report-view.js'
import { startProgress } from '../ui/progress.js'
import { reportCommandSchema } from './common-options.js'
import { declare, languageOptions, networkOptions, outputOptions, reportOptions } from './option-groups.js'
import { addressSchema, hashSchema, nonceSchema } from './option-schemas.js'
import { parseOptions } from './parse-options.js'
import { readEvidenceFile, writeEvidenceFile } from './evidence-file.js'
import { DEFAULT_WATCH_TIMEOUT_MS, watchTimeoutSchema } from './watch-duration.js'
import type { Deps } from './deps.js'
import { reportContext, writeReport, type Checked } from './write-report.js'
import { connect, settingsFor, withDeadline, type Settings } from './session.js'

export const txOptionsSchema = reportCommandSchema.extend({
  hash: hashSchema.optional(),
  from: addressSchema.optional(),
  nonce: nonceSchema.optional(),
  evidenceOut: z.string().min(1).optional(),
  fromEvidence: z.string().min(1).optional(),
  cache: z.boolean().default(true),
  watch: z.boolean().default(false),
  watchTimeout: watchTimeoutSchema.optional(),
})
export type TxOptions = z.infer<typeof txOptionsSchema>

export function txCommand(say: Say, deps: Deps, setExitCode: (code: number) => void): Command {
  const command = new Command('tx')
    .description(say('cmd.tx'))
    .argument('[hash]', say('cmd.tx.hash'))
    .option('--from <address>', say('opt.from'))
    .option('--nonce <n>', say('opt.nonce'))
    .option('--evidence-out <file>', say('opt.evidenceOut'))
    .option('--from-evidence <file>', say('opt.fromEvidence'))
    .option('--no-cache', say('opt.noCache'))
    .option('--watch', say('opt.watch'))
    .option('--watch-timeout <duration>', say('opt.watchTimeout'))
  for (const group of [reportOptions, networkOptions, outputOptions, languageOptions]) declare(command, say, group)
  command.addHelpText('after', `\n${say('cli.examples')}:\n${say('cmd.tx.examples')}`)
  return command.action(async (hash: string | undefined, raw: Record<string, unknown>) => {
    // Issue 18: a Solana signature or a Bitcoin/Tron address is answered, not refused as an invalid hash;
    // 64 hex characters without 0x are searched as an EVM hash, then may be a Bitcoin or Tron id.
    refuseSolanaSecretKey(hash, deps)
    const nonEvm = hash === undefined ? null : recogniseNonEvmId(hash)
    if (nonEvm) return setExitCode(await runNonEvm(nonEvm, raw, deps))
    const bare = hash !== undefined && isBareHex64(hash)
    const options = parseOptions(txOptionsSchema, { ...raw, hash: bare ? `0x${hash.trim()}` : hash })
    setExitCode(await runTx(options, deps, bare ? hash.trim() : undefined))
  })
}

export async function runTx(options: TxOptions, deps: Deps, bareId?: string): Promise<number> {
  if (options.watch && !options.fromEvidence) {
    const watchTimeout = options.watchTimeout ?? DEFAULT_WATCH_TIMEOUT_MS
    // Loaded only for --watch: a single look does not pay for the polling loop and its display.
    const { watchTransaction } = await import('./watch-tx.js')
    return watchTransaction(
      { ...options, watchTimeout },
      { deps, settings: settingsFor(options, deps), check: (o) => checkTransaction(o, deps) },
    )
  }
  const checked = await checkTransaction(options, deps)
  return writeReport(bareId ? addBareTxidNote(checked, bareId) : checked, options, deps)
}

/**
 * What the looks of one run (`batch`) share: the head and fee history per chain and block, and the
 * memory read once and written once. A single `tx` shares nothing.
 */
export type SharedLook = { chainState?: SharedChainState; memory?: TransactionMemory }

/** Everything `tx` does short of printing: shared by the command and the interactive tree. */
export async function checkTransaction(options: TxOptions, deps: Deps, shared: SharedLook = {}): Promise<Checked> {
  const settings = settingsFor(options, deps)
  const context = await reportContext(options, settings, deps)
  if (options.nonce !== undefined && !options.from) {
    throw inputError('input.from', text('error.nonceNeedsFrom'), text('hint.help'))
  }
  const evidence = options.fromEvidence
    ? await readEvidence(options.fromEvidence, options.hash)
    : await gather(options, settings, deps, shared)
  if (options.evidenceOut) await writeEvidenceFile(options.evidenceOut, txEvidenceSchema, evidence)

  const diagnosis = diagnoseTx(evidence)
  if (options.cache && !options.fromEvidence) await rememberLook(evidence, diagnosis, deps, shared.memory)

  const report = buildTxReport(evidence, diagnosis, context)
  return { view: { report, feeChart: feeChartFor(evidence, diagnosis) }, exitCode: exitCodeFor(diagnosis), settings }
}

async function gather(options: TxOptions, settings: Settings, deps: Deps, shared: SharedLook): Promise<TxEvidence> {
  if (!options.hash) throw inputError('input.hash', text('error.invalidHash', { value: '' }), text('hint.hashFormat'))
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
        const network = await connect(options, settings, transactionLookupCalls(hash))
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
      settings.timeoutMs,
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

async function readEvidence(file: string, hash: string | undefined): Promise<TxEvidence> {
  const evidence = await readEvidenceFile(file, txEvidenceSchema)
  if (hash && hash.toLowerCase() !== evidence.hash.toLowerCase()) {
    throw evidenceFileError(file, `it is about ${evidence.hash}, not ${hash}`)
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
