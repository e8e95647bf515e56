import type { Report } from './schema.js'

/** Recent base fees and the transaction's fee cap, drawn under a waiting transaction. */
export type FeeChartData = { values: bigint[]; feeCap: bigint | null }

/**
 * A report and what only a person's rendering shows of it (the fee chart): what `tx` and
 * `address` hand to the exporter and the conversation, in one value.
 */
export type ReportView = { report: Report; feeChart: FeeChartData | null }
