import type { Severity } from './data-types.js'
import { findingRegistry, type FindingCode, type FindingDataMap } from './registry.js'

/** A finding as the rules produce it: a code, how serious it is here, and its machine-readable data. */
export type Finding = { [K in FindingCode]: { code: K; severity: Severity; data: FindingDataMap[K] } }[FindingCode]

/** Builds a finding; its severity is the registry's unless the rule knows better for this case. */
export const finding = <K extends FindingCode>(code: K, data: FindingDataMap[K], severity?: Severity) =>
  ({ code, severity: severity ?? findingRegistry[code].severity, data }) as Finding
