import { writeFile } from 'node:fs/promises'
import * as z from 'zod'
import { evidenceFileError } from '../errors/input-errors.js'
import { FileTooLargeError, readCapped } from '../io/read-capped.js'

/** Evidence holds what the chain answered (up to 16 MB an answer); more than that is not ours. */
const MAX_EVIDENCE_FILE_BYTES = 32 * 1024 * 1024

/** Writes evidence through its zod codec (bigints as decimal strings), for support staff to replay. */
export async function writeEvidenceFile<S extends z.ZodType>(file: string, schema: S, evidence: z.output<S>) {
  await writeFile(file, `${JSON.stringify(z.encode(schema, evidence), null, 2)}\n`)
}

/**
 * Reads an evidence file someone sent: capped in size, parsed as JSON and validated by the same
 * codec that wrote it, so a hand-edited or hostile file is refused (exit 2) instead of diagnosed.
 */
export async function readEvidenceFile<S extends z.ZodType>(file: string, schema: S): Promise<z.output<S>> {
  let raw: unknown
  try {
    raw = JSON.parse(await readCapped(file, MAX_EVIDENCE_FILE_BYTES))
  } catch (cause) {
    const problem =
      cause instanceof FileTooLargeError ? cause.message : ((cause as NodeJS.ErrnoException).code ?? 'not valid JSON')
    throw evidenceFileError(file, problem, cause)
  }
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const problem = `${issue?.path.join('.') || '(top level)'}: ${issue?.message ?? 'invalid'}`
    throw evidenceFileError(file, problem)
  }
  return parsed.data
}
