import type { Hash } from 'viem'
import { formatDuration } from '../i18n/duration.js'
import { translator } from '../i18n/translate.js'
import { gwei } from '../report/format.js'
import { reportOutput } from '../report/report-output.js'
import { LiveBlock } from '../ui/live-block.js'
import type { Deps } from './deps.js'
import { connect, withDeadline, type Settings } from './session.js'
import { shortensAddresses, writeReport, type Checked } from './write-report.js'
import type { ReadClient } from '../rpc/read-client.js'
import { DoctorError, walkCauses } from '../errors/doctor-error.js'
import { noEndpointAnsweredError } from '../errors/rpc-errors.js'

/** What watching needs of `tx`'s options; `tx` passes its own (and its check), so this file needs nothing of tx.ts. */
type WatchOptions = Parameters<typeof writeReport>[1] &
  Parameters<typeof connect>[0] & {
    hash?: string | undefined
    from?: `0x${string}` | undefined
    nonce?: number | undefined
    watchTimeout: number
  }

/** Statuses worth following: the transaction may still change. Everything else is an end. */
const WAITING = new Set(['pending', 'queued', 'not-found'])

/**
 * Still worth watching: waiting, or given in a block with no receipt yet (tx.mined-no-receipt: the
 * endpoint has not caught up, and its own advice is to check again in a moment).
 */
const stillOpen = (checked: Checked) =>
  WAITING.has(checked.view.report.status) ||
  (checked.view.report.status === 'undetermined' &&
    checked.view.report.findings.some((f) => f.code === 'tx.mined-no-receipt'))

/** Between polls while nothing moves: from one second, doubling, to twelve (about a mainnet block). */
const FIRST_POLL_MS = 1000
const MAX_POLL_MS = 12_000

/** What one poll sees: one batched request (head, the transaction, its receipt, the sender's nonces). */
type Glimpse = {
  head: bigint
  baseFee: bigint | null
  inPool: boolean
  mined: boolean
  /** The sender's mined and pending nonces; null while the sender is unknown. */
  nonces: { latest: number; pending: number } | null
}

/** The status event: what `--json` prints on each change, and what the live block shows. */
type StatusEvent = {
  event: 'status'
  status: string
  chainId: number | null
  block: string | null
  waitingSeconds: number
  baseFee: string | null
  feeCap: string | null
  /** Earlier nonces not yet sent or mined, which this one waits behind. */
  missingBefore: number | null
  /** Another transaction with the same nonce is waiting: it may replace this one. */
  replacementWaiting: boolean
}

/**
 * `tx <hash> --watch`: follows a waiting transaction until it is mined, dropped or replaced (or
 * the watch time runs out), then gives the same report `tx` gives, with the same exit code. Each
 * poll is one batched read; a full check runs only when something changed. With `--json`, stdout
 * carries NDJSON: status events, then the report as the last line. At a terminal, a live block on
 * stderr is redrawn in place; stdout gets only the final report.
 */
export async function watchTransaction<O extends WatchOptions>(options: O, how: WatchHow<O>): Promise<number> {
  const checked = await followTransaction(options, how)
  const { deps, settings } = how
  if (settings.format === 'json') {
    const output = reportOutput(checked.view, {
      shortenAddresses: shortensAddresses(checked.settings, options.redactAddresses),
      exitCode: checked.exitCode,
    })
    deps.io.out.write(`${JSON.stringify(output.json)}\n`)
    return output.exitCode
  }
  return writeReport(checked, options, deps)
}

type WatchHow<O> = { deps: Deps; settings: Settings; check: (options: O) => Promise<Checked> }

/**
 * The watching itself, without the final report: status events (NDJSON with `--json`, else a live
 * block at a terminal or a line per change on stderr) until the transaction's fate is known or
 * the time is up. Returns the last check; the conversation's "watch it for me" shows it its way.
 */
