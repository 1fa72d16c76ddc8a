/**
 * After a correction or an undo changed a sick period: the person's frequent-absence flags that
 * rested on it and nobody has acted on are withdrawn (app/frequency-check.ts), and the withdrawal
 * is audited. Returns how many were withdrawn, for the notice (withFlagsWithdrawn).
 */
import { auditAction, type UseCaseContext } from '../context.js';
import { withdrawUnfoundedFlags } from '../frequency-check.js';

export async function withdrawFlagsAfter(
  ctx: UseCaseContext,
  changed: { personKey: string; unitId: string | null },
): Promise<number> {
  const withdrawn = await withdrawUnfoundedFlags(ctx, changed.personKey, changed.unitId);
  if (withdrawn.length === 0) return 0;
  const ids = withdrawn.map((f) => f.id).join(',');
  await auditAction(
    ctx,
    'followup.frequencyWithdrawn',
    changed.personKey,
    changed.unitId,
    'allowed',
    ids,
  );
  return withdrawn.length;
}
