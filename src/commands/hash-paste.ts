import { knownChains } from '../chains/registry.js'

/**
 * A transaction hash as people paste it, made plain: an explorer link (`https://basescan.org/tx/0x…`)
 * gives its hash and, when the explorer is one the registry knows, its network; a `0X` prefix or
 * full-width characters from an IME are read as what they are. Anything else is returned as given,
 * for the hash check to refuse with its usual message.
 */
export function hashFromPaste(pasted: string): { hash: string; chainId?: number } {
  const text = pasted.normalize('NFKC').trim()
  const link = /^https?:\/\/([^/?#\s]+)\/tx\/(0x[0-9a-fA-F]{64})(?:[/?#][^\s]*)?$/i.exec(text)
  if (link) {
    const host = (link[1] as string).toLowerCase()
    const chain = knownChains.find((c) => c.explorerUrl && new URL(c.explorerUrl).host === host)
    return { hash: (link[2] as string).replace(/^0X/, '0x'), ...(chain ? { chainId: chain.id } : {}) }
  }
  return { hash: /^0[xX][0-9a-fA-F]{64}$/.test(text) ? `0x${text.slice(2)}` : pasted }
}
