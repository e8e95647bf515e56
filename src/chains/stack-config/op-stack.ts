// A module of its own so that the bundler keeps only the config: a dynamic import of 'viem/op-stack'
// itself would keep every export of it (its wallet and public actions among them).
export { chainConfig } from 'viem/op-stack'
