// `redact` through the light entry only (dist/redact-cli.js), as bin/support-doctor.js calls it:
// exits 99 with DECLINED on stderr when the entry leaves the call to the full program.
// Loaded by URL: the bundle is not type-checked as a module of the tests.
const { redactCli } = await import(new URL('../../dist/redact-cli.js', import.meta.url).href)

const [command, ...args] = process.argv.slice(2)
const code = command === 'redact' ? await redactCli(args) : undefined
if (code === undefined) process.stderr.write('DECLINED')
/** @param {NodeJS.WritableStream} stream */
const flushed = (stream) => new Promise((resolve) => stream.write('', resolve))
await Promise.all([flushed(process.stdout), flushed(process.stderr)])
process.exit(code ?? 99)
