/**
 * JSON-RPC error objects found anywhere in a pasted text: a wallet's error, the node's answer it
 * wraps (MetaMask nests the node's error in `data`, or `data.originalError`), ethers' `error=` /
 * `info.error` and the `body` string ethers v5 carries (JSON inside a JSON string). Pure; the text
 * is hostile, so parsing is bounded and a fragment that does not parse is simply not an object.
 */
export type RpcErrorNode = { code: number | null; message: string | null; data: string | null }

/** A pasted error is a few kilobytes; anything far larger is not parsed as JSON at all. */
const MAX_JSON_LENGTH = 200_000
const MAX_DEPTH = 8
const MAX_OBJECTS = 50
/** Characters scanned for braces, in all: hostile text full of unmatched `{` must not cost quadratic time. */
const SCAN_BUDGET = 2_000_000

export function findRpcErrors(text: string): RpcErrorNode[] {
  const found: RpcErrorNode[] = []
  for (const value of jsonValuesIn(text)) collect(value, found, 0)
  return found.slice(0, MAX_OBJECTS)
}

/** Every top-level `{…}` that parses as JSON, scanned left to right. */
function* jsonValuesIn(text: string): Generator<unknown> {
  let from = 0
  let produced = 0
  let budget = SCAN_BUDGET
  while (produced < MAX_OBJECTS && budget > 0) {
    const start = text.indexOf('{', from)
    if (start === -1) return
    const end = matchingBrace(text, start, budget)
    if (end === -1) return
    budget -= end - start + 1
    const candidate = text.slice(start, end + 1)
    const parsed = candidate.length <= MAX_JSON_LENGTH ? tryParse(candidate) : undefined
    if (parsed !== undefined) {
      produced++
      yield parsed
      from = end + 1
    } else from = start + 1
  }
}

function matchingBrace(text: string, start: number, budget: number): number {
  let depth = 0
  let inString = false
  const limit = Math.min(MAX_JSON_LENGTH, budget)
  for (let i = start; i < text.length && i - start <= limit; i++) {
    const c = text[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
    } else if (c === '"') inString = true
    else if (c === '{') depth++
    else if (c === '}' && --depth === 0) return i
  }
  return -1
}

function tryParse(candidate: string): unknown {
  try {
    return JSON.parse(candidate) as unknown
  } catch {
    return undefined
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Keys under which wallets and libraries nest the error they wrap. */
const NESTED = ['error', 'data', 'originalError', 'cause', 'info', 'err', 'innerError', 'body', 'value', 'payload']

function collect(value: unknown, found: RpcErrorNode[], depth: number): void {
  if (depth > MAX_DEPTH || found.length >= MAX_OBJECTS) return
  if (typeof value === 'string') {
    // ethers v5 keeps the node's whole answer as a JSON string in `body`; MetaMask quotes it inside a message.
    if (value.includes('{') && value.length <= MAX_JSON_LENGTH)
      for (const inner of jsonValuesIn(value)) collect(inner, found, depth + 1)
    return
  }
  if (Array.isArray(value)) {
    for (const item of value.slice(0, MAX_OBJECTS)) collect(item, found, depth + 1)
    return
  }
  if (!isRecord(value)) return
  const code = typeof value.code === 'number' && Number.isInteger(value.code) ? value.code : null
  const message = typeof value.message === 'string' ? value.message : null
  const data = typeof value.data === 'string' ? value.data : null
  if (code !== null || message !== null) found.push({ code, message, data })
  for (const key of NESTED) if (key in value) collect(value[key], found, depth + 1)
}