export async function followTransaction<O extends WatchOptions>(
  options: O,
  { deps, settings, check: checkTransaction }: WatchHow<O>,
): Promise<Checked> {
  const say = translator(settings.lang)
  const started = deps.now().getTime()
  const json = settings.format === 'json'
  const live = !json && deps.io.err.isTTY === true ? new LiveBlock(deps.io.err) : null
  let checked = await checkTransaction(options)
  let lastEvent = ''
  let lastLines: string[] = []
  const emit = (event: StatusEvent) => {
    const key = JSON.stringify({ ...event, waitingSeconds: 0, block: null, baseFee: null })
    lastLines = statusLines(event, say, checked)
    if (json && key !== lastEvent) deps.io.out.write(`${JSON.stringify(event)}\n`)
    if (!json && !live && key !== lastEvent) deps.io.err.write(`${lastLines.join('\n')}\n`)
    live?.draw(lastLines)
    lastEvent = key
  }
  /** A look that got no answer: said once per run of them (on stderr, never in the NDJSON), and watching goes on. */
  let missing = false
  const missed = () => {
    if (live) live.draw([...lastLines, say('watch.noAnswer')])
    else if (!missing) deps.io.err.write(`${say('watch.noAnswer')}\n`)
    missing = true
  }
  // How long it has been waiting: since this computer first saw it (the tool's memory), not since
  // the watch began — a transaction stuck for an hour is not "waiting 0 s".
  const since = firstSeenAt(checked) ?? started
  const waited = () => (deps.now().getTime() - since) / 1000
  emit(eventFrom(checked, null, waited()))

  let stillWaiting = false
  let seen: Glimpse | null = null
  if (stillOpen(checked)) {
    const chainId = checked.view.report.chain?.id
    const connectToChain = async () => {
      const network = await connect({ ...options, chain: chainId ?? options.chain }, settings)
      return network.connections.find((c) => chainId === undefined || c.chain.id === chainId) ?? null
    }
    let connection = await connectToChain()
    if (connection) {
      /** One look, and the full check when something changed; null when the endpoints did not answer. */
      const attempt = async <T>(work: () => Promise<T>): Promise<T | null> => {
        try {
          const value = await work()
          missing = false
          return value
        } catch (error) {
          if (!isNetworkMiss(error)) throw error
          missed()
          return null
        }
      }
      let interval = FIRST_POLL_MS
      /** Time between the last two heads seen, once known. */
      let blockMs: number | null = null
      let lastHeadAt: number | null = null
      let previous: Glimpse | null = null
      let timedOut = true
      while (deps.now().getTime() - started < options.watchTimeout) {
        await sleep(Math.min(interval, options.watchTimeout - (deps.now().getTime() - started)))
        const sender = senderOf(checked)
        // After a look that got no answer, a fresh connection: the old one has set its failing
        // endpoints aside for good, and they may well answer now.
        connection ??= await attempt(connectToChain)
        const client = connection?.client
        const glimpse = await attempt(async () => {
          if (!client) throw noEndpointAnsweredError()
          return withDeadline(look(client, options.hash as Hash, sender), {
            // One chain's connection: a --rpc URL for it replaced its public endpoints, so no hint about them.
            timeoutMs: settings.timeoutMs,
          })
        })
        if (!glimpse) {
          connection = null
          // A flaky endpoint or a bad moment of the network: look again later, as when nothing moves.
          interval = Math.min(interval * 2, MAX_POLL_MS)
          continue
        }
        seen = glimpse
        const moved = previous !== null && glimpse.head !== previous.head
        // After a new head, wait about one block time before the next look (gentle on public
        // endpoints: about one batch per block); while nothing moves, back off up to MAX_POLL_MS.
        if (moved) {
          const now = deps.now().getTime()
          if (lastHeadAt !== null) blockMs = Math.min(Math.max(now - lastHeadAt, FIRST_POLL_MS), MAX_POLL_MS)
          lastHeadAt = now
        }
        interval = moved ? (blockMs ?? FIRST_POLL_MS) : Math.min(interval * 2, MAX_POLL_MS)
        if (changed(checked, glimpse, sender)) {
          // Something happened: the full check decides what, with the sender and nonce it had.
          const rechecked = await attempt(() =>
            checkTransaction({ ...options, from: sender?.from, nonce: sender?.nonce }),
          )
          if (!rechecked) continue
          checked = rechecked
          if (!stillOpen(checked)) {
            timedOut = false
            break
          }
        }
        emit(eventFrom(checked, glimpse, waited()))
        previous = glimpse
      }
      stillWaiting = timedOut && stillOpen(checked)
    }
  }
  emit(eventFrom(checked, seen, waited()))
  live?.end()
  // After the live block, not inside it: a line written there would throw its redrawing off.
  if (stillWaiting) deps.io.err.write(`${say('watch.timedOut', { waited: formatDuration(waited(), settings.lang) })}\n`)
  return checked
}

/**
 * The endpoints did not answer a look (none answered correctly, or not in time): worth another look
 * later. Anything else — bad input, the caller's AbortSignal — ends the watch as before.
 */
const isNetworkMiss = (error: unknown) =>
  walkCauses(error, (e) => e instanceof DoctorError && (e.code === 'rpc.unreachable' || e.code === 'rpc.deadline')) !==
  null

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))

function senderOf(checked: Checked): { from: `0x${string}`; nonce: number } | null {
  const sender = (checked.view.report.evidence as { sender?: { from: `0x${string}`; nonce: number } | null }).sender
  return sender ?? null
}

