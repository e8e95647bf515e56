import { faultWords } from '../findings/fault-words.js'

/** Each of the fixed fault words (src/findings/fault-words.ts), in Japanese. */
const fixedJa: Record<(typeof faultWords)[keyof typeof faultWords], string> = {
  [faultWords.timedOut]: '時間内に応答がありません',
  [faultWords.connectionFailed]: '接続できません',
  [faultWords.tooLarge]: '応答が大きすぎます',
  [faultWords.invalidAnswer]: '不正な応答です',
  [faultWords.malformedAnswer]: '応答の形式が正しくありません',
  [faultWords.anotherTransaction]: '別のトランザクションを返しました',
  [faultWords.anotherReceipt]: '別のレシートを返しました',
  [faultWords.anotherBlock]: '別のブロックを返しました',
  [faultWords.wrongChainId]: 'チェーン ID が違います',
  [faultWords.tooSlow]: '応答が遅すぎたため比較から外しました',
}

/**
 * An endpoint's fault in Japanese. The reason is data worded in English by fault-words.ts (a
 * report's JSON keeps it so); here the same words are recognised, fixed ones by the table and the
 * templates by their shape. Anything else is shown as it is rather than lost.
 */
export function faultReasonJa(reason: string): string {
  const fixed = (fixedJa as Record<string, string>)[reason]
  if (fixed !== undefined) return fixed
  const redirect = /^HTTP (\d{3}): redirects (to another host|elsewhere) \(not followed\)$/.exec(reason)
  if (redirect)
    return `HTTP ${redirect[1]}:${redirect[2] === 'to another host' ? '別のホストへ' : '別の場所へ'}転送しようとしました(転送先には従いません)`
  const status = /^HTTP (\d{3})$/.exec(reason)
  if (status) return `HTTP ${status[1]} エラー`
  const jsonRpc = /^JSON-RPC error (-?\d+)$/.exec(reason)
  if (jsonRpc) return `JSON-RPC エラー ${jsonRpc[1]}`
  const refused = /^refused ([\w-]+): (.*)$/s.exec(reason)
  if (refused) return `${refused[1]} を拒否しました(${faultReasonJa(refused[2] as string)})`
  return reason
}
