/** A finding text context (src/i18n/finding-texts.ts) that says every value plainly, for text tests. */
export const plainTextContext = {
  chainName: (id: number) => `chain ${id}`,
  network: 'chain 1',
  fee: (wei: string) => `${wei} wei`,
  fees: () => 'fees',
  token: () => 'TKN',
  amount: (raw: string | null) => `${raw} TKN`,
}
