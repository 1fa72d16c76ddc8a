/**
 * String orders for sorting, with one collator each instead of a String.localeCompare per
 * comparison (which builds its collator every call: a sort of thousands took tens of ms).
 * `collate` orders as localeCompare(b) does; `collateDa` as localeCompare(b, 'da') (names, units).
 */
export const collate = new Intl.Collator().compare;
export const collateDa = new Intl.Collator('da').compare;
