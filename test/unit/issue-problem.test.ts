import * as z from 'zod'
import { describe, expect, it } from 'vitest'
import { issueProblem } from '../../src/errors/issue-problem.js'
import { problemEn, problemJa } from '../../src/i18n/problem-text.js'

const problemOf = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value)
  if (parsed.success) throw new Error('expected a problem')
  return issueProblem(parsed.error.issues[0] as z.core.$ZodIssue)
}

describe("a value's problem is data, worded by each language", () => {
  it.each([
    [z.coerce.number().min(100), '5', 'it must be at least 100', '100 以上にしてください'],
    [z.string().max(3), 'abcd', 'it must have at most 3 characters', '3 文字以下にしてください'],
    [z.array(z.string()).min(1), [], 'it must have at least 1 item', '1 個以上にしてください'],
    [z.enum(['en', 'ja']), 'fr', 'use one of en, ja', '次のいずれかを指定してください: en, ja'],
    [z.coerce.number().int(), '1.5', 'a whole number is expected', '整数を指定してください'],
    [z.boolean(), 'yes', 'true or false is expected', 'true または false を指定してください'],
    [z.url(), 'nope', 'an http(s) or ws(s) URL is expected', 'http(s) または ws(s) の URL を指定してください'],
    [z.strictObject({}), { a: 1, b: 2 }, 'unknown key a, b', '不明なキーです: a, b'],
  ])('%#: %s', (schema, value, en, ja) => {
    const problem = problemOf(schema as z.ZodType, value)
    expect(problemEn(problem)).toBe(en)
    expect(problemJa(problem)).toBe(ja)
  })

  it("a problem it has no words for keeps zod's own message rather than nothing", () => {
    const problem = problemOf(z.string().regex(/^a/), 'b')
    expect(problem).toMatchObject({ kind: 'other' })
    expect(problemEn(problem)).toMatch(/Invalid string/)
  })
})
