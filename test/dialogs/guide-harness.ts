/**
 * The guide dialog under DialogTestClient over the real lowdb store (so a test can close the
 * store, open the same file again and go on, as after a restart of the bot). The organisation is
 * the worked example's: Anne Jensen leads Børnehuset Solsikken, where Mette Hansen has been sick
 * since Monday 26 October 2026 (Køge plan), Ali Hassan is 50 % sick since 2 November, and Karen
 * Olsen was sick 19 October – 6 November. Bo Holm leads another unit.
 */
import { ConversationState } from 'botbuilder';
import type { Activity, TestAdapter, TurnContext } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { DateTime } from 'luxon';
import { RepositoryStorage } from '../../bot/dialog-host.js';
import { emptyStore } from '../../data/defaults.js';
import { createLowdbRepositories } from '../../data/lowdb-repositories.js';
import type { Repositories } from '../../data/repositories.js';
import type { StoreData } from '../../data/schema.js';
import { openStore, type Store } from '../../data/store.js';
import { ZONE, type Clock } from '../../domain/clock.js';
import { generatePlan } from '../../domain/follow-up/plan.js';
import { POLICY_PRESETS } from '../../domain/follow-up/policy-presets.js';
import type { Employment, Person, SickPeriod, Unit } from '../../domain/model.js';
import { localeFrom, translator } from '../../i18n/index.js';
import { rolesOf } from '../../domain/access.js';
import { guideHrCard } from '../../cards/guide-hr-card.js';
import type { GuideSeams } from '../../app/guide/guide-seams.js';
import { guideUseCases } from '../../app/guide/guide-use-cases.js';
import { GuideDialog } from '../../dialogs/guide-dialog.js';
import type { GuideDialogDeps } from '../../dialogs/guide-deps.js';
import { tempDir } from '../helpers/tmp.js';

export const ANNE = '00000000-0000-4000-8000-0000000000a1';
export const BO = '00000000-0000-4000-8000-0000000000b2';
export const SOFIE = '00000000-0000-4000-8000-0000000000c3';
export const METTE_PERIOD = 'sp-mette';
export const ALI_PERIOD = 'sp-ali';
export const KAREN_PERIOD = 'sp-karen';
/** Monday 9 November 2026, 09:00 in Copenhagen. */
export const MONDAY = '2026-11-09T09:00:00';

const AT = '2026-10-26T08:00:00.000Z';

const unit = (id: string, name: string, parentId: string | null, level: Unit['level']): Unit => ({
  id,
  name,
  parentId,
  level,
  unitType: null,
  validFrom: '2020-01-01',
  validTo: null,
  policyId: null,
});
const person = (aadObjectId: string, displayName: string, p: Partial<Person> = {}): Person => ({
  aadObjectId,
  upn: null,
  displayName,
  leads: [],
  hr: null,
  hrUnits: [],
  locale: null,
  ...p,
});
const job = (
  id: string,
  personKey: string,
  displayName: string,
  unitId: string,
  rate = 1,
): Employment => ({
  id,
  personKey,
  displayName,
  unitId,
  occupationRate: rate,
  occupationalGroup: 'Pædagoger',
  payForm: 'monthly',
  apprentice: false,
  validFrom: '2021-01-01',
  validTo: null,
});
export const period = (
  id: string,
  personKey: string,
  start: string,
  end: string | null,
  partialPercent: number | null = null,
): SickPeriod => ({
  id,
  personKey,
  type: partialPercent === null ? 'SYGDOM' : 'DELVIS_SYGDOM',
  start,
  end,
  partialPercent,
  source: 'chat',
  sourceId: null,
  registeredBy: ANNE,
  createdAt: AT,
  updatedAt: AT,
});

export function guideSeed(): StoreData {
  const d = emptyStore('2026-10-01T08:00:00.000Z');
  d.origin = 'demo';
  d.units = [
    unit('K', 'Testkommune', null, 'kommune'),
    unit('BU', 'Børn og Unge', 'K', 'forvaltning'),
    unit('SOL', 'Børnehuset Solsikken', 'BU', 'institution'),
    unit('HN', 'Hjemmeplejen Nord', 'K', 'institution'),
  ];
  d.persons = [
    person(ANNE, 'Anne Jensen', { leads: ['SOL'] }),
    person(BO, 'Bo Holm', { leads: ['HN'] }),
    person(SOFIE, 'Sofie Nielsen', { hr: 'consultant' }),
  ];
  d.employments = [
    job('E1', 'p-mette', 'Mette Hansen', 'SOL'),
    job('E2', 'p-ali', 'Ali Hassan', 'SOL', 0.8108),
    job('E3', 'p-karen', 'Karen Olsen', 'SOL'),
    job('E4', 'p-jonas', 'Jonas Poulsen', 'HN'),
  ];
  d.sickPeriods = [
    period(METTE_PERIOD, 'p-mette', '2026-10-26', null),
    period(ALI_PERIOD, 'p-ali', '2026-11-02', null, 50),
    period(KAREN_PERIOD, 'p-karen', '2026-10-19', '2026-11-06'),
  ];
  const koege = POLICY_PRESETS.find((p) => p.id === 'koege');
  if (!koege) throw new Error('no koege preset');
  for (const p of d.sickPeriods) {
    const plan = generatePlan({
      period: p,
      unitId: 'SOL',
      policy: koege,
      unitAboveTarget: true,
      today: p.start,
    });
    if (plan.ok) d.followUps.push(...plan.value);
  }
  return d;
}

