/**
 * The Nærvær tab: connects to Teams (or runs standalone), picks theme and language, asks the API
 * who the viewer is and renders their picture — a leader's or sector chief's units and the people
 * sick now, an HR consultant's board, or in a channel tab one unit's totals.
 */
import { api, type Api } from './api.js';
import { h, section } from './dom.js';
import { hrSections } from './hr-view.js';
import { rankingSection, sickSection } from './leader-view.js';
import { strings, type Lang, type Tr } from './strings.js';
import { connect, notifyReady } from './teams.js';
import { applyTheme, themeName } from './theme.js';
import type {
  HrBoard,
  RankingAnswer,
  SickNowAnswer,
  TabViewer,
  UnitAnswer,
  WorkflowsAnswer,
} from './types.js';
import { unitSection } from './unit-view.js';
import { workflowsSection } from './workflows-view.js';

const langOf = (locale: string | null): Lang =>
  locale?.toLowerCase().startsWith('en') ? 'en' : 'da';

async function unitBlock(tr: Tr, client: Api, unitId: string): Promise<HTMLElement> {
  const answer = await client.get<UnitAnswer>(`units/${encodeURIComponent(unitId)}`);
  return unitSection(tr, answer.report);
}

function unitPicker(
  tr: Tr,
  client: Api,
  me: TabViewer,
  first: string,
  slot: HTMLElement,
): HTMLElement {
  const select = h(
    'select',
    {
      id: 'unit-picker',
      onchange: () => {
        void unitBlock(tr, client, select.value).then((el) => slot.replaceChildren(el));
      },
    },
    ...me.units.map((u) => h('option', { value: u.id, selected: u.id === first }, u.name)),
  );
  return h(
    'div',
    { class: 'picker' },
    h('label', { for: 'unit-picker' }, tr('configLabel')),
    select,
  );
}

async function personal(tr: Tr, client: Api, me: TabViewer, root: HTMLElement): Promise<void> {
  const leader = me.roles.includes('leader');
  const hr = me.roles.includes('hr-consultant') || me.roles.includes('hr-admin');
  if (!leader && !hr) return void root.append(h('p', {}, tr('noRole')));
  const first = me.home[0] ?? me.units[0]?.id;
  if (first) {
    const slot = h('div', {}, await unitBlock(tr, client, first));
    root.append(unitPicker(tr, client, me, first, slot), slot);
  }
  if (leader) {
    const ranking = rankingSection(tr, await client.get<RankingAnswer>('ranking'));
    if (ranking) root.append(ranking);
    const sickSlot = h('div', {});
    const loadSick = async (message = '') => {
      const answer = await client.get<SickNowAnswer>('sick-now');
      sickSlot.replaceChildren(
        sickSection(tr, client, answer, (next) => void loadSick(next), message),
      );
    };
    await loadSick();
    root.append(sickSlot);
  }
  if (hr) root.append(...hrSections(tr, await client.get<HrBoard>('hr')));
  root.append(workflowsSection(tr, await client.get<WorkflowsAnswer>('workflows/open')));
}

async function channel(
  tr: Tr,
  client: Api,
  me: TabViewer,
  unitId: string | null,
  root: HTMLElement,
) {
  root.append(h('p', { class: 'note' }, tr('channelNote')));
  const id = unitId ?? me.home[0];
  if (!id) return;
  root.append(await unitBlock(tr, client, id));
  const unit = new URLSearchParams({ unit: id });
  root.append(workflowsSection(tr, await client.get<WorkflowsAnswer>(`workflows/open?${unit}`)));
}

async function start(): Promise<void> {
  const query = new URLSearchParams(location.search);
  const host = await connect();
  const tr = strings(langOf(query.get('locale') ?? host.locale ?? navigator.language));
  applyTheme(themeName(host.theme, query.get('theme')));
  host.onTheme(() => location.reload());
  document.documentElement.lang = tr.lang;
  document.title = tr('title');
  const audience = query.get('audience') === 'channelTab' ? 'channelTab' : 'tab';
  const client = api(() => host.token(), new URLSearchParams({ audience, locale: tr.lang }));
  const root = document.getElementById('app') ?? document.body;
  const busy = h('p', { role: 'status' }, tr('loading'));
  root.replaceChildren(busy);
  try {
    const me = await client.get<TabViewer>('me');
    const main = h('div', {}, h('p', { class: 'hello' }, tr('hello', { name: me.name })));
    if (audience === 'channelTab') await channel(tr, client, me, query.get('unit'), main);
    else await personal(tr, client, me, main);
    root.replaceChildren(main);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    root.replaceChildren(
      section('error', tr('title'), h('p', { role: 'alert' }, tr('error', { message }))),
    );
  }
  document.body.dataset.ready = 'true';
  notifyReady(host);
}

void start();
