import { english, generateMnemonic, japanese, simplifiedChinese, spanish, traditionalChinese } from 'viem/accounts'
import { describe, expect, it } from 'vitest'
import { redactText } from '../../src/redact/redact.js'

/**
 * Recovery phrases the way people keep and paste them (issue 13): each phrase generated fresh,
 * each layout checked for removal and for every word of the phrase gone.
 */
const fresh = (length: 12 | 24 = 12, list = english) => generateMnemonic(list, length === 24 ? 256 : 128).split(/\s+/u)

function expectGone(input: string, words: string[]) {
  const { text, removed } = redactText(input)
  expect(removed['seed-phrase'], text).toBeGreaterThanOrEqual(1)
  // Every word of the phrase is gone (the placeholders' own words, such as "phrase", aside).
  const visible = text.replace(/\[redacted: [^\]]*\]/g, '')
  const surviving = words.filter((w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u').test(visible))
  expect(surviving, text).toEqual([])
  return text
}

/**
 * A phrase word that is also in the text around the phrase stays there, rightly: the JSON layout's
 * keys "note" and "phrase", the prose's "please" and "help" are BIP-39 words. The layout's own text
 * is the layout of a phrase of digits.
 */
const frame = (layout: (w: string[]) => string) => layout(Array.from({ length: 24 }, (_, i) => String(i)))
const notIn = (text: string, words: string[]) =>
  words.filter((w) => !new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'iu').test(text))

const layouts: [string, (w: string[]) => string][] = [
  ['one line', (w) => w.join(' ')],
  [
    'a markdown table',
    (w) => ['| # | Word |', '|---|------|', ...w.map((word, i) => `| ${i + 1} | ${word} |`)].join('\n'),
  ],
  [
    'a markdown table, two words a row',
    (w) =>
      w
        .filter((_, i) => i % 2 === 0)
        .map((word, i) => `| ${2 * i + 1} | ${word} | ${2 * i + 2} | ${w[2 * i + 1]} |`)
        .join('\n'),
  ],
  [
    'a backup card: three aligned columns, numbered down the columns',
    (w) => {
      const rows = w.length / 3
      const lines: string[] = []
      for (let r = 0; r < rows; r++) {
        const cells = [0, 1, 2].map((c) => `${String(c * rows + r + 1).padStart(2)}. ${w[c * rows + r]}`.padEnd(16))
        lines.push(`  ${cells.join('')}`.trimEnd())
      }
      return lines.join('\n')
    },
  ],
  ['inside a JSON string with \\n escapes', (w) => JSON.stringify({ note: 'my words', phrase: w.join('\n') })],
  [
    'inside a JSON string with \\t and \\r\\n escapes',
    (w) => JSON.stringify(w.join('\r\n').replace(/\r\n(?=\S+$)/, '\t')),
  ],
  ['numbered with parentheses, one a line', (w) => w.map((word, i) => `${i + 1}) ${word}`).join('\n')],
  ['comma separated, upper case', (w) => w.join(', ').toUpperCase()],
  ['a bulleted list', (w) => w.map((word) => `- ${word}`).join('\n')],
]

describe('recovery phrases, whatever the layout', () => {
  it.each(layouts)('%s (12 words)', (_, layout) => {
    const words = fresh()
    const around = ['Here are my words:', 'please help']
    expectGone(`${around[0]}\n${layout(words)}\n${around[1]}`, notIn(`${around.join(' ')} ${frame(layout)}`, words))
  })

  it.each(layouts)('%s (24 words)', (_, layout) => {
    const words = fresh(24)
    expectGone(layout(words), notIn(frame(layout), words))
  })

  it('Spanish with its accents and Japanese with ideographic spaces, in a table', () => {
    const es = fresh(12, spanish)
    expectGone(es.map((w, i) => `| ${i + 1} | ${w} |`).join('\n'), es)
    const ja = generateMnemonic(japanese).split('\u3000')
    expectGone(ja.map((w, i) => `${i + 1}．${w}`).join('\n'), ja)
  })
})

describe('list words around a phrase go with it: removing too much is the safe side', () => {
  it('a label before it, a wrapped last word, a first word with a colon: the whole phrase goes', () => {
    const words = fresh()
    for (const input of [
      `seed: ${words.join(' ')}\nkey is next`,
      `seed ${words.slice(0, 11).join(' ')}\n${words[11]}`,
      `${words[0]}: ${words.slice(1).join(' ')}`,
      `my words are ${words[0]}: ${words.slice(1).join(' ')}`,
      words.join(': '),
      words.join(':'),
    ])
      expectGone(input, words)
  })

  it('a table whose heading is a list word ("Word"): all of it goes', () => {
    const words = fresh()
    expectGone(['| # | Word |', ...words.map((w, i) => `| ${i + 1} | ${w} |`)].join('\n'), words)
  })
})

describe('Chinese written without spaces', () => {
  it.each([
    ['simplified', simplifiedChinese],
    ['traditional', traditionalChinese],
  ])('%s: a whole phrase in one run of characters', (_, list) => {
    for (const strength of [128, 256]) {
      const words = generateMnemonic(list, strength).split(/\s+/u)
      const joined = words.join('')
      const { text, removed } = redactText(`我的助记词是：${joined}。`)
      expect(removed['seed-phrase'], text).toBe(1)
      expect(text).not.toContain(joined.slice(0, 6))
      expect(text).toContain(`[redacted: recovery phrase, ${words.length} words]`)
    }
  })

  it('Chinese prose made of the same common characters stays', () => {
    const prose =
      '我在交易所提币到钱包以后一直没有到账，客服让我提供交易哈希和钱包地址，请问应该怎么查询这笔转账的状态？'
    expect(redactText(prose)).toEqual({ text: prose, removed: {} })
  })
})

describe('one word lost, written as a placeholder', () => {
  const marks = ['???', '____', '?', '…', '***']
  it.each(marks)('11 of 12 words and %s in the middle', (mark) => {
    const words = fresh()
    const written = [...words.slice(0, 5), mark, ...words.slice(6)]
    const text = expectGone(written.join(' '), words.slice(0, 5).concat(words.slice(6)))
    expect(text).toContain('[redacted: recovery phrase, 12 words]')
  })

  it.each(marks)('11 of 12 words and %s first or last, in a numbered list', (mark) => {
    const words = fresh()
    for (const lost of [0, 11]) {
      const written = words.map((w, i) => `${i + 1}. ${i === lost ? mark : w}`).join('\n')
      const text = expectGone(
        written,
        words.filter((_, i) => i !== lost),
      )
      expect(text).toContain('12 words')
    }
  })

  it('two lost words are not a phrase: eleven list words alone stay a run too short', () => {
    const words = fresh()
    const written = [...words.slice(0, 4), '???', '???', ...words.slice(6)].join(' ')
    expect(redactText(written).removed['seed-phrase']).toBeUndefined()
  })
})

describe('prose full of list words still stays', () => {
  it.each([
    'I was about to buy some more tokens but the price went above my limit, so the swap failed and I lost the fee again.',
    '| Step | Action |\n|---|---|\n| 1 | Open the wallet |\n| 2 | Check the network |\n| 3 | Retry the swap |',
    'Wallet: MetaMask 12.9\nNetwork: Ethereum\nProblem: swap failed\nTried: retry, higher slippage, another route',
    '{"level":"info","msg":"fetch balance","token":"USDC","network":"base","status":"ok"}',
  ])('%s', (prose) => {
    expect(redactText(prose)).toEqual({ text: prose, removed: {} })
  })
})
