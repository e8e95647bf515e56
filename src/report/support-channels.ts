/**
 * Official help centres, hard-coded on purpose: never looked up, so a poisoned search result or a
 * fake "support" account can never end up in a report. Longer names first ("Coinbase Wallet"
 * before "Coinbase").
 */
export const officialSupport: readonly { name: string; matches: readonly string[]; url: string }[] = [
  { name: 'MetaMask', matches: ['metamask'], url: 'https://support.metamask.io' },
  { name: 'Trust Wallet', matches: ['trust wallet', 'trustwallet'], url: 'https://support.trustwallet.com' },
  { name: 'Coinbase Wallet', matches: ['coinbase wallet'], url: 'https://help.coinbase.com/en/wallet' },
  { name: 'Coinbase', matches: ['coinbase'], url: 'https://help.coinbase.com' },
  { name: 'Ledger', matches: ['ledger'], url: 'https://support.ledger.com' },
  { name: 'Binance', matches: ['binance'], url: 'https://www.binance.com/en/support' },
  { name: 'Kraken', matches: ['kraken'], url: 'https://support.kraken.com' },
]

export function supportChannelFor(wallet: string | null): { name: string; url: string } | null {
  if (!wallet) return null
  const lower = wallet.toLowerCase()
  const found = officialSupport.find((s) => s.matches.some((m) => lower.includes(m)))
  return found ? { name: found.name, url: found.url } : null
}
