import { isGuideId } from '../findings/guide-ids.js'
import { languages } from '../i18n/catalog.js'
import { answersNeeded, type AnswerKey, type Localized, type Tree, type TreeNode } from './tree-types.js'

/** The nodes a node leads to. Leaves lead nowhere. */
export function successors(node: TreeNode): string[] {
  switch (node.kind) {
    case 'choice':
      return node.choices.map((c) => c.next)
    case 'text':
      return node.skipTo ? [node.next, node.skipTo] : [node.next]
    case 'network':
      return [node.next]
    case 'check':
    case 'guide':
      return []
  }
}

function texts(node: TreeNode): Localized[] {
  switch (node.kind) {
    case 'choice':
      return [node.question, ...node.choices.flatMap((c) => (c.fact ? [c.label, c.fact] : [c.label]))]
    case 'text':
      return node.hint ? [node.question, node.hint] : [node.question]
    case 'network':
      return [node.question]
    case 'check':
      return []
    case 'guide':
      return [node.message]
  }
}

/**
 * Everything that must hold for the tree to be walkable, as a list of problems (empty: valid):
 * unique ids, links that resolve, every node reachable from the root, no cycles (so every walk
 * ends, and it can only end at a check or a guide), every text in every language, and every check
 * reached only after the answer it needs was asked on that path.
 */
export function treeProblems(tree: Tree): string[] {
  const problems: string[] = []
  const byId = new Map<string, TreeNode>()
  for (const node of tree.nodes) {
    if (byId.has(node.id)) problems.push(`duplicate node id "${node.id}"`)
    byId.set(node.id, node)
  }
  if (!byId.has(tree.root)) return [...problems, `the root "${tree.root}" is not a node`]

  for (const node of tree.nodes) {
    for (const next of successors(node))
      if (!byId.has(next)) problems.push(`"${node.id}" leads to "${next}", which is not a node`)
    for (const text of texts(node)) {
      for (const lang of languages)
        if (!text[lang]?.trim()) problems.push(`"${node.id}" has a text without ${lang}: ${JSON.stringify(text)}`)
    }
    if (node.kind === 'choice' && node.choices.length < 2)
      problems.push(`"${node.id}" is a choice with fewer than two choices`)
    if (node.kind === 'text' && node.skipTo && !node.optional)
      problems.push(`"${node.id}" cannot be skipped, yet says where skipping leads`)
    if ((node.kind === 'check' || node.kind === 'guide') && !isGuideId(node.guide))
      problems.push(`"${node.id}" names an unknown guide "${String(node.guide)}"`)
  }
  if (problems.length > 0) return problems

  // Depth-first over every path: finds cycles and checks each path's answers before its leaf.
  const reached = new Set<string>()
  const walk = (id: string, onPath: readonly string[], asked: ReadonlySet<AnswerKey>) => {
    if (onPath.includes(id)) {
      problems.push(`cycle: ${[...onPath, id].join(' → ')}`)
      return
    }
    reached.add(id)
    const node = byId.get(id) as TreeNode
    if (node.kind === 'check' && !asked.has(answersNeeded[node.check])) {
      problems.push(
        `"${id}" checks a ${node.check} but the path ${onPath.join(' → ')} never asks for the ${answersNeeded[node.check]}`,
      )
    }
    const gives = (key: AnswerKey | undefined) => (key ? new Set([...asked, key]) : asked)
    if (node.kind === 'choice')
      for (const choice of node.choices) walk(choice.next, [...onPath, id], gives(choice.sets?.key))
    else if (node.kind === 'text') {
      // With a skip, `next` is reached only with an answer; without one, an optional answer may be missing.
      walk(node.next, [...onPath, id], node.optional && !node.skipTo ? asked : gives(node.answer))
      if (node.skipTo) walk(node.skipTo, [...onPath, id], asked)
    } else if (node.kind === 'network') walk(node.next, [...onPath, id], asked)
  }
  walk(tree.root, [], new Set())
  for (const node of tree.nodes)
    if (!reached.has(node.id)) problems.push(`"${node.id}" cannot be reached from "${tree.root}"`)
  return [...new Set(problems)]
}
