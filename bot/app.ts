/**
 * Builds the running bot from its parts (used by index.ts and by the end-to-end tests):
 * adapter with ConfigurationBotFrameworkAuthentication, tenant guard, routes, restify server.
 */
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import type restify from 'restify';
import type { AddressInfo } from 'node:net';
import { translator, localeFrom } from '../i18n/index.js';
import { isCancel, isHelp } from '../domain/intents.js';
import type { AppDeps } from './deps.js';
import { tenantGuard } from './tenant-guard.js';
import { NaervaerBot, type Routes } from './teams-bot.js';
import { createServer } from './server.js';
import { helpHandler } from './handlers/help-handler.js';
import { followUpRoutes } from './handlers/follow-up/follow-up-routes.js';
import { statsExecuteHandler, statsTextHandler } from './handlers/stats/stats-handler.js';

export interface App {
  deps: AppDeps;
  adapter: CloudAdapter;
  bot: NaervaerBot;
  server: restify.Server;
  listen(): Promise<{ port: number; url: string }>;
  close(): Promise<void>;
}

export type AuthOverrides = Partial<Record<string, string>>;

export interface AuthOptions {
  /** Extra authentication settings (tests point the OpenID metadata at a loopback server). */
  settings?: AuthOverrides;
  /** Outbound credentials (tests use a fixed token instead of Entra ID). */
  credentialsFactory?: ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[1];
}

function authentication(deps: AppDeps, auth: AuthOptions): ConfigurationBotFrameworkAuthentication {
  const { config } = deps;
  const settings: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: config.botId,
    MicrosoftAppPassword: config.botPassword,
    MicrosoftAppType: config.botType,
    MicrosoftAppTenantId: config.botTenantId || undefined,
    ...(auth.settings ?? {}),
  };
  return new ConfigurationBotFrameworkAuthentication(
    settings,
    auth.credentialsFactory,
  );
}

function createAdapter(deps: AppDeps, auth: AuthOptions): CloudAdapter {
  const adapter = new CloudAdapter(authentication(deps, auth));
  adapter.use(tenantGuard(deps));
  adapter.onTurnError = async (context, error) => {
    deps.logger.error({ err: error, conversationId: context.activity.conversation?.id, type: context.activity.type }, 'turn failed');
    if (context.activity.type === 'message') {
      const locale = localeFrom(context.activity.locale, deps.config.defaultLocale);
      await context.sendActivity(translator(locale)('core.error'));
    }
  };
  return adapter;
}

export function defaultRoutes(): Routes {
  const followUp = followUpRoutes();
  return {
    text: [helpHandler, ...followUp.text, statsTextHandler],
    submit: [...followUp.submit],
    execute: [statsExecuteHandler, ...followUp.execute],
    dialogs: null,
    isCancel,
    isHelp,
  };
}

export function createApp(deps: AppDeps, options: { routes?: Routes; auth?: AuthOptions } = {}): App {
  const adapter = createAdapter(deps, options.auth ?? {});
  const bot = new NaervaerBot(deps, options.routes ?? defaultRoutes());
  const server = createServer(deps, adapter, bot);
  return {
    deps,
    adapter,
    bot,
    server,
    listen: () =>
      new Promise((resolve) => {
        server.listen(deps.config.port, deps.config.host, () => {
          const port = (server.address() as AddressInfo | null)?.port ?? deps.config.port;
          resolve({ port, url: `http://${deps.config.host}:${port}` });
        });
      }),
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
      });
      await deps.store.close();
    },
  };
}
