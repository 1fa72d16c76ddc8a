/**
 * The invitation or the minutes as plain text in the chat, ready to copy into a mail or print and
 * sign. The invitation is the Danish text the employee gets (with the English version for an
 * English-speaking leader); the minutes follow the leader's language.
 */
import type { TurnContext } from 'botbuilder';
import type { GuideWorld } from '../app/guide/guide-world.js';
import { buildInvitationDraft, buildMinutesDraft } from '../domain/guide/documents.js';
import type { GuideError } from '../domain/guide/guide-errors.js';
import type { GuideSession } from '../domain/guide/guide-session.js';
import { fail, ok, type Result } from '../domain/result.js';
import { invitationText, minutesText } from '../cards/guide-text-export.js';
import { translator, type Translator } from '../i18n/index.js';
import type { GuideTurnDeps } from './guide-deps.js';
import { refuse, say, sendPlainText } from './guide-reply.js';

export type GuideDocument = 'invitation' | 'minutes';

/** The document's text for the session, or why it cannot be made yet. */
export function documentTextOf(
  session: GuideSession,
  world: GuideWorld,
  document: GuideDocument,
  t: Translator,
): Result<string, GuideError> {
  const { parties, today, sickStart, absenceFacts } = world.view;
  if (document === 'minutes') {
    const draft = buildMinutesDraft(session, parties, {
      today,
      firstSickDay: sickStart,
      absenceFacts,
    });
    return draft.ok ? ok(minutesText(draft.value, t)) : draft;
  }
  const draft = buildInvitationDraft(session, parties, { today, sickStart });
  if (!draft.ok) return fail(draft.reason);
  const danish = invitationText(draft.value, translator('da'));
  return ok(t.locale === 'da' ? danish : `${danish}\n${invitationText(draft.value, t)}`);
}

export async function exportDocument(
  deps: GuideTurnDeps,
  context: TurnContext,
  request: { sessionId: string; document: GuideDocument },
): Promise<void> {
  const { guide, t } = deps;
  const stored = await guide.load(request.sessionId);
  if (!stored) return say(context, t('core.invalidAction'));
  const world = await guide.world(stored.session);
  const text = world.ok ? documentTextOf(stored.session, world.value, request.document, t) : world;
  const outcome = text.ok ? 'allowed' : world.ok ? 'rejected' : 'denied';
  await guide.audit({
    action: 'guide.export',
    subject: stored.session.personKey,
    unitId: world.ok ? world.value.employee.unitId : null,
    outcome,
    detail: request.document,
  });
  if (!text.ok) return refuse(context, t, text);
  await sendPlainText(context, text.value);
}
