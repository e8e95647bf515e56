import { once } from 'node:events'
import { createReadStream, createWriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { Command } from 'commander'
import { z } from 'zod'
import { inputError, text } from '../errors/doctor-error.js'
import { translator, type Say } from '../i18n/translate.js'
import { redactionKinds } from '../redact/redact.js'
import { StreamingRedactor } from '../redact/redact-stream.js'
import { commonOptionsSchema, hashSchema, parseOptions } from './common-options.js'
import type { Deps } from './deps.js'
import { loadSettings } from './session.js'

const redactOptionsSchema = commonOptionsSchema
  .pick({ json: true, lang: true, out: true, redactAddresses: true, config: true })
  .extend({
    file: z.string().optional(),
    keep: z.array(hashSchema).default([]),
  })

/** The same engine on any text — support staff run it on the logs users send them. */
export function redactCommand(say: Say, deps: Deps, setExitCode: (code: number) => void): Command {
  return new Command('redact')
    .description(say('cmd.redact'))
    .argument('[file]', say('cmd.redact.file'))
    .option('--keep <hash>', say('opt.keep'), (value: string, previous: string[] = []) => [...previous, value])
    .option('--redact-addresses', say('opt.redactAddresses'))
    .option('-o, --out <file>', say('opt.out'))
    .option('--json', say('opt.json'))
    .option('--lang <lang>', say('opt.lang'))
    .option('--config <file>', say('opt.config'))
    .addHelpText('after', `\n${say('cli.examples')}:\n${say('cmd.redact.examples')}`)
    .action(async (file: string | undefined, raw: Record<string, unknown>) => {
      const options = parseOptions(redactOptionsSchema, { ...raw, file })
      const settings = await loadSettings(options, deps)
      const redactor = new StreamingRedactor({
        knownHashes: new Set(options.keep.map((h) => h.toLowerCase())),
        shortenAddresses: options.redactAddresses || settings.config.redact?.addresses === true,
      })
      const json = settings.format === 'json'
      // Streamed, so a 1 GB log is redacted in constant memory; --json writes the text as one JSON string.
      const input = readInput(options.file, deps)
      let next = await input.next() // a missing or unreadable file fails here, before any output
      const output = await openOutput(options.out, deps)
      try {
        if (json) await output.write('{\n  "schemaVersion": 1,\n  "text": "')
        for (; !next.done; next = await input.next()) {
          const clean = redactor.push(next.value)
          if (clean) await output.write(json ? JSON.stringify(clean).slice(1, -1) : clean)
        }
        const rest = redactor.end()
        if (rest) await output.write(json ? JSON.stringify(rest).slice(1, -1) : rest)
        const { removed } = redactor
        const counts = Object.fromEntries(redactionKinds.filter((k) => removed[k]).map((k) => [k, removed[k]]))
        if (json) await output.write(`",\n  "removed": ${JSON.stringify(counts, null, 2).replace(/\n/g, '\n  ')}\n}\n`)
        await output.finish()
        summarise(counts)
      } catch (error) {
        await output.abort()
        throw error
      }
      setExitCode(0)

      function summarise(counts: Record<string, number | undefined>) {
        // A summary for the person, on stderr so the redacted text on stdout stays pipeable.
        if (json) return
        const sayIn = translator(settings.lang)
        const summary = Object.entries(counts).map(
          ([kind, n]) => `${sayIn(`redaction.${kind}` as 'redaction.email')} ×${n}`,
        )
        deps.stderr.write(
          `${summary.length ? sayIn('redact.summary', { list: summary.join(', ') }) : sayIn('redact.nothing')}\n`,
        )
        if (counts['private-key']) deps.stderr.write(`${sayIn('redact.hashHint')}\n`)
      }
    })
}

/** The input as text chunks: the file (read 1 MB at a time) or stdin; unreadable is an input error. */
async function* readInput(file: string | undefined, deps: Deps): AsyncGenerator<string> {
  if ((!file || file === '-') && deps.stdinIsTTY)
    throw inputError('input.file', text('error.redactNoInput'), text('hint.help'))
  const stream = file && file !== '-' ? createReadStream(file, { highWaterMark: 1024 * 1024 }) : deps.stdin
  stream.setEncoding('utf8')
  try {
    for await (const chunk of stream) yield chunk as string
  } catch (cause) {
    throw inputError(
      'input.file',
      text('error.readFile', { file: file ?? '-', reason: (cause as NodeJS.ErrnoException).code ?? 'unreadable' }),
      undefined,
      cause,
    )
  }
}

type Output = { write(text: string): Promise<void>; finish(): Promise<void>; abort(): Promise<void> }

/**
 * stdout, or with --out a file written beside and renamed over when complete (as writeOutput
 * does for reports), so an interrupted run never leaves half a file where a whole one is expected.
 * Writes wait for the stream to drain: memory stays flat however fast the input comes.
 */
async function openOutput(out: string | undefined, deps: Deps): Promise<Output> {
  const outError = (cause: unknown) =>
    inputError(
      'input.out',
      text('error.outFile', { file: out ?? '-', reason: (cause as NodeJS.ErrnoException).code ?? 'write failed' }),
      undefined,
      cause,
    )
  const temporary = `${out}.${process.pid}.tmp`
  const stream: NodeJS.WritableStream = out ? createWriteStream(temporary, { mode: 0o600 }) : deps.stdout
  if (out) {
    try {
      await once(stream, 'open')
    } catch (cause) {
      throw outError(cause)
    }
  }
  let failure: unknown
  stream.on('error', (cause: unknown) => (failure ??= cause))
  return {
    async write(chunk) {
      if (failure) throw outError(failure)
      if (!stream.write(chunk)) await once(stream, 'drain')
    },
    async finish() {
      if (!out) return
      await new Promise<void>((resolve, reject) =>
        stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
      )
      if (failure) throw outError(failure)
      try {
        await rename(temporary, out)
      } catch (cause) {
        throw outError(cause)
      }
    },
    async abort() {
      if (!out) return
      stream.end()
      await rm(temporary, { force: true })
    },
  }
}
