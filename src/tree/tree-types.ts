import type { GuideId } from '../findings/guide-ids.js'
import type { Lang } from '../i18n/catalog.js'

/** Tree texts carry both languages inline: a branch is added by editing data in one place. */
export type Localized = Record<Lang, string>

/** What the conversation learns, named as the `tx` and `address` options they become. */
export type AnswerKey = 'wallet' | 'hash' | 'address' | 'token' | 'tried' | 'note'

/** How a typed answer is checked: with the same schemas the commands use. */
export type TextKind = 'hash' | 'address' | 'short-text' | 'long-text'

export type Choice = {
  label: Localized
  next: string
  /** A fixed answer this choice gives (e.g. the wallet's name). */
  sets?: { key: AnswerKey; value: string }
  /** A line for the report's context, so support staff see what the user chose. */
  fact?: Localized
}

export type TreeNode =
  | { kind: 'choice'; id: string; question: Localized; choices: Choice[] }
  | {
      kind: 'text'
      id: string
      question: Localized
      answer: AnswerKey
      textKind: TextKind
      optional: boolean
      hint?: Localized
      next: string
      /** Where an empty answer leads, when not to `next` (e.g. no hash: look at the address instead). */
      skipTo?: string
    }
  /** The network: known chains plus "not sure", which searches them all. */
  | { kind: 'network'; id: string; question: Localized; next: string }
  /** A leaf: run the same checks as `tx` or `address`, then offer the report. */
  | { kind: 'check'; id: string; check: 'tx' | 'address'; guide: GuideId }
  /** A leaf: a situation no chain read can help with; explain, and show the guide. */
  | { kind: 'guide'; id: string; guide: GuideId; message: Localized }

export type Tree = { root: string; nodes: readonly TreeNode[] }

/** What each check needs to have been asked on every path that reaches it. */
export const answersNeeded: Record<'tx' | 'address', AnswerKey> = { tx: 'hash', address: 'address' }
