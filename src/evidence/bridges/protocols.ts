import { acrossProtocol } from './across.js'
import type { BridgeProtocol } from './bridge-protocol.js'
import { cctpProtocol } from './cctp.js'

/** Every protocol `tx` recognises, in the order their findings are listed. */
export const bridgeProtocols: readonly BridgeProtocol[] = [acrossProtocol, cctpProtocol]
