/** No read answer the tool makes is anywhere near this; a larger one is a faulty (or hostile) endpoint. */
export const MAX_ANSWER_BYTES = 16 * 1024 * 1024

/**
 * fetch for viem's http transport that refuses absurdly large answers — by Content-Length when
 * given, else while reading — so a misbehaving endpoint cannot exhaust memory.
 */
export async function cappedFetch(
  input: Parameters<typeof fetch>[0],
  init?: Parameters<typeof fetch>[1],
): Promise<Response> {
  const response = await fetch(input, init)
  if (Number(response.headers.get('content-length') ?? 0) > MAX_ANSWER_BYTES) {
    await response.body?.cancel()
    throw new Error('answer too large')
  }
  const chunks: Uint8Array[] = []
  let total = 0
  const reader: ReadableStreamDefaultReader<Uint8Array> | undefined = response.body?.getReader()
  for (;;) {
    const next = await reader?.read()
    if (!next || next.done) break
    total += next.value.byteLength
    if (total > MAX_ANSWER_BYTES) {
      await reader?.cancel()
      throw new Error('answer too large')
    }
    chunks.push(next.value)
  }
  return new Response(Buffer.concat(chunks), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  })
}
