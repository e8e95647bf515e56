// The full program (dist/cli.js's main) with no entry in front of it: what bin/support-doctor.js
// would print if it took no short cut (no quick answer, no light `redact`). For tests that compare.
// Loaded by URL: the bundle is not type-checked as a module of the tests.
const { main } = await import(new URL('../../dist/cli.js', import.meta.url).href)

const code = await main(process.argv)
/** @param {NodeJS.WritableStream} stream */
const flushed = (stream) => new Promise((resolve) => stream.write('', resolve))
await Promise.all([flushed(process.stdout), flushed(process.stderr)])
process.exit(code)
