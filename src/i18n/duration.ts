import type { Lang } from './catalog.js'

/** Units from the largest down, with how many seconds each holds and how each language writes it. */
const units = [
  { seconds: 365.25 * 86_400, en: (n: number) => (n === 1 ? '1 year' : `${n} years`), ja: (n: number) => `${n}年` },
  { seconds: 86_400, en: (n: number) => (n === 1 ? '1 day' : `${n} days`), ja: (n: number) => `${n}日` },
  { seconds: 3600, en: (n: number) => `${n} h`, ja: (n: number) => `${n}時間` },
  { seconds: 60, en: (n: number) => `${n} min`, ja: (n: number) => `${n}分` },
] as const

/**
 * A length of time for people, in the largest unit that makes it at least 1.5 of them, rounded:
 * "40 s", "3 min", "5 h", "12 days", "57 years"; in Japanese "40秒", "3分", "57年". A raw count of
 * seconds ("mined 1795409287 s after its deadline") means nothing to anyone.
 */
export function formatDuration(seconds: number, lang: Lang): string {
  const s = Math.max(0, Math.abs(seconds))
  for (const unit of units) if (s >= unit.seconds * 1.5) return unit[lang](Math.round(s / unit.seconds))
  const n = Math.round(s)
  return lang === 'ja' ? `${n}秒` : `${n} s`
}

/**
 * A unix time (seconds, as a decimal string) as "2026-11-23 07:40 UTC" — with `seconds`,
 * "2026-11-23 07:40:12 UTC", for two times compared that may fall in one minute; the raw value
 * when it is not a number or beyond what a date can hold (a "never" such as 2^48 − 1); "?" for none.
 */
export function formatUnixTime(time: string | number | null, { seconds = false } = {}): string {
  if (time === null) return '?'
  const unixSeconds = String(time)
  const n = Number(unixSeconds)
  if (!Number.isFinite(n) || unixSeconds.trim() === '' || n > 8.64e12) return unixSeconds
  return `${new Date(n * 1000)
    .toISOString()
    .slice(0, seconds ? 19 : 16)
    .replace('T', ' ')} UTC`
}
