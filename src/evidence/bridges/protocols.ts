import { acrossProtocol } from './across.js'
import { arbitrumBridge } from './arbitrum.js'
import type { BridgeProtocol } from './bridge-protocol.js'
import { cctpProtocol } from './cctp.js'
import { opStackProtocol } from './op-stack.js'

/** Every protocol `tx` recognises, in the order their findings are listed. */
export const bridgeProtocols: readonly BridgeProtocol[] = [
  opStackProtocol,
  arbitrumBridge,
  acrossProtocol,
  cctpProtocol,
]
