/** What `explain` concludes about a pasted error: it was recognised and explained, or it was not. */
export const errorStatuses = ['explained', 'unrecognised'] as const
export type ErrorStatus = (typeof errorStatuses)[number]
