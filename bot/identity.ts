import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Person } from '../domain/model.js';
import type { AppDeps } from './deps.js';
import { DEMO_IDENTITIES } from './local-users.js';

/**
 * The person behind an activity, by `from.aadObjectId` only (never the display name).
 *
 * HR often imports people by UPN (their sign-in name) alone; they are stored with a placeholder id.
 * When an object id is unknown and such placeholders exist, the bot asks Teams (the roster API,
 * called with the bot's own credentials — not anything the activity claims) for the sender's UPN
 * and binds the placeholder to the object id once, audited. In local mode LOCAL_USER maps an
 * unknown user (the Playground's) to a demo identity.
 */
export async function resolvePerson(context: TurnContext, deps: AppDeps): Promise<Person | null> {
  const id = context.activity.from?.aadObjectId;
  if (id) {
    const found = await deps.repos.org.findPerson(id);
    if (found) return found;
    const bound = await bindByUpn(context, id, deps);
    if (bound) return bound;
  }
  const local = deps.config.mode === 'local' ? deps.config.localUser : null;
  if (local && local !== 'none') return deps.repos.org.findPerson(DEMO_IDENTITIES[local]);
  return null;
}

async function bindByUpn(
  context: TurnContext,
  aadObjectId: string,
  deps: AppDeps,
): Promise<Person | null> {
  const userId = context.activity.from?.id;
  if (context.activity.channelId !== 'msteams' || !userId) return null;
  if (!(await deps.repos.org.hasUnboundUpns())) return null;
  const upn = await teamsUpnOf(context, userId, aadObjectId, deps);
  if (!upn) return null;
  const person = await deps.repos.org.bindUpn(upn, aadObjectId);
  if (person) {
    await deps.repos.audit.record({
      actor: aadObjectId,
      action: 'identity.bindUpn',
      subject: null,
      unitId: null,
      outcome: 'allowed',
      detail: 'placeholder bound to the object id Teams reports for the UPN',
    });
    deps.logger.info({ aadObjectId }, 'a person imported by UPN was recognised in Teams');
  }
  return person;
}

/** The sender's UPN from the Teams roster, if Teams confirms the same object id. */
async function teamsUpnOf(
  context: TurnContext,
  userId: string,
  aadObjectId: string,
  deps: AppDeps,
): Promise<string | null> {
  try {
    const member = await TeamsInfo.getMember(context, userId);
    if (member.aadObjectId && member.aadObjectId !== aadObjectId) return null;
    const upn = member.userPrincipalName || member.email;
    return upn ? upn.trim().toLowerCase() : null;
  } catch (err) {
    deps.logger.warn({ err: String(err) }, 'could not look up an unknown sender in Teams');
    return null;
  }
}
