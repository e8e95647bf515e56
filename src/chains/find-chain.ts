import { knownChainById, knownChains, type KnownChain } from './registry.js'

const normalise = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')

/**
 * `--chain` and config keys accept a chain id, the short key, the full name or an alias,
 * case-insensitively ("arbitrum one", "ARB", "42161"). An unknown numeric id is accepted as
 * such: a `--rpc` endpoint may serve a chain the registry does not list.
 */
export function findChain(nameOrId: string): { id: number; known: KnownChain | undefined } | undefined {
  const wanted = normalise(nameOrId)
  if (/^\d+$/.test(wanted)) {
    const id = Number(wanted)
    return Number.isSafeInteger(id) && id > 0 ? { id, known: knownChainById(id) } : undefined
  }
  const known = knownChains.find((c) => c.key === wanted || normalise(c.name) === wanted || c.aliases.includes(wanted))
  return known ? { id: known.id, known } : undefined
}
