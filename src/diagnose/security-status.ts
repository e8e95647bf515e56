/**
 * What `security` concludes about an address: nobody else can or did move funds; something needs
 * action; someone did; or no verdict, because the endpoints return different logs for it, or
 * nothing was found while a --rpc URL never said which network it serves.
 */
export const securityStatuses = ['clean', 'at-risk', 'compromised', 'undetermined'] as const
export type SecurityStatus = (typeof securityStatuses)[number]
