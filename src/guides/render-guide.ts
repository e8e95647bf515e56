import type { ChalkInstance } from 'chalk'
import type { Say } from '../i18n/translate.js'
import { displayWidth, padLabel } from '../ui/text-width.js'
import type { Guide } from './load-guides.js'

type Block = { kind: 'heading'; level: number; text: string } | { kind: 'item'; marker: string; text: string } | { kind: 'paragraph'; text: string } | { kind: 'blank' }

const cjk = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/

/** Markdown's soft line breaks: English lines join with a space, Japanese ones with nothing. */
const joinLines = (a: string, b: string) => (cjk.test(a.at(-1) ?? '') || cjk.test(b[0] ?? '') ? `${a}${b}` : `${a} ${b}`)

function blocks(markdown: string): Block[] {
  const out: Block[] = []
  for (const line of markdown.split('\n')) {
    const heading = /^(#{1,6})\s+(.*)$/.exec(line)
    const item = /^\s*(-|\d+\.)\s+(.*)$/.exec(line)
    const last = out.at(-1)
    if (line.trim() === '') out.push({ kind: 'blank' })
    else if (heading) out.push({ kind: 'heading', level: (heading[1] as string).length, text: heading[2] as string })
    else if (item) out.push({ kind: 'item', marker: item[1] === '-' ? '•' : (item[1] as string), text: item[2] as string })
    else if (last && (last.kind === 'item' || last.kind === 'paragraph')) last.text = joinLines(last.text, line.trim())
    else out.push({ kind: 'paragraph', text: line.trim() })
  }
  return out
}

/** Breaks at spaces, or between any two Japanese characters; widths count wide characters as two. */
export function wrap(text: string, width: number, indent: string): string[] {
  const pieces = text.match(/[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef][、。,)」』]*|\S+?(?=[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef])|\S+|\s+/g) ?? []
  const lines: string[] = []
  let current = ''
  for (const piece of pieces) {
    if (/^\s+$/.test(piece)) {
      if (current) current += ' '
      continue
    }
    if (current.trim() && displayWidth(indent + current + piece) > width) {
      lines.push(current.trimEnd())
      current = ''
    }
    current += piece
  }
  if (current.trim()) lines.push(current.trimEnd())
  return lines.map((line, i) => (i === 0 ? line : `${indent}${line}`))
}

/**
 * A guide's Markdown for a terminal: headings in bold, bullets as •, code in cyan, links to other
 * guides as the command that shows them, paragraphs wrapped to the terminal's width.
 */
export function renderGuide(guide: Guide, style: ChalkInstance, say: Say, width = 80): string {
  const lines: string[] = []
  for (const block of blocks(guide.markdown)) {
    if (block.kind === 'blank') lines.push('')
    else if (block.kind === 'heading') {
      const text = inline(block.text, style, say)
      lines.push(block.level === 1 ? style.bold.underline(text) : style.bold(text))
    } else if (block.kind === 'item') {
      const lead = `  ${block.marker} `
      lines.push(lead + wrap(inline(block.text, style, say), width, ' '.repeat(lead.length)).join('\n'))
    } else lines.push(wrap(inline(block.text, style, say), width, '').join('\n'))
  }
  return `${lines.join('\n')}\n`
}

function inline(text: string, style: ChalkInstance, say: Say): string {
  return text
    .replace(/\[([^\]]+)\]\(([a-z-]+)\.md\)/g, (_, label: string, id: string) => `${label} (${style.cyan(say('guide.command', { id }))})`)
    .replace(/\[([^\]]+)\]\((https:\/\/[^)]+)\)/g, (_, label: string, url: string) => `${label} <${url}>`)
    .replace(/\*\*([^*]+)\*\*/g, (_, bold: string) => style.bold(bold))
    .replace(/`([^`]+)`/g, (_, code: string) => style.cyan(code))
}

/** The list of guides: id and title, and how to open one. */
export function renderGuideList(guides: readonly Guide[], style: ChalkInstance, say: Say): string {
  const width = Math.max(...guides.map((g) => displayWidth(g.id))) + 3
  const lines = guides.map((g) => `  ${style.cyan(padLabel(g.id, width))}${g.title}`)
  return `${style.bold(say('guide.listTitle'))}\n${lines.join('\n')}\n\n${style.dim(say('guide.listHint'))}\n`
}
