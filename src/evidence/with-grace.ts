/**
 * Every answer, or those in by `graceMs` after the first good one (null: failed, or still out): a
 * hanging or retrying endpoint must not hold the diagnosis until the deadline when another one has
 * answered. One that is late is simply not part of the comparison (it was not healthy enough to count).
 */
export async function withGrace<T>(work: Promise<T | null>[], graceMs: number): Promise<(T | null)[]> {
  const results: (T | null)[] = work.map(() => null)
  let timer: NodeJS.Timeout | undefined
  let firstGood: () => void = () => undefined
  const grace = new Promise<void>((resolve) => {
    firstGood = () => {
      timer ??= setTimeout(resolve, graceMs)
    }
  })
  const all = Promise.all(
    work.map(async (promise, i) => {
      const value = await promise
      results[i] = value
      if (value !== null) firstGood()
    }),
  )
  try {
    await Promise.race([all, grace])
  } finally {
    clearTimeout(timer)
  }
  return [...results]
}
