import type { Activity } from 'botbuilder';
import type { Person } from '../domain/model.js';
import type { AppDeps } from './deps.js';
import { DEMO_IDENTITIES } from './local-users.js';

/**
 * The person behind an activity, by `from.aadObjectId` only (never the display name).
 * In local mode LOCAL_USER maps an unknown user (the Playground's) to a demo identity.
 */
export async function resolvePerson(
  activity: Partial<Activity>,
  deps: AppDeps,
): Promise<Person | null> {
  const id = activity.from?.aadObjectId;
  if (id) {
    const found = await deps.repos.org.findPerson(id);
    if (found) return found;
  }
  const local = deps.config.mode === 'local' ? deps.config.localUser : null;
  if (local && local !== 'none') return deps.repos.org.findPerson(DEMO_IDENTITIES[local]);
  return null;
}
