import * as z from 'zod'
import { fieldsOf, languageOptions, networkOptions, outputOptions, reportOptions } from './option-groups.js'

/** The option sets commands are made of, as zod objects built from the groups (option-groups.ts). */
export const languageOptionsSchema = z.object(fieldsOf(languageOptions))
export const networkOptionsSchema = z.object(fieldsOf(networkOptions))
export const outputOptionsSchema = z.object(fieldsOf(outputOptions))
export const reportOptionsSchema = z.object(fieldsOf(reportOptions))

export type LanguageOptions = z.output<typeof languageOptionsSchema>
export type NetworkOptions = z.output<typeof networkOptionsSchema>
export type OutputOptions = z.output<typeof outputOptionsSchema>
export type ReportOptions = z.output<typeof reportOptionsSchema>

/** What a report command (tx, address) takes besides its subject: every group. */
export const reportCommandSchema = languageOptionsSchema
  .extend(networkOptionsSchema.shape)
  .extend(outputOptionsSchema.shape)
  .extend(reportOptionsSchema.shape)
