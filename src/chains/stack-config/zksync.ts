// A module of its own so that the bundler keeps only the config: a dynamic import of 'viem/zksync'
// itself would keep every export of it (its wallet and public actions among them).
export { chainConfig } from 'viem/zksync'
