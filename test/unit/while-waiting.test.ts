import { describe, expect, it } from 'vitest'
import { requestSent, whileWaiting } from '../../src/rpc/while-waiting.js'

describe('work done while a request is on the wire', () => {
  it('runs once, at the first request sent after it was queued, and a failure stops nothing else', () => {
    const ran: string[] = []
    whileWaiting(() => ran.push('a'))
    whileWaiting(() => {
      throw new Error('only ever work done ahead of need')
    })
    whileWaiting(() => ran.push('b'))
    expect(ran).toEqual([])
    requestSent()
    expect(ran).toEqual(['a', 'b'])
    requestSent()
    expect(ran).toEqual(['a', 'b'])
  })
})
