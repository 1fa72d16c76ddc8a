import type { LocalUser } from './config.js';

/** The four fixed demo identities (documented in the README). */
export const DEMO_IDENTITIES: Record<Exclude<LocalUser, 'none'>, string> = {
  leader: '00000000-0000-4000-8000-000000000001',
  chief: '00000000-0000-4000-8000-000000000002',
  hr: '00000000-0000-4000-8000-000000000003',
  employee: '00000000-0000-4000-8000-000000000004',
};
