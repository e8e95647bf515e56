import type { Lang } from '../i18n/catalog.js'
import type { Say } from '../i18n/translate.js'
import type { Asker, Option } from './ask.js'
import { answerProblem } from './check-answer.js'
import type { AnswerKey, Tree, TreeNode } from './tree-types.js'

export type Answers = {
  values: Partial<Record<AnswerKey, string>>
  /** The chain chosen; null for "not sure" (every chain is searched). */
  chainId: number | null
  /** Lines for the report's context: what the user chose, in their language. */
  facts: string[]
}

export type Leaf = Extract<TreeNode, { kind: 'check' | 'guide' }>
export type NetworkOption = { id: number; name: string }

const NOT_SURE = 'not-sure'

/**
 * Walks the tree from its root, asking each node's question, until a leaf. The tree has been
 * validated (no cycles, every link resolves), so the walk always ends, at a check or a guide.
 */
export async function walkTree(
  tree: Tree,
  { asker, lang, say, networks }: { asker: Asker; lang: Lang; say: Say; networks: readonly NetworkOption[] },
): Promise<{ leaf: Leaf; answers: Answers }> {
  const byId = new Map(tree.nodes.map((node) => [node.id, node]))
  const answers: Answers = { values: {}, chainId: null, facts: [] }
  let node = byId.get(tree.root) as TreeNode
  for (;;) {
    switch (node.kind) {
      case 'check':
      case 'guide':
        return { leaf: node, answers }
      case 'choice': {
        const options: Option<string>[] = node.choices.map((choice, index) => ({
          value: String(index),
          name: choice.label[lang],
        }))
        const choice = node.choices[
          Number(await asker.choose(node.question[lang], options))
        ] as (typeof node.choices)[number]
        if (choice.sets) answers.values[choice.sets.key] = choice.sets.value
        if (choice.fact) answers.facts.push(choice.fact[lang])
        node = byId.get(choice.next) as TreeNode
        break
      }
      case 'text': {
        const kind = node.textKind
        const optional = node.optional
        const check = (value: string) => answerProblem(kind, value, optional, lang)
        const answer = (
          await asker.text(node.question[lang], check, {
            hint: node.hint?.[lang],
            expectsHash: kind === 'hash',
            expectsErrorText: kind === 'error-text',
          })
        ).trim()
        if (answer !== '') answers.values[node.answer] = answer
        node = byId.get(answer === '' && node.skipTo ? node.skipTo : node.next) as TreeNode
        break
      }
      case 'network': {
        // With a single network (or none known), there is nothing to choose.
        if (networks.length > 1) {
          const options: Option<string>[] = [
            { value: NOT_SURE, name: say('tree.notSure') },
            ...networks.map((n) => ({ value: String(n.id), name: n.name })),
          ]
          const chosen = await asker.choose(node.question[lang], options, NOT_SURE)
          answers.chainId = chosen === NOT_SURE ? null : Number(chosen)
        }
        node = byId.get(node.next) as TreeNode
        break
      }
    }
  }
}
