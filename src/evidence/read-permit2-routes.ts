import { parseAbi, toFunctionSelector, type Address, type EIP1193RequestFn, type Hex } from 'viem'
import type { Permit2Route } from './security-schema.js'
import type { ReadClient } from '../rpc/read-client.js'

/** Permit2's SignatureTransfer entry points: each spends a signature, with no event of Permit2's own. */
const SIGNATURE_TRANSFER = new Set(
  [
    'permitTransferFrom(((address,uint256),uint256,uint256),(address,uint256),address,bytes)',
    'permitTransferFrom(((address,uint256)[],uint256,uint256),(address,uint256)[],address,bytes)',
    'permitWitnessTransferFrom(((address,uint256),uint256,uint256),(address,uint256),address,bytes32,string,bytes)',
    'permitWitnessTransferFrom(((address,uint256)[],uint256,uint256),(address,uint256)[],address,bytes32,string,bytes)',
  ].map((signature) => toFunctionSelector(signature)),
)
const nonceBitmapAbi = parseAbi(['function nonceBitmap(address owner, uint256 wordPos) view returns (uint256)'])

/** Outflows looked at per chain, and the words of one transaction's input tried as a Permit2 nonce. */
const MAX_CANDIDATES = 24
const MAX_NONCE_WORDS = 32

type RawFrame = { from?: string; to?: string; input?: string; error?: string; calls?: RawFrame[] }
export type Candidate = { hash: Hex; blockNumber: bigint; input: Hex }

/**
 * Whether token outflows the owner did not send went through Permit2's SignatureTransfer, which
 * leaves no event: the call tracer shows the call into Permit2 and who made it (the spender the
 * signature named). Where debug_traceTransaction is not served, Permit2's own state says it: a
 * word of the transaction's input, read as a SignatureTransfer nonce, whose bit in the owner's
 * nonceBitmap turned on in that very block (eth_call at the block before and the block itself).
 */
export async function readPermit2Routes(
  client: ReadClient,
  { owner, permit2, candidates }: { owner: Address; permit2: readonly Address[]; candidates: readonly Candidate[] },
): Promise<Permit2Route[]> {
  const bounded = candidates.slice(0, MAX_CANDIDATES)
  if (bounded.length === 0 || permit2.length === 0) return []
  const request = client.request as EIP1193RequestFn
  const traced = await Promise.all(
    bounded.map((c) =>
      request<{ Method: string; Parameters: unknown[]; ReturnType: RawFrame }>({
        method: 'debug_traceTransaction',
        params: [c.hash, { tracer: 'callTracer' }],
      }).then(
        (trace) => ({ c, trace }),
        () => ({ c, trace: null }),
      ),
    ),
  )
  const routes: Permit2Route[] = []
  for (const { c, trace } of traced) {
    if (trace) {
      const caller = signatureTransferCaller(trace, permit2)
      if (caller) routes.push({ hash: c.hash, caller, seenBy: 'trace' })
      continue
    }
    const flipped = await nonceUsedIn(client, owner, permit2[0]!, c).catch(() => false)
    if (flipped) routes.push({ hash: c.hash, caller: null, seenBy: 'nonce-bitmap' })
  }
  return routes
}

/** The address that called a SignatureTransfer entry point of Permit2 in a successful frame, if any. */
function signatureTransferCaller(root: RawFrame, permit2: readonly Address[]): Address | null {
  const stack: RawFrame[] = [root]
  for (let seen = 0; stack.length > 0 && seen < 2_000; seen++) {
    const frame = stack.pop()!
    if (frame.error) continue
    const to = frame.to?.toLowerCase() as Address | undefined
    const selector = frame.input?.slice(0, 10).toLowerCase() as Hex | undefined
    if (to && permit2.includes(to) && selector && SIGNATURE_TRANSFER.has(selector) && frame.from)
      return /^0x[0-9a-f]{40}$/i.test(frame.from) ? (frame.from.toLowerCase() as Address) : null
    stack.push(...(frame.calls ?? []))
  }
  return null
}

/** A SignatureTransfer nonce of the owner's, among the input's words, first used in this block. */
async function nonceUsedIn(client: ReadClient, owner: Address, permit2: Address, c: Candidate): Promise<boolean> {
  const words = [
    ...new Set(
      (c.input.slice(10).match(/.{64}/g) ?? []).map((w) => BigInt(`0x${w}`)).filter((w) => w > 0n && w < 2n ** 248n),
    ),
  ].slice(0, MAX_NONCE_WORDS)
  const bitmapAt = (wordPos: bigint, blockNumber: bigint) =>
    client.readContract({
      address: permit2,
      abi: nonceBitmapAbi,
      functionName: 'nonceBitmap',
      args: [owner, wordPos],
      blockNumber,
    })
  const checks = await Promise.all(
    words.map(async (nonce) => {
      const bit = 1n << (nonce & 0xffn)
      const [before, after] = await Promise.all([
        bitmapAt(nonce >> 8n, c.blockNumber - 1n),
        bitmapAt(nonce >> 8n, c.blockNumber),
      ])
      return (before & bit) === 0n && (after & bit) !== 0n
    }),
  )
  return checks.some(Boolean)
}
