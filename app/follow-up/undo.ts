/**
 * Undo: the actor's own latest change, after a confirmation, until the end of the next working
 * day after it was made (domain/follow-up/corrections.ts). Only the person who made a change may
 * undo it, and only while they may still act for the employee; a change someone has acted on
 * since is not undone. Every undo and every read of the change to confirm it is audited.
 */
import { mayAccess } from '../../domain/access.js';
import {
  mayStillUndo,
  summarize,
  undoChange,
  undoDeadline,
  type ChangeEntry,
  type ChangeSummary,
} from '../../domain/follow-up/corrections.js';
import type { IsoDate } from '../../domain/model.js';
import { auditAction, todayIn, type UseCaseContext } from '../context.js';
import { ownEmployee } from '../employees.js';
import { employeesByKey } from '../org.js';
import { CHANGE_AUDIT } from './change-log.js';
import { withdrawFlagsAfter } from './flags-after-change.js';
import {
  followUpRefusal,
  notice,
  refused,
  withFlagsWithdrawn,
  type Notice,
  type Refused,
} from './notice.js';

export type UndoAnswer =
  | Refused
  | { kind: 'confirm-undo'; entryId: string; summary: ChangeSummary; deadline: IsoDate }
  | { kind: 'done'; notice: Notice };

const done = (n: Notice): UndoAnswer => ({ kind: 'done', notice: n });

/** The actor may still correct this person: their own employee, or HR serving the unit. */
async function mayCorrect(ctx: UseCaseContext, entry: ChangeEntry): Promise<boolean> {
  if (await ownEmployee(ctx, entry.personKey)) return true;
  const { persons, units } = await ctx.repos.org.snapshot();
  const request = { kind: 'hr-case' as const, unitId: entry.unitId };
  return mayAccess(ctx.actor.person, persons, units, ctx.audience, request).ok;
}

async function nameOf(ctx: UseCaseContext, personKey: string): Promise<string> {
  const found = await employeesByKey(ctx.repos, [personKey], todayIn(ctx));
  return found.get(personKey)?.displayName ?? '–';
}

async function summaryOf(ctx: UseCaseContext, entry: ChangeEntry): Promise<ChangeSummary> {
  const period = await ctx.repos.absence.period(entry.periodId);
  const stepRef = entry.stepsAfter[0] ?? entry.stepsBefore[0];
  const step = stepRef ? await ctx.repos.followUps.step(stepRef.id) : null;
  return summarize(entry, await nameOf(ctx, entry.personKey), { period, step });
}

/** The actor's last change, if it may still be undone: the confirmation to show, or why not. */
export async function proposeUndo(ctx: UseCaseContext): Promise<UndoAnswer> {
  const gate = followUpRefusal(ctx, 'leader-or-hr-consultant');
  if (gate) return gate;
  const entry = await ctx.repos.changeLog.latest(ctx.actor.person.aadObjectId);
  if (!entry) return refused(notice('corrections.nothingToUndo'));
  if (!mayStillUndo(entry, todayIn(ctx)))
    return refused(notice('corrections.tooOld', {}, { deadline: undoDeadline(entry.at) }));
  if (!(await mayCorrect(ctx, entry))) {
    await auditAction(ctx, 'followup.undo', entry.personKey, entry.unitId, 'denied', entry.kind);
    return refused(notice('followup.chat.notYourEmployee'));
  }
  const summary = await summaryOf(ctx, entry);
  await auditAction(ctx, 'followup.undo.read', entry.personKey, entry.unitId, 'allowed', entry.id);
  return { kind: 'confirm-undo', entryId: entry.id, summary, deadline: undoDeadline(entry.at) };
}

/** "Ja, fortryd": the change named by the card is undone, if it is still the actor's to undo. */
export async function confirmUndo(ctx: UseCaseContext, entryId: string): Promise<UndoAnswer> {
  const gate = followUpRefusal(ctx, 'leader-or-hr-consultant');
  if (gate) return gate;
  const entry = await ctx.repos.changeLog.entry(entryId);
  if (!entry || entry.actor !== ctx.actor.person.aadObjectId)
    return refused(notice('corrections.nothingToUndo'));
  if (entry.undoneAt !== null) return done(notice('corrections.alreadyUndone'));
  if (!mayStillUndo(entry, todayIn(ctx)))
    return refused(notice('corrections.tooOld', {}, { deadline: undoDeadline(entry.at) }));
  if (!(await mayCorrect(ctx, entry))) {
    await auditAction(ctx, 'followup.undo', entry.personKey, entry.unitId, 'denied', entry.kind);
    return refused(notice('followup.chat.notYourEmployee'));
  }
  const summary = await summaryOf(ctx, entry);
  const at = ctx.now.toUTC().toISO() ?? '';
  const result = await ctx.repos.changeLog.undo(entryId, (e, now) => undoChange(e, now, at), at);
  const outcome = result.ok ? 'allowed' : 'rejected';
  const detail = `${CHANGE_AUDIT[entry.kind]}:${result.ok ? entry.id : result.reason}`;
  await auditAction(ctx, 'followup.undo', entry.personKey, entry.unitId, outcome, detail);
  if (result.ok) {
    const undone = notice('corrections.undone', { name: summary.employeeName });
    // A period undone or changed back may no longer meet a frequency trigger it fired.
    if (entry.periodBefore === undefined) return done(undone);
    return done(withFlagsWithdrawn(undone, await withdrawFlagsAfter(ctx, entry)));
  }
  if (result.reason === 'already-undone') return done(notice('corrections.alreadyUndone'));
  return refused(notice('corrections.changedSince', { name: summary.employeeName }));
}
