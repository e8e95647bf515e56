import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as z from 'zod'
import type { Lang } from '../i18n/catalog.js'
import { packageRoot } from '../package-root.js'
import { guideIds, type GuideId } from '../findings/guide-ids.js'
import { findingsOfGuide, type FindingCode } from '../findings/registry.js'

export type Guide = { id: GuideId; lang: Lang; title: string; findings: FindingCode[]; markdown: string }

const frontMatterSchema = z.strictObject({
  id: z.enum(guideIds),
  title: z.string().min(1),
})

/** `key: value` lines between two `---` lines; a value in brackets is a list, one in quotes a string. */
export function parseGuide(source: string, lang: Lang, file: string): Guide {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source.replace(/\r\n/g, '\n'))
  if (!match) throw new Error(`${file}: no front matter`)
  const fields: Record<string, unknown> = {}
  for (const line of (match[1] ?? '').split('\n')) {
    const pair = /^([a-z]+):\s*(.*)$/.exec(line)
    if (!pair) throw new Error(`${file}: cannot read front matter line "${line}"`)
    fields[pair[1] as string] = frontMatterValue(pair[2] as string)
  }
  const parsed = frontMatterSchema.safeParse(fields)
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
  // Which findings a guide explains is the registry's to say, not the guide file's: one place.
  return { ...parsed.data, findings: findingsOfGuide(parsed.data.id), lang, markdown: source.slice(match[0].length).replace(/\r\n/g, '\n').trim() }
}

function frontMatterValue(raw: string): unknown {
  const value = raw.trim()
  if (value.startsWith('[') && value.endsWith(']')) {
    const inner = value.slice(1, -1).trim()
    return inner === '' ? [] : inner.split(',').map((item) => item.trim())
  }
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) return value.slice(1, -1)
  return value
}

export const guideFile = (id: GuideId, lang: Lang, root = packageRoot()) => join(root, 'guides', lang, `${id}.md`)

export function loadGuide(id: GuideId, lang: Lang, root = packageRoot()): Guide {
  const file = guideFile(id, lang, root)
  return parseGuide(readFileSync(file, 'utf8'), lang, file)
}

/** Every guide of one language, in the order of `guideIds` (the order `guide` lists them). */
export const loadGuides = (lang: Lang, root = packageRoot()): Guide[] => guideIds.map((id) => loadGuide(id, lang, root))
