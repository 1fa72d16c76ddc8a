/**
 * A channel tab's configuration page: the unit or sector the tab shows (aggregates only). Teams
 * saves the content URL with `audience=channelTab` and the unit chosen.
 */
import { pages } from '@microsoft/teams-js';
import { api } from './api.js';
import { h } from './dom.js';
import { strings } from './strings.js';
import { connect, notifyReady } from './teams.js';
import { applyTheme, themeName } from './theme.js';
import type { TabViewer } from './types.js';

async function start(): Promise<void> {
  const query = new URLSearchParams(location.search);
  const host = await connect();
  const locale = query.get('locale') ?? host.locale ?? navigator.language;
  const tr = strings(locale.toLowerCase().startsWith('en') ? 'en' : 'da');
  applyTheme(themeName(host.theme, query.get('theme')));
  document.documentElement.lang = tr.lang;
  const client = api(
    () => host.token(),
    new URLSearchParams({ audience: 'channelTab', locale: tr.lang }),
  );
  const me = await client.get<TabViewer>('me');
  const select = h(
    'select',
    { id: 'unit' },
    ...me.units.map((u) => h('option', { value: u.id }, u.name)),
  );
  const root = document.getElementById('app') ?? document.body;
  root.replaceChildren(
    h('h1', {}, tr('configTitle')),
    h('label', { for: 'unit' }, tr('configLabel')),
    select,
    h('p', { class: 'note' }, tr('channelNote')),
  );
  document.body.dataset.ready = 'true';
  if (!host.inTeams) return;
  pages.config.registerOnSaveHandler((event) => {
    const unit = me.units.find((u) => u.id === select.value);
    const url = `${location.origin}/tab/?audience=channelTab&unit=${encodeURIComponent(select.value)}`;
    void pages.config
      .setConfig({
        contentUrl: url,
        websiteUrl: url,
        entityId: `unit-${select.value}`,
        suggestedDisplayName: unit?.name ?? 'Nærvær',
      })
      .then(() => event.notifySuccess());
  });
  pages.config.setValidityState(me.units.length > 0);
  notifyReady(host);
}

void start();
