import { isUnreadableReason, type UnreadableReason } from '../findings/bridge-data.js'

/**
 * Why a bridge transfer's destination could not tell, in one language's words (its `reasons` table,
 * and `none` for no reason at all); an endpoint's fault, which is not one of ours, is said as the
 * report words it (`timed out`, `HTTP 503`), or as `fault` puts it in the language.
 */
export const unreadableReasonText =
  (reasons: Record<UnreadableReason, string>, none: string, fault: (reason: string) => string = (r) => r) =>
  (reason: string | null): string =>
    reason === null ? none : isUnreadableReason(reason) ? reasons[reason] : fault(reason)
