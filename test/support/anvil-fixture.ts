import { afterAll, beforeAll } from 'vitest'
import { startAnvil } from './devnode.js'

export type Anvil = Awaited<ReturnType<typeof startAnvil>>

/**
 * One anvil node for the test file that calls it: started before the file's own `beforeAll`
 * hooks (which build its contract world on it), stopped after its tests. Every integration test
 * gets its node the same way, and none can forget to stop one.
 */
export function useAnvil(options: Parameters<typeof startAnvil>[0] = {}): Anvil {
  let node: Anvil | undefined
  beforeAll(async () => {
    node = await startAnvil(options)
  })
  afterAll(() => node?.stop())
  const started = (): Anvil => {
    if (!node) throw new Error('the anvil node is used before it started: use it inside a hook or a test')
    return node
  }
  return {
    get url() {
      return started().url
    },
    get port() {
      return started().port
    },
    get chainId() {
      return started().chainId
    },
    request: (method, params) => started().request(method, params),
    stop: () => started().stop(),
  }
}
