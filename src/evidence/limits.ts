/**
 * Logs beyond this many are dropped (and counted): a support report needs the movements, not a dump.
 * Apart from the evidence schema, which a diagnosis loads only to read or write an evidence file.
 */
export const MAX_LOGS = 200
