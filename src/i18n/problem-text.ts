/**
 * What is wrong with a value, as data: zod's messages are English, so an option's or a config key's
 * problem (errors/issue-problem.ts) is kept as its kind and numbers, and each language words it (below).
 */
export type Problem =
  | { kind: 'tooSmall'; limit: string; unit: 'number' | 'characters' | 'items' }
  | { kind: 'tooBig'; limit: string; unit: 'number' | 'characters' | 'items' }
  | { kind: 'oneOf'; choices: string }
  | { kind: 'type'; expected: 'number' | 'integer' | 'text' | 'yes-no' | 'list' | 'object' }
  | { kind: 'url' }
  | { kind: 'unknownKeys'; keys: string }
  /** Anything else: zod's own words (English), rather than nothing. */
  | { kind: 'other'; message: string }

/** A value's problem (errors/issue-problem.ts) in English. */
export function problemEn(problem: Problem): string {
  switch (problem.kind) {
    case 'tooSmall':
      return problem.unit === 'number'
        ? `it must be at least ${problem.limit}`
        : `it must have at least ${problem.limit} ${counted(problem.limit, problem.unit)}`
    case 'tooBig':
      return problem.unit === 'number'
        ? `it must be at most ${problem.limit}`
        : `it must have at most ${problem.limit} ${counted(problem.limit, problem.unit)}`
    case 'oneOf':
      return `use one of ${problem.choices}`
    case 'type':
      return {
        number: 'a number is expected',
        integer: 'a whole number is expected',
        text: 'text is expected',
        'yes-no': 'true or false is expected',
        list: 'a list is expected',
        object: 'a set of keys is expected',
      }[problem.expected]
    case 'url':
      return 'an http(s) or ws(s) URL is expected'
    case 'unknownKeys':
      return `unknown key ${problem.keys}`
    case 'other':
      return problem.message
  }
}

const counted = (limit: string, unit: 'characters' | 'items' | 'number') =>
  limit === '1' ? unit.replace(/s$/, '') : unit

/** The same in Japanese. */
export function problemJa(problem: Problem): string {
  switch (problem.kind) {
    case 'tooSmall':
      return problem.unit === 'number'
        ? `${problem.limit} 以上にしてください`
        : `${problem.limit} ${problem.unit === 'characters' ? '文字' : '個'}以上にしてください`
    case 'tooBig':
      return problem.unit === 'number'
        ? `${problem.limit} 以下にしてください`
        : `${problem.limit} ${problem.unit === 'characters' ? '文字' : '個'}以下にしてください`
    case 'oneOf':
      return `次のいずれかを指定してください: ${problem.choices}`
    case 'type':
      return {
        number: '数値を指定してください',
        integer: '整数を指定してください',
        text: '文字列を指定してください',
        'yes-no': 'true または false を指定してください',
        list: 'リストを指定してください',
        object: 'キーと値の組を指定してください',
      }[problem.expected]
    case 'url':
      return 'http(s) または ws(s) の URL を指定してください'
    case 'unknownKeys':
      return `不明なキーです: ${problem.keys}`
    case 'other':
      return problem.message
  }
}
