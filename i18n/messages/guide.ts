/** Strings for the guide feature. Danish first; English mirrors every key. */
export const guideDa = {
  'guide.placeholder': '…',
} as const;

export const guideEn: Record<keyof typeof guideDa, string> = {
  'guide.placeholder': '…',
};
