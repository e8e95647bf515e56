import { text } from '../i18n/text.js'
import { DoctorError, ExitCode } from './doctor-error.js'

/** Errors of the input (exit 2): nothing was looked up. */

/** Public endpoints off and none configured: said the same wherever it is found. */
export const noEndpointsError = () =>
  new DoctorError({
    code: 'input.no-endpoints',
    message: text('error.noEndpoints'),
    suggestion: text('hint.noEndpoints'),
    exitCode: ExitCode.invalidInput,
  })

/** `--out` could not be written where asked. */
export const outFileError = (file: string, reason: string, cause?: unknown) =>
  new DoctorError({
    code: 'input.out',
    message: text('error.outFile', { file, reason }),
    exitCode: ExitCode.invalidInput,
    cause,
  })

/** `--out` names a file in a folder that does not exist (or is not a folder). */
export const outFolderError = (file: string, cause?: unknown) =>
  new DoctorError({
    code: 'input.out',
    message: text('error.outFolder', { file }),
    suggestion: text('hint.checkPath'),
    exitCode: ExitCode.invalidInput,
    cause,
  })

/** `--out` names something a rename would destroy or redirect: a directory, device, FIFO or symlink. */
export const outTargetError = (file: string, kind: 'not-regular' | 'symlink') =>
  new DoctorError({
    code: 'input.out',
    message: kind === 'symlink' ? text('error.outSymlink', { file }) : text('error.outNotRegular', { file }),
    exitCode: ExitCode.invalidInput,
  })

/** A file named on the command line could not be read (`reason`: its error code, ENOENT said in words). */
export const readFileError = (file: string, reason: string, cause?: unknown) =>
  new DoctorError({
    code: 'input.file',
    message: reason === 'ENOENT' ? text('error.fileMissing', { file }) : text('error.readFile', { file, reason }),
    ...(reason === 'ENOENT' ? { suggestion: text('hint.checkPath') } : {}),
    exitCode: ExitCode.invalidInput,
    cause,
  })

/**
 * An `--from-evidence` file about another transaction than the hash given. Each hash follows the
 * words "tx hash": the redaction every error goes through keeps a 64-hex value there, and would
 * remove it (a possible key) anywhere else.
 */
export const evidenceOtherHashError = (file: string, evidenceHash: string, hash: string) =>
  new DoctorError({
    code: 'input.evidence',
    message: text('error.evidenceOtherHash', { file, evidenceHash, hash }),
    exitCode: ExitCode.invalidInput,
  })

/** An `--from-evidence` file that is not evidence, or not about the hash given. */
export const evidenceFileError = (file: string, problem: string, cause?: unknown) =>
  new DoctorError({
    code: 'input.evidence',
    message: text('error.evidenceFile', { file, problem }),
    exitCode: ExitCode.invalidInput,
    cause,
  })
