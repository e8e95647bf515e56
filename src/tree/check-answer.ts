import * as z from 'zod'
import { reportOptionsSchema } from '../commands/common-options.js'
import { addressSchema, hashSchema } from '../commands/option-schemas.js'
import { parseOptions } from '../commands/parse-options.js'
import { DoctorError } from '../errors/doctor-error.js'
import type { Lang } from '../i18n/catalog.js'
import { t, translator } from '../i18n/translate.js'
import type { TextKind } from './tree-types.js'
import { MAX_ERROR_TEXT } from '../decode/error-text/parse-error-text.js'
import { recogniseNonEvmId } from '../decode/non-evm-ids.js'

/** A pasted error message: any text up to what `explain` reads. */
const errorTextSchema = z.string().max(MAX_ERROR_TEXT)

/** The same schemas the commands validate their options with, so an answer means what a flag would. */
const schemas: Record<TextKind, z.ZodType> = {
  hash: hashSchema,
  address: addressSchema,
  'short-text': reportOptionsSchema.shape.wallet.unwrap(),
  'long-text': reportOptionsSchema.shape.tried.unwrap(),
  'error-text': errorTextSchema,
}

/** Free text has one rule, its length (from the same schemas); said in words, not as a flag's error. */
const lengthLimits: Partial<Record<TextKind, number | null>> = {
  'short-text': reportOptionsSchema.shape.wallet.unwrap().maxLength,
  'long-text': reportOptionsSchema.shape.tried.unwrap().maxLength,
  'error-text': MAX_ERROR_TEXT,
}

/** null when the answer is acceptable; otherwise the kind explanation the question is re-asked with. */
export function answerProblem(kind: TextKind, answer: string, optional: boolean, lang: Lang): string | null {
  const value = answer.trim()
  if (value === '') return optional ? null : translator(lang)('tree.required')
  // Another chain's id where a hash or address is asked: answered with where to look (issue 18).
  if ((kind === 'hash' || kind === 'address') && recogniseNonEvmId(value)) return null
  const limit = lengthLimits[kind]
  if (limit != null && value.length > limit)
    return translator(lang)('tree.tooLong', { max: limit, length: value.length })
  try {
    parseOptions(z.object({ answer: schemas[kind] }), { answer: value })
    return null
  } catch (error) {
    if (!(error instanceof DoctorError)) throw error
    return [t(lang, error.text), error.suggestion ? t(lang, error.suggestion) : null].filter(Boolean).join(' ')
  }
}
