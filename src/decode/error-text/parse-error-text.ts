import { findAaCodes, type AaCode } from './aa-codes.js'
import { findRpcErrors } from './json-errors.js'
import { readErrorCode, readNodeMessages, type NodeMessage } from './node-messages.js'
import { readNonEvmMessage, type NonEvmMessage } from './non-evm-messages.js'
import { findPublicIds, type PublicIds } from './public-ids.js'
import { findCall, findRevert, type CallInText, type RevertInText } from './revert-in-text.js'

/** Where a revert happened: the wallet's gas estimate or a call (nothing was sent), or a mined transaction. */
export type RevertStage = 'estimation' | 'call' | 'mined' | 'unknown'

/** Everything a pasted error says, read without judging it: the rules (diagnose/) decide what it means. */
export type ErrorTextFacts = {
  /** JSON-RPC and EIP-1193 error codes, outermost first. */
  codes: number[]
  messages: NodeMessage[]
  revert: RevertInText | null
  stage: RevertStage
  call: CallInText
  aa: AaCode[]
  nonEvm: NonEvmMessage | null
  ids: PublicIds
  /** The innermost message of a JSON error, else the first line: what an unrecognised error said. */
  quote: string | null
}

/** A pasted error is rarely more than a few kilobytes; beyond this it is read only in part. */
export const MAX_ERROR_TEXT = 100_000
/** Lines read for node messages: an error is a few dozen; a log pasted whole is read from its start. */
const MAX_LINES = 2_000

/** Pure: a (redacted) error text → what it says. */
export function parseErrorText(input: string): ErrorTextFacts {
  const text = input.slice(0, MAX_ERROR_TEXT)
  const nodes = findRpcErrors(text)
  const codes = [...new Set([...nodes.flatMap((n) => (n.code === null ? [] : [n.code])), ...codesInText(text)])]
  const jsonMessages = nodes.flatMap((n) => (n.message === null ? [] : [n.message]))
  // Innermost first: a node's own words say more than the wallet's wrapper ("Internal JSON-RPC error.").
  const lines = text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, MAX_LINES)
  const aa = findAaCodes(text)
  // "AA23 reverted" is the EntryPoint's code, not a contract's revert reason: the AA finding says it.
  const isAaReason = (reason: string | null) => aa.length > 0 && (reason === null || /^AA\d\d\b/.test(reason))
  const messages = readNodeMessages([...[...jsonMessages].reverse(), ...lines, text]).filter(
    (m) => m.kind !== 'reverted' || !isAaReason(m.reason),
  )
  for (const code of codes) {
    const read = readErrorCode(code)
    if (read && !messages.some((m) => m.kind === read.kind)) messages.push(read)
  }
  const reasons = [
    ...messages.flatMap((m) => (m.kind === 'reverted' && m.reason ? [m.reason] : [])),
    // ethers' reason="…" is a revert reason only in a call exception (ACTION_REJECTED has reason="rejected").
    ...(/CALL_EXCEPTION|revert/i.test(text)
      ? [...text.matchAll(/\breason="([^"]{1,300})"/g)].map((m) =>
          (m[1] as string).replace(/^execution reverted:\s*/, ''),
        )
      : []),
  ].filter((reason) => !isAaReason(reason))
  const revert = findRevert(
    text,
    nodes.flatMap((n) => (n.data === null ? [] : [n.data])),
    reasons,
  )
  return {
    codes,
    messages,
    revert,
    stage: revertStage(text),
    call: findCall(text),
    aa,
    nonEvm: readNonEvmMessage(text),
    ids: findPublicIds(text),
    quote: (jsonMessages.at(-1) ?? lines[0] ?? '').trim().slice(0, 300) || null,
  }
}

/** `code: 4001`, `"code":-32603`, `Code: 429` in free text (ethers and viem print them so). */
function codesInText(text: string): number[] {
  return [...text.matchAll(/\b(?:code|status)["']?\s*[:=]\s*(-?\d{1,6})\b/gi)].map((m) => Number(m[1]))
}

function revertStage(text: string): RevertStage {
  if (/estimateGas|estimate gas|UNPREDICTABLE_GAS_LIMIT|gas required exceeds|Estimate Gas Arguments/i.test(text))
    return 'estimation'
  if (/receipt=|transaction execution reverted|"status":\s*"?0x0?"?\b/i.test(text)) return 'mined'
  if (/eth_call|action="call"|Contract Call:|simulat/i.test(text)) return 'call'
  return 'unknown'
}
