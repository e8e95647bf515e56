import { arch, release, type } from 'node:os'

/** Only what support asks for: OS, CPU architecture, Node version. No host name, no user name. */
export function describeEnvironment(user: { wallet: string | null; browser: string | null }) {
  return {
    os: `${type()} ${release()}`,
    arch: arch(),
    node: process.version,
    wallet: user.wallet,
    browser: user.browser,
  }
}
