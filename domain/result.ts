/** Domain results as values; handlers turn a reason into a localized message. */
export type Result<T, R extends string = string> =
  { ok: true; value: T } | { ok: false; reason: R; detail?: Record<string, string | number> };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <R extends string>(
  reason: R,
  detail?: Record<string, string | number>,
): { ok: false; reason: R; detail?: Record<string, string | number> } =>
  detail ? { ok: false, reason, detail } : { ok: false, reason };
