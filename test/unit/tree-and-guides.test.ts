import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { Chalk } from 'chalk'
import { findGuide } from '../../src/commands/guide.js'
import { findingCodes, guideForFinding } from '../../src/findings/registry.js'
import { guideIds } from '../../src/findings/guide-ids.js'
import { loadGuides, parseGuide } from '../../src/guides/load-guides.js'
import { renderGuide, wrap } from '../../src/guides/render-guide.js'
import { languages } from '../../src/i18n/catalog.js'
import { translator } from '../../src/i18n/translate.js'
import { packageRoot } from '../../src/package-root.js'
import { answerProblem } from '../../src/tree/check-answer.js'
import { supportTree } from '../../src/tree/support-tree.js'
import type { Tree, TreeNode } from '../../src/tree/tree-types.js'
import { successors, treeProblems } from '../../src/tree/validate-tree.js'
import { displayWidth } from '../../src/ui/text-width.js'
import { loadBothLanguages } from '../support/languages.js'

const plain = new Chalk({ level: 0 })
const withNodes = (edit: (nodes: TreeNode[]) => TreeNode[]): Tree => ({
  root: supportTree.root,
  nodes: edit(structuredClone([...supportTree.nodes])),
})
const node = (nodes: TreeNode[], id: string) => nodes.find((n) => n.id === id) as TreeNode

// These tests call the code that speaks directly, past the places that load a language.
beforeAll(loadBothLanguages)

describe('the decision tree', () => {
  it('is valid: every node reachable, no dead end, every text in both languages, checks only after their answer', () => {
    expect(treeProblems(supportTree)).toEqual([])
  })

  it('offers the ten problems of the issues, each leading somewhere different', () => {
    const root = node([...supportTree.nodes], 'problem')
    expect(root.kind).toBe('choice')
    expect(new Set(successors(root)).size).toBe(10)
  })

  it('leads a person who bridged to the tx check with the bridges guide, from the start and from the exchange branch', () => {
    const nodes = [...supportTree.nodes]
    expect(successors(node(nodes, 'problem'))).toContain('bridge.wallet')
    expect(successors(node(nodes, 'exchange.direction'))).toContain('bridge.wallet')
    expect(node(nodes, 'bridge.check')).toMatchObject({ kind: 'check', check: 'tx', guide: 'bridges' })
  })

  it('reaches a check or a guide within a handful of questions on every path', () => {
    const byId = new Map(supportTree.nodes.map((n) => [n.id, n]))
    const longest = (id: string): number => {
      const n = byId.get(id) as TreeNode
      const next = successors(n)
      return next.length === 0 ? 0 : 1 + Math.max(...next.map(longest))
    }
    // Language comes before the tree, and the network question is skipped when only one has endpoints.
    expect(longest(supportTree.root)).toBeLessThanOrEqual(7)
    expect(longest('swap.wallet') + 1).toBeLessThanOrEqual(5)
  })

  it('is refused when a node cannot be reached', () => {
    const tree = withNodes((nodes) => [
      ...nodes,
      { kind: 'guide', id: 'orphan', guide: 'staying-safe', message: { en: 'x', ja: 'x' } },
    ])
    expect(treeProblems(tree)).toContain('"orphan" cannot be reached from "problem"')
  })

  it('is refused when a link leads nowhere', () => {
    const tree = withNodes((nodes) =>
      nodes.map((n) => (n.id === 'stuck.tried' && n.kind === 'text' ? { ...n, next: 'missing' } : n)),
    )
    expect(treeProblems(tree)).toContain('"stuck.tried" leads to "missing", which is not a node')
  })

  it('is refused when a walk could go round forever', () => {
    const tree = withNodes((nodes) =>
      nodes.map((n) => (n.id === 'stuck.tried' && n.kind === 'text' ? { ...n, next: 'stuck.hash' } : n)),
    )
    expect(
      treeProblems(tree).some((p) => p.startsWith('cycle: ') && p.includes('stuck.hash → stuck.tried → stuck.hash')),
    ).toBe(true)
  })

  it('is refused when a text lacks Japanese', () => {
    const tree = withNodes((nodes) =>
      nodes.map((n) => (n.id === 'swap.hash' && n.kind === 'text' ? { ...n, question: { en: 'Hash?', ja: '' } } : n)),
    )
    expect(treeProblems(tree).join('\n')).toMatch(/"swap.hash" has a text without ja/)
  })

  it('is refused when a check can be reached without the answer it needs', () => {
    // The hash question becomes optional: the transaction check could run without a hash.
    const tree = withNodes((nodes) =>
      nodes.map((n) => (n.id === 'swap.hash' && n.kind === 'text' ? { ...n, optional: true } : n)),
    )
    expect(treeProblems(tree).join('\n')).toMatch(/"swap.check" checks a tx but the path .* never asks for the hash/)
  })

  it('is refused when a question that must be answered says where skipping it leads', () => {
    const tree = withNodes((nodes) =>
      nodes.map((n) => (n.id === 'tokens.hash' && n.kind === 'text' ? { ...n, optional: false } : n)),
    )
    expect(treeProblems(tree)).toContain('"tokens.hash" cannot be skipped, yet says where skipping leads')
  })

  it('names only guides that exist', () => {
    const tree = withNodes((nodes) =>
      nodes.map((n) => (n.id === 'scam.asked' && n.kind === 'guide' ? { ...n, guide: 'no-such-guide' as never } : n)),
    )
    expect(treeProblems(tree)).toContain('"scam.asked" names an unknown guide "no-such-guide"')
  })
})

