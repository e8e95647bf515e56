import type { ErrorTextFacts } from '../decode/error-text/parse-error-text.js'
import { finding, type Finding } from '../findings/finding.js'
import type { FindingCode } from '../findings/registry.js'
import type { ErrorStatus } from './error-status.js'
import { errorMessageRule, errorOtherChainsRule } from './rules/error-message.js'
import { errorRevertRule } from './rules/error-revert.js'

export type ErrorDiagnosis = { status: ErrorStatus; findings: Finding[] }

/** Rules in reading order: what the node said, then the revert it carried, then other chains' messages. */
const rules = [errorMessageRule, errorRevertRule, errorOtherChainsRule]

/** Pure: the facts read from a pasted error → findings; `error.unrecognised` when nothing is known. */
export function diagnoseError(facts: ErrorTextFacts): ErrorDiagnosis {
  const findings = rules.flatMap((rule) => rule(facts))
  if (findings.length > 0) return { status: 'explained', findings }
  return {
    status: 'unrecognised',
    findings: [finding('error.unrecognised', { codes: facts.codes, message: facts.quote })],
  }
}

/** Messages that are not a problem in themselves: nothing happened, or it is already waiting to be mined. */
const harmless: ReadonlySet<FindingCode> = new Set(['error.user-rejected', 'error.already-known'])

/** 0 when every finding is harmless; 1 for any other explained or unrecognised message. */
export function errorExitCode(diagnosis: ErrorDiagnosis): 0 | 1 {
  return diagnosis.findings.every((f) => harmless.has(f.code)) ? 0 : 1
}
