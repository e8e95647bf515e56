/**
 * Runs `work` over `items` with at most `concurrency` at once and hands each result to `emit` in
 * input order, as soon as it and every earlier one are done (a result waits only for slower
 * earlier ones, never for the whole batch).
 */
export async function runInOrder<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<R>,
  emit: (result: R, index: number) => void,
): Promise<void> {
  const done = new Map<number, R>()
  let nextToEmit = 0
  let nextToStart = 0
  const flush = () => {
    while (done.has(nextToEmit)) {
      const result = done.get(nextToEmit) as R
      done.delete(nextToEmit)
      emit(result, nextToEmit)
      nextToEmit++
    }
  }
  const worker = async () => {
    while (nextToStart < items.length) {
      const index = nextToStart++
      done.set(index, await work(items[index] as T, index))
      flush()
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker))
}
