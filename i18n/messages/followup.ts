/** Strings for the followup feature. Danish first; English mirrors every key. */
export const followUpDa = {
  'followup.placeholder': '…',
} as const;

export const followUpEn: Record<keyof typeof followUpDa, string> = {
  'followup.placeholder': '…',
};
