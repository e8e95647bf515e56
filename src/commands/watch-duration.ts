import * as z from 'zod'
import type { MessageKey } from '../i18n/catalog.js'

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const

/** "90s", "30m", "2h", "500ms" or a bare number of milliseconds; null when it is none of these. */
export function parseDurationMs(value: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(value)
  if (!match) return null
  const ms = Number(match[1]) * UNIT_MS[(match[2] ?? 'ms') as keyof typeof UNIT_MS]
  return Number.isFinite(ms) ? Math.round(ms) : null
}

/** Thirty minutes: long enough for a low fee to be picked up on a quiet evening, short enough not to be forgotten. */
export const DEFAULT_WATCH_TIMEOUT_MS = 30 * 60_000

/** `--watch-timeout`: milliseconds or a duration, between one second and a day. */
export const watchTimeoutSchema = z
  .string()
  .refine(
    (v) => {
      const ms = parseDurationMs(v)
      return ms !== null && ms >= 1000 && ms <= 86_400_000
    },
    { params: { key: 'error.invalidWatchTimeout' satisfies MessageKey } },
  )
  .transform((v) => parseDurationMs(v) as number)
