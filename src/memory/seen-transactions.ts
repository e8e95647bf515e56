import { randomBytes } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import * as z from 'zod'
import { cacheFolder } from '../cache-home.js'
import { withFileLock } from './file-lock.js'

/**
 * The tool's memory of transactions it has looked at, so that a hash which no node knows any
 * more can still be judged: a user who checked a pending transaction yesterday is told today
 * whether it was dropped or replaced. Only public on-chain facts are kept, on this machine only.
 */
const seenSchema = z.object({
  chainId: z.number().int(),
  from: z.string().regex(/^0x[0-9a-fA-F]{40}$/),
  nonce: z.number().int().nonnegative(),
  firstSeenAt: z.string(),
  lastStatus: z.string(),
})
const fileSchema = z.object({ version: z.literal(1), transactions: z.record(z.string(), seenSchema) })

export type SeenTransaction = z.infer<typeof seenSchema> & { from: `0x${string}` }

/** Old entries go first; a support tool needs days of memory, not years. */
const MAX_ENTRIES = 500

export function memoryFile(env: NodeJS.ProcessEnv): string {
  return join(cacheFolder(env), 'seen-transactions.json')
}

/** Every remembered transaction, by lowercase hash (an empty record when the file is missing or damaged). */
export async function recallAll(file: string): Promise<Record<string, SeenTransaction>> {
  try {
    return fileSchema.parse(JSON.parse(await readFile(file, 'utf8'))).transactions as Record<string, SeenTransaction>
  } catch {
    return {} // a missing or damaged cache is an empty one, never an error
  }
}

export async function recall(file: string, hash: string): Promise<SeenTransaction | null> {
  return (await recallAll(file))[hash.toLowerCase()] ?? null
}

/** Writes to each file, one after another: `batch` looks at many transactions in one process, and two
 * read-modify-write rounds at once would lose one entry (or race on the temporary file). */
const queues = new Map<string, Promise<unknown>>()

export type Remembered = { hash: string; entry: Omit<SeenTransaction, 'firstSeenAt'>; at: Date }

export function remember(file: string, hash: string, entry: Omit<SeenTransaction, 'firstSeenAt'>, now: Date) {
  return rememberAll(file, [{ hash, entry, at: now }])
}

/** Several looks in one read-modify-write (`batch` writes its whole run so, once). */
export function rememberAll(file: string, looks: readonly Remembered[]) {
  const previous = queues.get(file) ?? Promise.resolve()
  const next = previous.catch(() => {}).then(() => write(file, looks))
  queues.set(file, next)
  void next.finally(() => queues.get(file) === next && queues.delete(file)).catch(() => {})
  return next
}

/** The file already says this about the hash: nothing to write. */
function alreadyKnown(
  all: Record<string, z.infer<typeof seenSchema>>,
  key: string,
  entry: Omit<SeenTransaction, 'firstSeenAt'>,
) {
  const seen = all[key]
  return (
    seen !== undefined &&
    seen.chainId === entry.chainId &&
    seen.from === entry.from &&
    seen.nonce === entry.nonce &&
    seen.lastStatus === entry.lastStatus
  )
}

async function write(file: string, looks: readonly Remembered[]) {
  // A second look at the same transactions with the same outcome (the usual case) changes nothing:
  // no lock, no rewrite of up to 500 entries.
  const known = await recallAll(file)
  if (looks.every((l) => alreadyKnown(known, l.hash.toLowerCase(), l.entry))) return
  await mkdir(dirname(file), { recursive: true, mode: 0o700 })
  // Read, change and write under a lock: twenty runs at once must not lose each other's entries.
  await withFileLock(file, async () => {
    const all = await recallAll(file)
    for (const { hash, entry, at } of looks) {
      const key = hash.toLowerCase()
      all[key] = { ...entry, firstSeenAt: all[key]?.firstSeenAt ?? at.toISOString() }
    }
    const kept = Object.entries(all)
      .sort(([, a], [, b]) => a.firstSeenAt.localeCompare(b.firstSeenAt))
      .slice(-MAX_ENTRIES)
    // Written beside and renamed over, so a crash never leaves half a file.
    const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
    await writeFile(temporary, JSON.stringify({ version: 1, transactions: Object.fromEntries(kept) }, null, 2), {
      mode: 0o600,
      flag: 'wx',
    })
    await rename(temporary, file)
  })
}
