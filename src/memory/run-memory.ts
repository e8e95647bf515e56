import { recallAll, rememberAll, type Remembered, type SeenTransaction } from './seen-transactions.js'

/** What a look needs of the memory: what was seen of a hash before, and a way to note what it saw. */
export type TransactionMemory = {
  recall(hash: string): Promise<SeenTransaction | null>
  remember(hash: string, entry: Remembered['entry'], now: Date): void
}

/**
 * The memory as one run of many looks sees it (`batch`): the file is read once, on the first
 * recall, and what the looks saw is kept here and written once, by `flush`, in one locked
 * read-modify-write that merges with whatever another process wrote meanwhile. A hash looked at
 * twice in the run is recalled as the run last saw it.
 */
export class RunMemory implements TransactionMemory {
  private snapshot: Promise<Record<string, SeenTransaction>> | undefined
  private readonly seen = new Map<string, Remembered>()

  constructor(private readonly file: string) {}

  async recall(hash: string): Promise<SeenTransaction | null> {
    const key = hash.toLowerCase()
    const before = (await (this.snapshot ??= recallAll(this.file)))[key] ?? null
    const now = this.seen.get(key)
    if (!now) return before
    return { ...now.entry, firstSeenAt: before?.firstSeenAt ?? now.at.toISOString() }
  }

  remember(hash: string, entry: Remembered['entry'], now: Date): void {
    this.seen.set(hash.toLowerCase(), { hash, entry, at: now })
  }

  /** Writes what the run saw; the memory is a convenience, so a failure is the caller's to ignore. */
  async flush(): Promise<void> {
    if (this.seen.size === 0) return
    const looks = [...this.seen.values()]
    this.seen.clear()
    await rememberAll(this.file, looks)
  }
}
