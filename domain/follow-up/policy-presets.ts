/**
 * Policy presets as data; each municipality's rules and where they come from are described in
 * docs/follow-up-policies.md. Every preset gets the legal overlay on top (legal-overlay.ts).
 * `koege` is the default. A unit may override its municipality's preset (Unit.policyId); see
 * policy-resolve.ts.
 */
import type { FollowUpPolicy, StepRule } from './policy-types.js';

export const DEFAULT_POLICY_ID = 'koege';

/** The fields every contact-day rule shares; a preset row states only what differs. */
const CONTACT = {
  kind: 'contact',
  timing: 'contact-day',
  leadDays: 0,
  audience: 'leader',
  mandatory: 'always',
  offersEarlyIntervention: false,
  legal: false,
  escalateToHr: false,
  onlyIfAbsenceExceedsDays: null,
  keepAfterFit: false,
} as const satisfies Omit<StepRule, 'key' | 'day' | 'purpose'>;

/** A notice to the unit's HR consultants on a day of the absence (Høje-Taastrup). */
const HR_NOTICE = { ...CONTACT, kind: 'notice', audience: 'hr' } as const;

/** A conversation to hold by a day (a latest date); the card arrives a week before. */
const CONVERSATION_BY = {
  ...CONTACT,
  kind: 'conversation',
  timing: 'deadline',
  leadDays: 7,
} as const;

export const POLICY_PRESETS: readonly FollowUpPolicy[] = [
  {
    id: 'koege',
    name: 'Køge',
    source:
      'Køge Kommune (KL/Forhandlingsfællesskabet, "En kur mod sygefravær?"): sick call day 1, ' +
      'phone day 3 and 8, conversation within 14 days',
    steps: [
      { ...CONTACT, key: 'sick-call', day: 1, purpose: 'sick-call' },
      {
        ...CONTACT,
        key: 'call-day-3',
        day: 3,
        purpose: 'early-contact',
        offersEarlyIntervention: true,
      },
      { ...CONTACT, key: 'call-day-8', day: 8, purpose: 'keep-in-touch' },
      { ...CONVERSATION_BY, key: 'conversation-14', day: 14, purpose: 'early-conversation' },
    ],
    frequencyTriggers: [],
  },
  {
    id: 'horsens-1-5-14',
    name: 'Horsens 1-5-14',
    source:
      "Horsens Kommune's 1-5-14 model (trade-press report from the November 2015 conference, " +
      'vpt.dk): contact on day 1, day 5 and day 14',
    steps: [
      { ...CONTACT, key: 'contact-day-1', day: 1, purpose: 'first-contact' },
      { ...CONTACT, key: 'contact-day-5', day: 5, purpose: 'keep-in-touch' },
      { ...CONTACT, key: 'contact-day-14', day: 14, purpose: 'way-ahead' },
    ],
    frequencyTriggers: [],
  },
  {
    id: 'aarhus',
    name: 'Aarhus',
    source:
      'Aarhus Kommune (KL/Forhandlingsfællesskabet, "En kur mod sygefravær?"): follow-up from ' +
      'day 1, conversation no later than 14 days',
    steps: [
      { ...CONTACT, key: 'contact-day-1', day: 1, purpose: 'first-contact' },
      { ...CONVERSATION_BY, key: 'conversation-14', day: 14, purpose: 'early-conversation' },
    ],
    frequencyTriggers: [
      { id: 'aarhus-periods-5-12m', kind: 'periods', threshold: 5, windowMonths: 12 },
      { id: 'aarhus-days-14-12m', kind: 'days', threshold: 14, windowMonths: 12 },
    ],
  },
  {
    id: 'hoeje-taastrup',
    name: 'Høje-Taastrup',
    source:
      'Høje-Taastrup Kommune (KL/Forhandlingsfællesskabet, "En kur mod sygefravær?"): day-1 ' +
      'contact and an early conversation mandatory only above target; HR notices at 2 and ' +
      '4 weeks; 6 periods a year',
    steps: [
      {
        ...CONTACT,
        key: 'contact-day-1',
        day: 1,
        purpose: 'first-contact',
        mandatory: 'above-target',
      },
      {
        ...CONVERSATION_BY,
        key: 'conversation-14',
        day: 14,
        purpose: 'early-conversation',
        mandatory: 'above-target',
      },
      { ...HR_NOTICE, key: 'notice-2w', day: 14, purpose: 'notice-2w' },
      { ...HR_NOTICE, key: 'notice-4w', day: 28, purpose: 'notice-4w' },
    ],
    frequencyTriggers: [
      { id: 'ht-periods-6-12m', kind: 'periods', threshold: 6, windowMonths: 12, audience: 'hr' },
    ],
  },
  {
    id: 'skive',
    name: 'Skive',
    source:
      'Skive Kommune (KL/Forhandlingsfællesskabet, "En kur mod sygefravær?"): contact within ' +
      '1–2 weeks, conversation within 4 weeks (legal)',
    steps: [
      {
        ...CONTACT,
        key: 'contact-window',
        day: 14,
        timing: 'deadline',
        leadDays: 7,
        purpose: 'contact-window',
      },
    ],
    frequencyTriggers: [],
  },
  {
    id: 'legal-minimum',
    name: 'Lovens minimum (§ 7a)',
    source: 'Sygedagpengeloven § 7a: only the legal overlay',
    steps: [],
    frequencyTriggers: [],
  },
  {
    id: 'silkeborg-1-5-10',
    name: 'Silkeborg 1-5-10',
    source: 'Silkeborg Kommune, personalepolitik Sygefravær: contact on days 1, 5 and 10',
    steps: [
      { ...CONTACT, key: 'contact-day-1', day: 1, purpose: 'first-contact' },
      { ...CONTACT, key: 'contact-day-5', day: 5, purpose: 'keep-in-touch' },
      { ...CONTACT, key: 'contact-day-10', day: 10, purpose: 'way-ahead' },
    ],
    frequencyTriggers: [],
  },
  {
    id: 'soenderborg-1-5-14-28',
    name: 'Sønderborg 1-5-14-28',
    source:
      'Sønderborg Kommune, "God dialog om sygefravær" (as described by MUSskema): contact on ' +
      'days 1, 5, 14 and 28',
    steps: [
      { ...CONTACT, key: 'contact-day-1', day: 1, purpose: 'first-contact' },
      { ...CONTACT, key: 'contact-day-5', day: 5, purpose: 'keep-in-touch' },
      { ...CONTACT, key: 'contact-day-14', day: 14, purpose: 'way-ahead' },
      { ...CONTACT, key: 'contact-day-28', day: 28, purpose: 'status-talk' },
    ],
    frequencyTriggers: [],
  },
  {
    id: 'albertslund-2-6-14',
    name: 'Albertslund 2-6-14',
    source:
      'Albertslund Kommune (medarbejdersiden): phone contact on day 2, 6 and 14; advis at ' +
      '3 periods in 180 days and 15 days in 365 days',
    steps: [
      { ...CONTACT, key: 'contact-day-2', day: 2, purpose: 'first-contact' },
      { ...CONTACT, key: 'contact-day-6', day: 6, purpose: 'keep-in-touch' },
      { ...CONTACT, key: 'contact-day-14', day: 14, purpose: 'way-ahead' },
    ],
    frequencyTriggers: [
      { id: 'albertslund-periods-3-6m', kind: 'periods', threshold: 3, windowMonths: 6 },
      { id: 'albertslund-days-15-12m', kind: 'days', threshold: 15, windowMonths: 12 },
    ],
  },
];
