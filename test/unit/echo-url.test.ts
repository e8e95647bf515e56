import { describe, expect, it } from 'vitest'
import { echoUrl } from '../../src/redact/echo-url.js'

const PASSWORDS = [`pa'ss`, `pa"ss`, `pa<ss>`, 'pa`ss`', `p@ss:w'o"r<d>\``]

describe('echoUrl: a typed URL echoed in an error never carries its credentials', () => {
  for (const password of PASSWORDS) {
    for (const scheme of ['https', 'ftp', 'htps']) {
      it(`${scheme} with password ${password} and an apikey query`, () => {
        const typed = `${scheme}://alice:${password}@node.example:8545/v3/KEY0123456789abcdef?apikey=SECRETKEY123`
        const shown = echoUrl(typed)
        for (const secret of ['alice', password, 'KEY0123456789abcdef', 'SECRETKEY123', 'apikey']) {
          expect(shown).not.toContain(secret)
        }
      })
    }
  }

  it('keeps scheme and host of a URL that parses, and a bare host:port typo as typed', () => {
    expect(echoUrl('ftp://node.example:2121/path?apikey=1')).toBe('ftp://node.example:2121/[redacted: url path]')
    expect(echoUrl('ftp://node.example')).toBe('ftp://node.example')
    expect(echoUrl('localhost:8545')).toBe('localhost:8545')
  })

  it('redacts the whole value when it does not parse as a URL with a host', () => {
    expect(echoUrl(`https//alice:pa'ss@node.example/?apikey=SECRET`)).toBe('[redacted: url]')
    expect(echoUrl(`alice:pa"ss@node.example`)).toBe('[redacted: url]')
    expect(echoUrl('not a url at all apikey=SECRET')).toBe('[redacted: url]')
  })
})
