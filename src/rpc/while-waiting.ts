/**
 * CPU work a command will need later that may as well run while a request is on the wire. At 50 ms
 * per answer, work done after the last answer adds to the wall time; done while the first answer is
 * awaited, it costs nothing (and on loopback the node answers on the other core meanwhile).
 * `whileWaiting` queues it; the HTTP client runs the queue once a request's body has been sent.
 */
const queued: (() => void)[] = []

export function whileWaiting(work: () => void): void {
  queued.push(work)
}

/** The HTTP client's hook: a request has left (its 'finish'); what was queued runs now, once. */
export function requestSent(): void {
  for (const work of queued.splice(0)) {
    try {
      work()
    } catch {
      // Only ever work done ahead of need: it runs again where it is needed, and fails there in the open.
    }
  }
}
