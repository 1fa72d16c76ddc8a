/** Shared by the tab tests: a bot with the tab's sign-in pointed at a local OpenID server. */
import { startFakeOpenId, type FakeOpenId, type MintOptions } from '../helpers/fake-openid.js';
import { startTestBot, type TestBot, type TestBotOptions } from '../helpers/test-bot.js';

export const TENANT = '11111111-2222-4333-8444-555555555555';
export const APP_ID_URI = 'api://naervaer.test/00000000-0000-4000-8000-00000000beef';

/** A production-mode bot whose tab accepts tokens signed by `openId` for TENANT. */
export function startProductionBot(openId: FakeOpenId, o: TestBotOptions = {}): Promise<TestBot> {
  return startTestBot({
    ...o,
    env: {
      BOT_ID: '00000000-0000-4000-8000-0000000000b0',
      BOT_PASSWORD: 'secret',
      ALLOWED_TENANT_IDS: TENANT,
      HOST: '127.0.0.1',
      TAB_APP_ID_URI: APP_ID_URI,
      TAB_OPENID_METADATA: openId.metadataUrl,
      ...(o.env ?? {}),
    },
  });
}

/** A tab SSO token for a person: audience the app id URI, tenant TENANT, unless overridden. */
export function tabToken(
  openId: FakeOpenId,
  oid: string,
  extra: Partial<MintOptions> & { tid?: string } = {},
): Promise<string> {
  const { tid, claims, ...rest } = extra;
  return openId.mintToken({
    appId: APP_ID_URI,
    serviceUrl: '',
    ...rest,
    claims: { oid, tid: tid ?? TENANT, serviceurl: undefined, ...claims },
  });
}

export async function getJson(
  bot: TestBot,
  path: string,
  token?: string,
): Promise<{ status: number; body: Record<string, unknown>; text: string }> {
  const res = await fetch(`${bot.url}/api/tab/${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) as Record<string, unknown>, text };
}

export async function postJson(
  bot: TestBot,
  path: string,
  body: unknown,
  token?: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${bot.url}/api/tab/${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

export { startFakeOpenId };
