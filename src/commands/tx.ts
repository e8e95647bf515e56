import { Command } from 'commander'
import { inputError } from '../errors/doctor-error.js'
import { text } from '../i18n/text.js'
import { transactionLookupCalls } from '../evidence/transaction-lookup-calls.js'
import type { Say } from '../i18n/translate.js'
import { isBareHex64, isSolanaSecretKey, recogniseNonEvmId } from '../decode/non-evm-ids.js'
import { declare, languageOptions, networkOptions, outputOptions, reportOptions } from './option-groups.js'
import { parseOptions } from './parse-options.js'
import { DEFAULT_WATCH_TIMEOUT_MS } from './watch-duration.js'
import type { Deps } from './deps.js'
import type { Checked } from './write-report.js'
import { settingsFor } from './settings.js'
import { sendFirstRound } from './first-round.js'
import { hashFromPaste } from './hash-paste.js'
import { txOptionsSchema, type SharedLook, type TxOptions } from './tx-options.js'

// The command and its input checks: everything that reads and judges a chain is in tx-look.ts,
// loaded once the input is checked and the first round has left (README, "Speed").

export { txOptionsSchema, type SharedLook, type TxOptions } from './tx-options.js'

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
  return command.action(async (given: string | undefined, raw: Record<string, unknown>) => {
    const pasted = given === undefined ? undefined : hashFromPaste(given)
    const hash = pasted?.hash
    // An explorer link names its network: looked at first, unless --chain says otherwise.
    if (pasted?.chainId !== undefined && raw.chain === undefined) raw = { ...raw, chain: String(pasted.chainId) }
    // Issue 18: a Solana signature or a Bitcoin/Tron address is answered, not refused as an invalid hash;
    // 64 hex characters without 0x are searched as an EVM hash, then may be a Bitcoin or Tron id.
    if (hash !== undefined && isSolanaSecretKey(hash)) (await import('./non-evm.js')).refuseSolanaSecretKey(hash, deps)
    const nonEvm = hash === undefined ? null : recogniseNonEvmId(hash)
    if (nonEvm) return setExitCode(await (await import('./non-evm.js')).runNonEvm(nonEvm, raw, deps))
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
  const { writeReport } = await import('./write-report.js')
  const noted = bareId ? (await import('./non-evm.js')).addBareTxidNote(checked, bareId) : checked
  return writeReport(noted, options, deps)
}

/**
 * Everything `tx` does short of printing: shared by the command, the interactive tree, `batch` and
 * the library. Input is checked first; then the first round leaves (first-round.ts) and the code that
 * reads and judges its answers loads while it is away — on a distant endpoint, most of a round trip.
 */
export async function checkTransaction(options: TxOptions, deps: Deps, shared: SharedLook = {}): Promise<Checked> {
  if (options.nonce !== undefined && !options.from) {
    throw inputError('input.from', text('error.nonceNeedsFrom'), text('hint.help'))
  }
  const settings = settingsFor(options, deps)
  const firstRound =
    options.fromEvidence || !options.hash
      ? undefined
      : sendFirstRound(options, settings, transactionLookupCalls(options.hash))
  const { lookAndJudge } = await import('./tx-look.js')
  return lookAndJudge(options, deps, shared, settings, firstRound)
}
