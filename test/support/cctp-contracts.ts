import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Abi, Hex } from 'viem'

/**
 * Circle's CCTP contracts, compiled from the published source vendored unmodified under
 * test/fixtures/cctp (see SOURCE.md there) with npm solc 0.7.6, the version the files pin, and the
 * optimizer settings of the repository's foundry.toml. Compiled once per source and compiler
 * version, cached like the other test contracts.
 */
const require = createRequire(import.meta.url)
const ROOT = fileURLToPath(new URL('../fixtures/cctp/', import.meta.url))
const OPENZEPPELIN_V3 = '@openzeppelin/contracts-v3'

/** Bytecode with its external library references still to link (`file:Library` → byte offsets). */
export type Compiled = { abi: Abi; bytecode: Hex; links: Record<string, number[]> }
type Name =
  | 'MessageTransmitter'
  | 'TokenMessenger'
  | 'TokenMinter'
  | 'MessageTransmitterV2'
  | 'TokenMessengerV2'
  | 'TokenMinterV2'
  | 'AdminUpgradableProxy'
  | 'MockMintBurnToken'
export type CctpContracts = Record<Name, Compiled> & { libraries: Record<string, Compiled> }

const WANTED: Record<Name, string> = {
  MessageTransmitter: 'src/MessageTransmitter.sol',
  TokenMessenger: 'src/TokenMessenger.sol',
  TokenMinter: 'src/TokenMinter.sol',
  MessageTransmitterV2: 'src/v2/MessageTransmitterV2.sol',
  TokenMessengerV2: 'src/v2/TokenMessengerV2.sol',
  TokenMinterV2: 'src/v2/TokenMinterV2.sol',
  AdminUpgradableProxy: 'src/proxy/AdminUpgradableProxy.sol',
  MockMintBurnToken: 'test/mocks/MockMintBurnToken.sol',
}

function solidityFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return solidityFiles(path)
    return name.endsWith('.sol') ? [path] : []
  })
}

/**
 * The repository's remappings.txt, so that a file imported by a remapped and by a relative path is
 * one source unit, as under forge: memview-sol is vendored under lib/, and OpenZeppelin's
 * lib/openzeppelin-contracts/contracts/… is read from npm's @openzeppelin/contracts 3.4.2.
 */
const REMAPPINGS = ['@memview-sol/=lib/memview-sol/', '@openzeppelin/=lib/openzeppelin-contracts/']
const OPENZEPPELIN_LIB = 'lib/openzeppelin-contracts/contracts/'

function findImports(path: string) {
  try {
    if (path.startsWith(OPENZEPPELIN_LIB))
      return {
        contents: readFileSync(require.resolve(`${OPENZEPPELIN_V3}/${path.slice(OPENZEPPELIN_LIB.length)}`), 'utf8'),
      }
    return { error: `not found: ${path}` }
  } catch {
    return { error: `not found: ${path}` }
  }
}

export function cctpContracts(): CctpContracts {
  const solc = require('solc-0.7.6') as { version: () => string; compile: (input: string, options: object) => string }
  const sources: Record<string, { content: string }> = {}
  for (const file of solidityFiles(ROOT)) {
    const key = relative(ROOT, file).split('\\').join('/')
    sources[key] = { content: readFileSync(file, 'utf8') }
  }
  const hash = createHash('sha256')
    .update('linked')
    .update(solc.version())
    .update(require(`${OPENZEPPELIN_V3}/package.json`).version)
  for (const key of Object.keys(sources).sort()) hash.update(key).update(sources[key]!.content)
  const cacheDir = join(process.cwd(), 'node_modules', '.cache', 'support-doctor')
  const cacheFile = join(cacheDir, `cctp-${hash.digest('hex').slice(0, 16)}.json`)
  try {
    return JSON.parse(readFileSync(cacheFile, 'utf8')) as CctpContracts
  } catch {
    // not compiled yet
  }
  const input = {
    language: 'Solidity',
    sources,
    settings: {
      remappings: REMAPPINGS,
      optimizer: { enabled: true, runs: 100_000 },
      outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.bytecode.linkReferences'] } },
    },
  }
  type Output = {
    errors?: { severity: string; formattedMessage: string }[]
    contracts: Record<
      string,
      Record<
        string,
        {
          abi: Abi
          evm: { bytecode: { object: string; linkReferences: Record<string, Record<string, { start: number }[]>> } }
        }
      >
    >
  }
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports })) as Output
  const errors = (output.errors ?? []).filter((e) => e.severity === 'error')
  if (errors.length) throw new Error(`solc: ${errors.map((e) => e.formattedMessage).join('\n')}`)
  const take = (path: string, name: string): Compiled => {
    const contract = output.contracts[path]![name]!
    const links: Record<string, number[]> = {}
    for (const [file, libraries] of Object.entries(contract.evm.bytecode.linkReferences))
      for (const [library, places] of Object.entries(libraries))
        links[`${file}:${library}`] = places.map((p) => p.start)
    return { abi: contract.abi, bytecode: `0x${contract.evm.bytecode.object}`, links }
  }
  const compiled = Object.fromEntries(Object.entries(WANTED).map(([name, path]) => [name, take(path, name)])) as Record<
    Name,
    Compiled
  >
  // The external libraries they link against (Message, AddressUtils…), compiled with them.
  const libraries: Record<string, Compiled> = {}
  for (const contract of Object.values(compiled))
    for (const key of Object.keys(contract.links)) {
      const [file, library] = key.split(':') as [string, string]
      libraries[key] = take(file, library)
    }
  const all = { ...compiled, libraries }
  mkdirSync(cacheDir, { recursive: true })
  writeFileSync(cacheFile, JSON.stringify(all))
  return all
}
