// @ts-check
/**
 * A contract for the hostile-text tests: it reverts with a string that carries terminal escapes,
 * bidi overrides and markdown/HTML, compiled with npm solc like contracts.js beside it (cached by
 * source and compiler version). Test-side code: the tool never sends.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const require = createRequire(import.meta.url)

/** What the revert string holds, as Solidity escapes: OSC 52, cursor-up + erase, clear-screen, RLO, markdown, HTML. */
export const HOSTILE_REVERT_SOLIDITY =
  '\\x1b]52;c;ZXZpbA==\\x07\\x1b[1A\\x1b[2KConfirmed \\x1b[2J\\u202Egnp.exe [click](https://evil.example) <img src=x onerror=alert(1)>'

const REVERTER = `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;
contract HostileReverter {
    function fail() external pure {
        revert("${HOSTILE_REVERT_SOLIDITY}");
    }
}
`

/** @returns {{ abi: any[], bytecode: `0x${string}` }} */
export function hostileReverter() {
  const solc = require('solc')
  const key = createHash('sha256').update(REVERTER).update(solc.version()).digest('hex').slice(0, 16)
  const cacheFile = join(process.cwd(), 'node_modules', '.cache', 'support-doctor', `HostileReverter-${key}.json`)
  try {
    return JSON.parse(readFileSync(cacheFile, 'utf8'))
  } catch {
    // not compiled yet
  }
  const input = {
    language: 'Solidity',
    sources: { 'HostileReverter.sol': { content: REVERTER } },
    settings: { outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } } },
  }
  const output = JSON.parse(solc.compile(JSON.stringify(input)))
  const errors = (output.errors ?? []).filter((/** @type {{severity: string}} */ e) => e.severity === 'error')
  if (errors.length) throw new Error(`solc: ${JSON.stringify(errors)}`)
  const contract = output.contracts['HostileReverter.sol'].HostileReverter
  const compiled = { abi: contract.abi, bytecode: /** @type {`0x${string}`} */ (`0x${contract.evm.bytecode.object}`) }
  mkdirSync(join(cacheFile, '..'), { recursive: true })
  writeFileSync(cacheFile, JSON.stringify(compiled))
  return compiled
}
