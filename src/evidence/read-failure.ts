import { walkCauses } from '../errors/doctor-error.js'
import type { EIP1193RequestFn, Hex } from 'viem'
import type { CallFrame, FailureData, ReceiptData, TxData } from './schema.js'
import type { ReadClient } from '../rpc/read-client.js'

/** Bounds on what a trace may add to the evidence: enough to see the failure, never megabytes. */
const MAX_FRAMES = 150
const MAX_HEX = 4096

type RawFrame = {
  type: string
  from: string
  to?: string
  input?: string
  output?: string
  error?: string
  calls?: RawFrame[]
}

/**
 * Why a mined transaction failed. `debug_traceTransaction` with the call tracer shows every call,
 * the deepest failing one and an out-of-gas exactly. Where it is not served, the transaction is
 * replayed with eth_call at its parent block — an approximation, said so in the evidence.
 */
export async function readFailure(client: ReadClient, tx: TxData, receipt: ReceiptData): Promise<FailureData> {
  const request = client.request as EIP1193RequestFn
  try {
    const trace = await request<{ Method: string; Parameters: unknown[]; ReturnType: RawFrame }>({
      method: 'debug_traceTransaction',
      params: [tx.hash, { tracer: 'callTracer' }],
    })
    const calls = flatten(trace)
    const revertData = (trace.output as Hex | undefined) ?? null
    // The reason comes from the deepest call that reverted with it, not from the deepest failure:
    // a router's "STF" is the router's word, though the token's transferFrom below it failed first.
    const failing = [...calls].reverse().filter((frame) => frame.error !== null)
    const origin =
      failing.find((frame) => revertData !== null && frame.output === clip(revertData)) ?? failing[0] ?? null
    return {
      method: 'trace',
      revertData,
      failingCall: origin,
      outOfGas: calls.some((frame) => /out of gas/i.test(frame.error ?? '')),
      calls,
    }
  } catch {
    return replay(client, tx, receipt)
  }
}

async function replay(client: ReadClient, tx: TxData, receipt: ReceiptData): Promise<FailureData> {
  const none: FailureData = { method: 'none', revertData: null, failingCall: null, outOfGas: false, calls: [] }
  try {
    // No `to`: a contract creation, replayed as one.
    await client.call({
      account: tx.from,
      to: tx.to ?? undefined,
      data: tx.input,
      value: tx.value,
      gas: tx.gas,
      blockNumber: receipt.blockNumber - 1n,
    })
    // It succeeds on the parent block's state: whatever made it fail happened inside the block.
    return { ...none, method: 'replay' }
  } catch (error) {
    const data = revertDataOf(error)
    return data === null ? none : { ...none, method: 'replay', revertData: data }
  }
}

/** The revert data an eth_call failed with ('0x' for a bare revert); null when it failed for another reason. */
export function revertDataOf(error: unknown): Hex | null {
  const withData = walkCauses(
    error,
    (e) => typeof e === 'object' && e !== null && 'data' in e && typeof e.data === 'string',
  ) as { data: Hex } | null
  if (withData) return withData.data
  return walkCauses(error, (e) => e instanceof Error && /revert/i.test(e.message)) ? '0x' : null
}

function flatten(root: RawFrame): CallFrame[] {
  const frames: CallFrame[] = []
  const visit = (frame: RawFrame, depth: number) => {
    if (frames.length >= MAX_FRAMES) return
    frames.push({
      depth,
      type: frame.type,
      from: frame.from.toLowerCase() as Hex,
      to: (frame.to?.toLowerCase() as Hex | undefined) ?? null,
      input: clip(frame.input) ?? '0x',
      output: clip(frame.output),
      error: frame.error ?? null,
    })
    for (const child of frame.calls ?? []) visit(child, depth + 1)
  }
  visit(root, 0)
  return frames
}

const clip = (hex: string | undefined) => (hex === undefined ? null : (hex.slice(0, MAX_HEX) as Hex))
