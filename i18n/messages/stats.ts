/** Strings for the stats feature. Danish first; English mirrors every key. */
export const statsDa = {
  'stats.placeholder': '…',
} as const;

export const statsEn: Record<keyof typeof statsDa, string> = {
  'stats.placeholder': '…',
};