export interface HrNotice {
  unitId: string;
  requestId: string;
  card: object;
}

export interface GuideHarness {
  file: string;
  store: Store;
  repos: Repositories;
  deps: GuideDialogDeps;
  hr: HrNotice[];
  clock: { set(iso: string): void };
  /** A new DialogTestClient whose dialog state is in the store (as the bot's host keeps it). */
  client(): DialogTestClient;
  /** Closes the store and opens the same file again: a restart of the bot. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** The seams as the bot wires them: HR gets the notice as the HR card (rendered in Danish here). */
function seams(hr: HrNotice[]): GuideSeams {
  let n = 0;
  return {
    hrNotifier: {
      notify: (unitId, notice, requestId) => {
        if (!hr.some((h) => h.requestId === requestId))
          hr.push({ unitId, requestId, card: guideHrCard(notice, translator('da')) });
        return Promise.resolve();
      },
    },
    newId: () => `guide-${++n}`,
  };
}

/** Each turn: the sender (by aadObjectId) in their personal chat, at the harness's clock. */
function dialogDeps(repos: Repositories, clock: Clock, hr: HrNotice[]): GuideDialogDeps {
  const guideSeams = seams(hr);
  return {
    turn: (context) => {
      const person = personIn(repos, context.activity.from?.aadObjectId ?? '');
      const actor = { person, roles: rolesOf(person) };
      const ctx = { actor, audience: 'personal' as const, now: clock(), repos };
      const t = translator(localeFrom(context.activity.locale, 'da'));
      return { t, guide: guideUseCases(ctx, guideSeams) };
    },
  };
}

const persons = new WeakMap<Repositories, readonly Person[]>();

function personIn(repos: Repositories, id: string): Person {
  const found = persons.get(repos)?.find((p) => p.aadObjectId === id);
  if (!found) throw new Error(`no person ${id}`);
  return found;
}

/**
 * The guide refreshes its one card in place (updateActivity). The test adapter only swaps a reply
 * still in its queue; here an update is read like a reply, so a test sees the refreshed card.
 * Each update is also recorded in `updates` with the id of the message it replaced.
 */
export const updates = new WeakMap<DialogTestClient, Array<Partial<Activity>>>();

function showingUpdates(client: DialogTestClient): DialogTestClient {
  // DialogTestClient keeps its adapter private; the test reaches it to watch the updates.
  const adapter = (client as unknown as { _testAdapter: TestAdapter })._testAdapter;
  const seen: Array<Partial<Activity>> = [];
  updates.set(client, seen);
  adapter.updateActivity = (_context: TurnContext, activity: Partial<Activity>) => {
    seen.push(activity);
    adapter.activeQueue.push(activity);
    return Promise.resolve({ id: activity.id ?? '' });
  };
  return client;
}

export async function openGuideHarness(seed: () => StoreData = guideSeed): Promise<GuideHarness> {
  const tmp = tempDir('naervaer-guide-');
  const file = tmp.file('naervaer.json');
  const state = { now: DateTime.fromISO(MONDAY, { zone: ZONE }) };
  const clock: Clock = () => state.now;
  const hr: HrNotice[] = [];
  const open = async () => {
    const store = await openStore(file, { seed });
    const repos = createLowdbRepositories(store, () => clock().toUTC().toISO() ?? '');
    persons.set(repos, (await repos.org.snapshot()).persons);
    return { store, repos, deps: dialogDeps(repos, clock, hr) };
  };
  const h = { file, hr, ...(await open()) };
  return Object.assign(h, {
    clock: { set: (iso: string) => void (state.now = DateTime.fromISO(iso, { zone: ZONE })) },
    client: () =>
      showingUpdates(
        new DialogTestClient(
          'msteams',
          new GuideDialog(h.deps),
          undefined,
          [],
          new ConversationState(new RepositoryStorage(h.repos.dialogState)),
        ),
      ),
    restart: async () => {
      await h.store.close();
      Object.assign(h, await open());
    },
    close: async () => {
      await h.store.close();
      tmp.cleanup();
    },
  });
}

export type Locale = 'da' | 'en';
export const LOCALE_TAG: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };

/** An activity from a person: a submit (value) or a text. */
export function from(
  aadObjectId: string,
  locale: Locale,
  body: { value?: object; text?: string },
): Partial<Activity> {
  return {
    type: 'message',
    from: { id: `29:${aadObjectId}`, name: 'x', aadObjectId },
    locale: LOCALE_TAG[locale],
    ...body,
  };
}

/** Sends one activity and collects every reply the dialog sent in that turn. */
export async function send(
  client: DialogTestClient,
  activity: Partial<Activity>,
): Promise<Array<Partial<Activity>>> {
  const first = (await client.sendActivity(activity)) as Partial<Activity> | undefined;
  const replies: Array<Partial<Activity>> = first ? [first] : [];
  for (let next = client.getNextReply(); next; next = client.getNextReply()) replies.push(next);
  return replies;
}

export * from './guide-cards.js';
