import type * as z from 'zod'
import { inputError } from '../errors/doctor-error.js'
import { issueProblem } from '../errors/issue-problem.js'
import { text, type Text } from '../i18n/text.js'
import { echoUrl } from '../redact/echo-url.js'

/** Validates with `schema`; the first problem becomes an input error (exit 2) naming the value. */
export function parseOptions<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0] as z.core.$ZodIssue
  const option = String(issue.path[0] ?? '')
  const key = issue.code === 'custom' ? (issue.params as { key?: string } | undefined)?.key : undefined
  // A mistyped endpoint URL may hold a password or an API key: it is echoed parsed and redacted.
  const value = key === 'error.invalidRpcUrl' ? echoUrl(valueAt(raw, issue.path)) : valueAt(raw, issue.path)
  const message: Text = key
    ? ({ key, params: { value } } as Text)
    : text('error.invalidOption', { option: `--${kebab(option)}`, problem: issueProblem(issue) })
  const suggestion =
    key === 'error.invalidHash'
      ? text('hint.hashFormat')
      : key === 'error.unknownChain'
        ? text('hint.listChains')
        : key === 'error.addressChecksum'
          ? text('hint.addressChecksum')
          : text('hint.help')
  throw inputError(`input.${option || 'option'}`, message, suggestion)
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): string {
  let current: unknown = raw
  for (const key of path) current = (current as Record<PropertyKey, unknown> | undefined)?.[key]
  return typeof current === 'string' || typeof current === 'number' || typeof current === 'boolean'
    ? String(current)
    : ''
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