describe('answers', () => {
  it("are checked with the commands' schemas, and explained in the user's language", () => {
    expect(answerProblem('hash', `0x${'ab'.repeat(32)}`, false, 'en')).toBeNull()
    expect(answerProblem('address', '0x12', false, 'ja')).toMatch(/^「0x12」はアドレスではありません/)
    expect(answerProblem('hash', '', false, 'en')).toBe('This one is needed to look it up: please type it.')
    expect(answerProblem('hash', '', true, 'en')).toBeNull()
    expect(answerProblem('short-text', 'x'.repeat(201), true, 'en')).toBe(
      'That is 201 characters; please keep it under 200.',
    )
    expect(answerProblem('long-text', 'あ'.repeat(4001), true, 'ja')).toBe(
      '4001 文字あります。4000 文字以内にしてください。',
    )
    expect(answerProblem('long-text', 'x'.repeat(4000), true, 'en')).toBeNull()
  })
})

describe('the guides', () => {
  const root = packageRoot()

  it.each(languages)(
    '%s: one file per guide id, no more, each with its id, a title and front matter that parses',
    (lang) => {
      const files = readdirSync(join(root, 'guides', lang)).filter((f) => f.endsWith('.md'))
      expect(files.sort()).toEqual(guideIds.map((id) => `${id}.md`).sort())
      for (const guide of loadGuides(lang)) expect(guide.title.length).toBeGreaterThan(3)
    },
  )

  it('every finding code names a guide that exists, and each guide lists exactly the codes that point to it', () => {
    for (const code of findingCodes) expect(guideIds).toContain(guideForFinding(code))
    for (const lang of languages) {
      for (const guide of loadGuides(lang)) {
        const pointing = findingCodes.filter((code) => guideForFinding(code) === guide.id)
        expect([...guide.findings].sort(), `${lang}/${guide.id}.md`).toEqual(pointing.sort())
      }
    }
  })

  it('links between guides resolve, and the English and Japanese versions link to the same guides', () => {
    const links = (markdown: string) => [...markdown.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1] as string)
    for (const id of guideIds) {
      const [en, ja] = languages.map((lang) => loadGuides(lang).find((g) => g.id === id)?.markdown ?? '')
      for (const target of links(en as string)) {
        expect(target, `${id}: ${target}`).toMatch(/^[a-z-]+\.md$/)
        expect(guideIds).toContain(target.replace(/\.md$/, ''))
      }
      expect(links(ja as string).sort(), id).toEqual(links(en as string).sort())
    }
  })

  it('are found by id or by the finding code they explain', () => {
    expect(findGuide('failed-swaps')).toBe('failed-swaps')
    expect(findGuide('swap.slippage')).toBe('failed-swaps')
    expect(findGuide('TX.NONCE-GAP')).toBe('nonce-gaps')
    expect(findGuide('nothing')).toBeUndefined()
  })

  it('refuses a guide whose front matter is broken', () => {
    expect(() => parseGuide('# no front matter', 'en', 'x.md')).toThrow(/no front matter/)
    expect(() => parseGuide('---\nid: nope\ntitle: T\nfindings: []\n---\nbody', 'en', 'x.md')).toThrow(/id/)
    expect(() =>
      parseGuide('---\nid: approvals\ntitle: T\nfindings: [tx.pending]\nextra: 1\n---\nbody', 'en', 'x.md'),
    ).toThrow(/extra|Unrecognized/)
  })

  it.each(languages)('%s: render for a terminal: links become commands, nothing is wider than asked', (lang) => {
    const say = translator(lang)
    for (const guide of loadGuides(lang)) {
      const text = renderGuide(guide, plain, say, 60)
      expect(text).not.toMatch(/\]\(|\*\*/)
      for (const line of text.split('\n')) {
        // A single unbreakable piece (a long command) may stand alone on its line.
        if (displayWidth(line) > 60) expect(line.trim().split(/\s+/).length, `${guide.id}: ${line}`).toBe(1)
      }
    }
    const stuck = loadGuides(lang).find((g) => g.id === 'stuck-transactions')
    expect(renderGuide(stuck as never, plain, say, 1000)).toContain('(support-doctor guide nonce-gaps)')
  })

  it('wraps Japanese between characters and English at spaces', () => {
    expect(wrap('あいうえおかきくけこ', 10, '')).toEqual(['あいうえお', 'かきくけこ'])
    expect(wrap('one two three four', 9, '')).toEqual(['one two', 'three', 'four'])
  })

  it('are plain Markdown files with front matter that a reader on GitHub sees as such', () => {
    for (const lang of languages) {
      for (const id of guideIds) {
        const source = readFileSync(join(root, 'guides', lang, `${id}.md`), 'utf8')
        expect(source.startsWith('---\n'), `${lang}/${id}`).toBe(true)
        expect(source).toMatch(/\n# /)
      }
    }
  })
})
