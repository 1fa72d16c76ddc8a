/**
 * What each role can do with the bot, and what is available now versus coming.
 * The help card lists exactly this, so it stays honest as capabilities land.
 */
import type { Role } from './model.js';

export const CAPABILITIES = {
  stats: { roles: ['leader', 'hr-consultant', 'hr-admin'], status: 'available' },
  statsAnyUnit: { roles: ['hr-consultant', 'hr-admin'], status: 'available' },
  frequent: { roles: ['leader'], status: 'available' },
  register: { roles: ['leader'], status: 'available' },
  plan: { roles: ['leader'], status: 'available' },
  dueCards: { roles: ['leader'], status: 'available' },
  guide: { roles: ['leader'], status: 'available' },
  hrCases: { roles: ['hr-consultant', 'hr-admin'], status: 'available' },
  import: { roles: ['hr-admin', 'hr-consultant'], status: 'available' },
  tips: { roles: ['leader', 'hr-consultant', 'hr-admin', 'none'], status: 'available' },
  tipStats: { roles: ['hr-consultant', 'hr-admin'], status: 'available' },
  channel: { roles: ['leader', 'hr-consultant', 'hr-admin'], status: 'available' },
  workflows: { roles: ['leader', 'hr-consultant', 'hr-admin'], status: 'available' },
  tab: { roles: ['leader', 'hr-consultant', 'hr-admin'], status: 'coming' },
} as const satisfies Record<string, { roles: readonly Role[]; status: 'available' | 'coming' }>;

export type Capability = keyof typeof CAPABILITIES;

/** The capabilities of a person with these roles, split by status, in catalogue order. */
export function capabilitiesFor(roles: readonly Role[]): {
  available: Capability[];
  coming: Capability[];
} {
  const mine = (Object.keys(CAPABILITIES) as Capability[]).filter((c) =>
    (CAPABILITIES[c].roles as readonly Role[]).some((r) => roles.includes(r)),
  );
  return {
    available: mine.filter((c) => CAPABILITIES[c].status === 'available'),
    coming: mine.filter((c) => CAPABILITIES[c].status === 'coming'),
  };
}
