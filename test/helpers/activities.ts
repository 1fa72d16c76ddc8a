/** Teams-shaped activities for tests. */
export const TENANT = 'aaaaaaaa-0000-4000-8000-00000000000a';
export const BOT = { id: '28:naervaer-bot', name: 'Nærvær' };

export interface From {
  aadObjectId?: string;
  name?: string;
  id?: string;
}

export interface ActivityOptions {
  from?: From;
  locale?: string;
  conversationId?: string;
  conversationType?: 'personal' | 'channel' | 'groupChat';
  tenantId?: string | null;
  channelTenantId?: string | null;
  serviceUrl: string;
}

let seq = 0;

function base(type: string, o: ActivityOptions): Record<string, unknown> {
  const aad = o.from?.aadObjectId;
  const tenantId = o.tenantId === undefined ? TENANT : o.tenantId;
  const channelTenant = o.channelTenantId === undefined ? tenantId : o.channelTenantId;
  return {
    type,
    id: `in-${++seq}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: o.serviceUrl,
    locale: o.locale ?? 'da-DK',
    from: {
      id: o.from?.id ?? `29:${aad ?? 'anon'}`,
      name: o.from?.name ?? 'Test Person',
      ...(aad ? { aadObjectId: aad } : {}),
    },
    recipient: BOT,
    conversation: {
      id: o.conversationId ?? `a:conv-${aad ?? 'anon'}`,
      conversationType: o.conversationType ?? 'personal',
      ...(tenantId ? { tenantId } : {}),
    },
    channelData: channelTenant ? { tenant: { id: channelTenant } } : {},
  };
}

export function message(text: string, o: ActivityOptions): Record<string, unknown> {
  return { ...base('message', o), text };
}

/** An Action.Submit: a message with value and no text. */
export function submit(
  value: Record<string, unknown>,
  o: ActivityOptions,
): Record<string, unknown> {
  return { ...base('message', o), value };
}

/** An Action.Execute: invoke adaptiveCard/action. */
export function execute(
  verb: string,
  data: Record<string, unknown>,
  o: ActivityOptions,
): Record<string, unknown> {
  return {
    ...base('invoke', o),
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

export function botAdded(o: ActivityOptions): Record<string, unknown> {
  return { ...base('conversationUpdate', o), membersAdded: [{ id: BOT.id }] };
}

export function installationAdd(o: ActivityOptions): Record<string, unknown> {
  return { ...base('installationUpdate', o), action: 'add' };
}