/** One poll: head, base fee, the transaction, its receipt and the sender's nonces, in one batch. */
async function look(
  client: ReadClient,
  hash: Hash,
  sender: { from: `0x${string}`; nonce: number } | null,
): Promise<Glimpse> {
  // Untyped on purpose: these five calls leave together as one JSON-RPC batch (chain-transport.ts).
  const call = <T>(method: string, params: unknown[]) =>
    (client.request as unknown as (args: { method: string; params: unknown[] }) => Promise<T>)({ method, params })
  const [block, tx, receipt, latest, pending] = await Promise.all([
    call<{ number: string; baseFeePerGas?: string } | null>('eth_getBlockByNumber', ['latest', false]),
    call<{ blockNumber: string | null } | null>('eth_getTransactionByHash', [hash]),
    call<unknown>('eth_getTransactionReceipt', [hash]),
    sender ? call<string>('eth_getTransactionCount', [sender.from, 'latest']) : null,
    sender ? call<string>('eth_getTransactionCount', [sender.from, 'pending']) : null,
  ])
  return {
    head: BigInt(block?.number ?? 0),
    baseFee: block?.baseFeePerGas ? BigInt(block.baseFeePerGas) : null,
    inPool: tx !== null && !tx.blockNumber,
    mined: receipt !== null || Boolean(tx?.blockNumber),
    nonces: latest !== null && pending !== null ? { latest: Number(latest), pending: Number(pending) } : null,
  }
}

/**
 * Whether the transaction's fate may have changed since the last full check: mined, gone from the
 * pool (dropped, or replaced once another transaction with its nonce is mined), or seen for the
 * first time. A replacement still waiting is not an end: the old one may yet be mined.
 */
function changed(checked: Checked, glimpse: Glimpse, sender: { nonce: number } | null): boolean {
  const status = checked.view.report.status
  if (glimpse.mined) return true
  if (status === 'not-found') return glimpse.inPool
  if (glimpse.inPool) {
    // Still waiting: a nonce gap may have been filled (queued → pending).
    return status === 'queued' && sender !== null && glimpse.nonces !== null && glimpse.nonces.latest >= sender.nonce
  }
  if (!sender || !glimpse.nonces) return true
  // Gone from the pool: replaced once its nonce is mined; dropped when nothing else holds its nonce.
  return glimpse.nonces.latest > sender.nonce || glimpse.nonces.pending <= sender.nonce
}

function eventFrom(checked: Checked, glimpse: Glimpse | null, waitingSeconds: number): StatusEvent {
  const report = checked.view.report
  const sender = senderOf(checked)
  const feeCap = checked.view.feeChart?.feeCap ?? null
  const nonces = glimpse?.nonces ?? null
  return {
    event: 'status',
    status: report.status,
    chainId: report.chain?.id ?? null,
    block: glimpse ? glimpse.head.toString() : null,
    waitingSeconds: Math.round(waitingSeconds),
    baseFee: glimpse?.baseFee?.toString() ?? null,
    feeCap: feeCap === null ? null : BigInt(feeCap).toString(),
    missingBefore: sender && nonces && sender.nonce > nonces.pending ? sender.nonce - nonces.pending : null,
    replacementWaiting:
      WAITING.has(report.status) &&
      Boolean(glimpse && !glimpse.inPool && !glimpse.mined && nonces && sender && nonces.pending > sender.nonce),
  }
}

/** The live block: what is happening, in a few lines a person can take in at a glance. */
function statusLines(event: StatusEvent, say: ReturnType<typeof translator>, checked: Checked): string[] {
  const report = checked.view.report
  const lang = report.lang
  const hash = report.subject.kind === 'tx' ? report.subject.hash : ''
  const lines = [
    say('watch.title', { hash: `${hash.slice(0, 10)}…${hash.slice(-4)}`, chain: report.chain?.name ?? '?' }),
    say('watch.status', {
      status: say(`status.${report.status}`),
      waited: formatDuration(event.waitingSeconds, lang),
    }),
  ]
  if (report.status === 'not-found') lines.push(say('watch.notYetSeen'))
  if (event.block) lines.push(say('watch.head', { block: event.block }))
  if (event.baseFee && event.feeCap) {
    lines.push(say('watch.fees', { baseFee: gwei(event.baseFee), feeCap: gwei(event.feeCap) }))
    if (BigInt(event.feeCap) < BigInt(event.baseFee)) lines.push(say('watch.feeTooLow'))
  }
  if (event.missingBefore) lines.push(say('watch.gap', { missing: event.missingBefore }))
  if (event.replacementWaiting) lines.push(say('watch.replacementWaiting'))
  lines.push(say('watch.stopHint'))
  return lines
}

/** When the tool first saw this transaction waiting (the firstSeenAt of tx.pending), in ms; null when it did not. */
function firstSeenAt(checked: Checked): number | null {
  const pending = checked.view.report.findings.find((f) => f.code === 'tx.pending')
  const at = (pending?.data as { firstSeenAt?: string | null } | undefined)?.firstSeenAt
  const ms = at ? Date.parse(at) : Number.NaN
  return Number.isFinite(ms) ? ms : null
}
