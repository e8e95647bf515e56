/**
 * EIP-7702 delegate contracts that wallets ship as their smart-account implementation, kept as
 * data (addresses from walletbeat's public wallet-contracts list). An account delegated anywhere
 * else runs code its wallet did not choose: a common way to drain an account is to have its owner
 * sign an authorization to such a contract. Adding a row is all it takes to know a new wallet.
 */
export const knownDelegates: readonly { address: string; name: string }[] = [
  { address: '0x63c0c19a282a1b52b07dd5a65b58948a07dae32b', name: 'MetaMask EIP7702StatelessDeleGator' },
  { address: '0x7702cb554e6bfb442cb743a7df23154544a7176c', name: 'Coinbase EIP-7702 Proxy' },
  { address: '0x5a7fc11397e9a8ad41bf10bf13f22b0a63f96f6d', name: 'Ambire Delegator' },
  { address: '0x000000005c84f8fd50b21cac312528a64437030e', name: 'Calibur (Uniswap)' },
  { address: '0xe40ccb2d94975c51bff0c004efdfd9b3a5796fa4', name: 'OKX EIP-7702 Delegator' },
  { address: '0xe6cae83bde06e4c305530e199d7217f42808555b', name: 'eth-infinitism Simple7702Account' },
]

export const knownDelegateName = (address: string): string | null =>
  knownDelegates.find((d) => d.address === address.toLowerCase())?.name ?? null

/** EIP-7702's delegation indicator: an account delegated to `delegate` has exactly this code. */
export const delegationCode = (delegate: string) => `0xef0100${delegate.slice(2).toLowerCase()}`
