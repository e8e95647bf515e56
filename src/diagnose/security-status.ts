/** What `security` concludes about an address: nobody else can or did move funds; something needs action; someone did. */
export const securityStatuses = ['clean', 'at-risk', 'compromised'] as const
export type SecurityStatus = (typeof securityStatuses)[number]
