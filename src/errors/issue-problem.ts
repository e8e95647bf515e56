import type * as z from 'zod'
import type { Problem } from '../i18n/problem-text.js'

const units = { number: 'number', bigint: 'number', string: 'characters', array: 'items', set: 'items' } as const
const types = {
  number: 'number',
  int: 'integer',
  string: 'text',
  boolean: 'yes-no',
  array: 'list',
  object: 'object',
} as const

/** A zod issue as a Problem (i18n/problem-text.ts): its kind and numbers, for each language to word. */
export function issueProblem(issue: z.core.$ZodIssue): Problem {
  switch (issue.code) {
    case 'too_small':
    case 'too_big': {
      const unit = units[issue.origin as keyof typeof units]
      if (!unit) break
      const limit = String(issue.code === 'too_small' ? issue.minimum : issue.maximum)
      return { kind: issue.code === 'too_small' ? 'tooSmall' : 'tooBig', limit, unit }
    }
    case 'invalid_value':
      return { kind: 'oneOf', choices: issue.values.map(String).join(', ') }
    case 'invalid_type': {
      const expected = types[issue.expected as keyof typeof types]
      if (expected) return { kind: 'type', expected }
      break
    }
    case 'invalid_format':
      if (issue.format === 'url') return { kind: 'url' }
      break
    case 'unrecognized_keys':
      return { kind: 'unknownKeys', keys: issue.keys.join(', ') }
  }
  return { kind: 'other', message: issue.message }
}
