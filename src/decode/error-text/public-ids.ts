/**
 * Transaction hashes and addresses in a pasted error. A 64-hex value has the shape of a private
 * key too, so it counts as a hash only when its own label says so (`"hash":`, `txHash`,
 * `Transaction hash:` …); anything else of that shape is left to the redaction engine, which
 * removes it. Pure.
 */
const HASH_LABEL = String.raw`(?:tx|transaction|txn|user ?op(?:eration)?)[ _-]?(?:hash|id)|\bhash|\btxid|\btx`
const LABELLED_HASH = new RegExp(String.raw`(?:${HASH_LABEL})["']?\s*[:=]?\s*["']?(0x[0-9a-fA-F]{64})\b`, 'gi')
const ADDRESS = /\b0x[0-9a-fA-F]{40}\b/g
/** Labels that name the person's own account, not a contract they called: the sender first, then a bare "address". */
const SENDER = /\b(?:from|sender)["']?\s*[:=]?\s*["']?(0x[0-9a-fA-F]{40})\b/i
const ACCOUNT = /\b(?:address|account)["']?\s*[:=]?\s*["']?(0x[0-9a-fA-F]{40})\b/i

export type PublicIds = { hashes: string[]; addresses: string[]; ownAddress: string | null }

export function findPublicIds(text: string): PublicIds {
  const hashes = unique([...text.matchAll(LABELLED_HASH)].map((m) => (m[1] as string).toLowerCase()))
  // A block hash is public but is not a transaction to look up.
  const blockHashes = new Set(
    [...text.matchAll(/block[ _-]?hash["']?\s*[:=]?\s*["']?(0x[0-9a-fA-F]{64})\b/gi)].map((m) =>
      (m[1] as string).toLowerCase(),
    ),
  )
  const addresses = unique([...text.matchAll(ADDRESS)].map((m) => m[0].toLowerCase()))
  // viem's "Contract Call:" block names the contract called as "address:": that is not the person's.
  const withoutContractCall = text.replace(/Contract Call:\s*\n\s*address:\s*0x[0-9a-fA-F]{40}/g, '')
  const own = (SENDER.exec(text)?.[1] ?? ACCOUNT.exec(withoutContractCall)?.[1])?.toLowerCase() ?? null
  return {
    hashes: hashes.filter((h) => !blockHashes.has(h)).slice(0, 5),
    addresses: addresses.slice(0, 10),
    ownAddress: own,
  }
}

const unique = (values: string[]) => [...new Set(values)]
