import { Chalk, type ChalkInstance } from 'chalk'

/**
 * Colour for one stream, following the usual rules: NO_COLOR turns it off, FORCE_COLOR turns it
 * on, otherwise colour only on a terminal. stdout and stderr are decided separately, so a
 * redirected report carries no escape codes while errors on the terminal stay coloured.
 */
export function styleFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): ChalkInstance {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return new Chalk({ level: 0 })
  if (env.FORCE_COLOR !== undefined)
    return new Chalk({ level: env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false' ? 0 : 1 })
  return new Chalk({ level: stream.isTTY ? 1 : 0 })
}
