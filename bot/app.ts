/**
 * Builds the running bot from its parts (used by index.ts and by the end-to-end tests):
 * adapter with ConfigurationBotFrameworkAuthentication, tenant guard, routes, restify server.
 */
import {
  ActivityTypes,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from 'botbuilder';
import type restify from 'restify';
import type { AddressInfo } from 'node:net';
import { translator, localeFrom } from '../i18n/index.js';
import { isCancel, isHelp } from '../domain/intents.js';
import type { AppDeps } from './deps.js';
import { StoreWriteError } from '../data/store-errors.js';
import { coordinationOf, type AnyStore } from '../data/open-store.js';
import type { Store } from '../data/store.js';
import { tenantGuard } from './tenant-guard.js';
import { NaervaerBot, type Routes } from './teams-bot.js';
import { createServer } from './server.js';
import { helpHandler } from './handlers/help-handler.js';
import { smallTalkHandler } from './handlers/small-talk-handler.js';
import { sharedClassifier } from './nlu/classifier.js';
import { followUpRoutes } from './handlers/follow-up/follow-up-routes.js';
import { correctionRoutes, isUndo } from './handlers/follow-up/correction-handler.js';
import type { FollowUpOptions } from '../app/follow-up-seams.js';
import {
  createLowdbOutboxRepository,
  type LowdbOutboxOptions,
  type OutboxRepository,
} from '../data/outbox-repository.js';
import { OutboxSender } from './proactive/outbox-sender.js';
import { RateLimiter, rateLimitsFromConfig, type RateLimits } from './proactive/rate-limiter.js';
import {
  onUnreachable,
  outboxDeputyNotifier,
  outboxHrNotifier,
  renderers,
} from './proactive/delivery.js';
import { Scheduler } from './scheduler.js';
import { unitAboveTarget } from '../app/statistics.js';
import { pruneAuditLog } from '../app/audit-retention.js';
import { statsExecuteHandler, statsTextHandler } from './handlers/stats/stats-handler.js';
import { guideFeature } from './handlers/guide/guide-routes.js';
import { overviewRoutes } from './handlers/overview/overview-routes.js';
import { deputyExecuteHandler, deputyTextHandler } from './handlers/follow-up/deputy-handler.js';
import { tipRoutes } from './handlers/tips/tip-routes.js';
import { workflowRoutes } from './handlers/workflows/workflow-routes.js';
import type { WorkflowOptions } from '../app/workflows/workflow-seams.js';
import { workflowOptions } from './workflow-reminders.js';
import { channelExecuteHandler, channelTextHandler } from './handlers/channels/channel-handler.js';
import { inviteInstaller } from './handlers/channels/channel-invite.js';

/** `S`: the store's type (tests that build a lowdb app read its document). */
export interface App<S extends AnyStore = Store> {
  deps: AppDeps & { store: S };
  adapter: CloudAdapter;
  bot: NaervaerBot;
  server: restify.Server;
  outbox: OutboxRepository;
  sender: OutboxSender;
  scheduler: Scheduler;
  /** Starts the scheduler and the outbox sender (index.ts; tests tick them by hand). */
  startBackground(): void;
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
  return new ConfigurationBotFrameworkAuthentication(settings, auth.credentialsFactory);
}

function createAdapter(deps: AppDeps, auth: AuthOptions): CloudAdapter {
  const adapter = new CloudAdapter(authentication(deps, auth));
  adapter.use(tenantGuard(deps));
  adapter.onTurnError = async (context, error) => {
    deps.logger.error(
      {
        err: error,
        conversationId: context.activity.conversation?.id,
        type: context.activity.type,
      },
      'turn failed',
    );
    const t = translator(localeFrom(context.activity.locale, deps.config.defaultLocale));
    // A change that could not be saved was undone: say so, so the user knows to try again.
    const text = t(error instanceof StoreWriteError ? 'core.storeWriteFailed' : 'core.error');
    if (context.activity.type === 'message') await context.sendActivity(text);
    // An Action.Execute left without an invoke response is answered 501 by the adapter (500 over
    // HTTP) and Teams shows a bare failure; the message answers it instead.
    else if (isCardAction(context.activity)) await context.sendActivity(invokeMessage(text));
  };
  return adapter;
}

function isCardAction(activity: TurnContext['activity']): boolean {
  return activity.type === 'invoke' && activity.name === 'adaptiveCard/action';
}

/** An invoke response that shows `text` to the user who pressed the card's button. */
function invokeMessage(text: string): Partial<Activity> {
  return {
    type: ActivityTypes.InvokeResponse,
    value: {
      status: 200,
      body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text },
    },
  };
}

export function defaultRoutes(
  followUpOptions: FollowUpOptions = {},
  deps: AppDeps | null = null,
  workflowSeams: WorkflowOptions = {},
): Routes {
  const workflows = workflowRoutes(workflowSeams);
  const followUp = followUpRoutes(followUpOptions);
  const correction = correctionRoutes(followUpOptions);
  // The conversation guide needs the store for its dialog state (and takes 'followup.startGuide').
  const guide = deps ? guideFeature(deps, followUpOptions) : null;
  const overview = overviewRoutes(followUpOptions);
  // Trained now, once per process, so the first message does not wait for it.
  const classifier = sharedClassifier();
  return {
    text: [
      helpHandler,
      smallTalkHandler,
      ...(guide?.text ?? []),
      deputyTextHandler(followUpOptions),
      ...tipRoutes.text,
      ...workflows.text,
      ...correction.text,
      ...followUp.text,
      ...overview.text,
      channelTextHandler,
      statsTextHandler,
    ],
    submit: [...(guide?.submit ?? []), ...correction.submit, ...followUp.submit],
    execute: [
      statsExecuteHandler,
      ...(guide?.execute ?? []),
      ...correction.execute,
      ...followUp.execute,
      ...overview.execute,
      deputyExecuteHandler(followUpOptions),
      ...tipRoutes.execute,
      ...workflows.execute,
      channelExecuteHandler,
    ],
    dialogs: guide?.dialogs ?? null,
    // "fortryd" / "undo" stop an open dialog (the guide); with none open they undo.
    isCancel: (text) => isCancel(text) || isUndo(text),
    isHelp,
    classify: async (text, locale) => (await classifier).classify(text, locale),
  };
}

/** Whether a unit is above its absence target now (decides Høje-Taastrup's conditional steps). */
function aboveTarget(deps: AppDeps) {
  return (unitId: string, today: string): Promise<boolean> => unitAboveTarget(deps, unitId, today);
}

function createDelivery(
  deps: AppDeps,
  adapter: CloudAdapter,
  outbox: OutboxRepository,
  limits: RateLimits = rateLimitsFromConfig(deps.config),
): OutboxSender {
  return new OutboxSender({
    adapter,
    botAppId: deps.config.botId,
    outbox,
    conversations: deps.repos.conversations,
    limiter: new RateLimiter(limits, () => performance.now()),
    clock: deps.clock,
    logger: deps.logger,
    renderers: renderers(deps),
    onUnreachable: onUnreachable(deps, outbox),
    // One instance sends for all (the rate limit is per app and tenant); another takes over.
    mayLead: () => coordinationOf(deps.store).lead('outbox-sender'),
  });
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Prunes the audit log at start and then once a day (a restart simply prunes again). */
function dailyAuditRetention(deps: AppDeps): { start(): void; stop(): void } {
  let timer: NodeJS.Timeout | null = null;
  const run = () =>
    void pruneAuditLog(deps.repos, deps.clock(), deps.config.auditRetentionDays).catch(
      (err: unknown) => deps.logger.error({ err }, 'audit retention failed'),
    );
  return {
    start() {
      run();
      timer = setInterval(run, DAY_MS);
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}

export function createApp<S extends AnyStore>(
  deps: AppDeps & { store: S },
  options: {
    routes?: Routes;
    auth?: AuthOptions;
    sendLimits?: RateLimits;
    /** The outbox's journal settings (default: `<store file>.outbox-journal`, folded every 60 s). */
    outbox?: LowdbOutboxOptions;
  } = {},
): App<S> {
  const adapter = createAdapter(deps, options.auth ?? {});
  const outbox =
    deps.store.kind === 'postgres'
      ? deps.store.createOutbox()
      : createLowdbOutboxRepository(deps.store, options.outbox ?? {});
  const followUpOptions: FollowUpOptions = {
    hrNotifier: outboxHrNotifier(deps, outbox),
    deputyNotifier: outboxDeputyNotifier(deps, outbox),
    aboveTarget: aboveTarget(deps),
    onNotifyError: (err) => deps.logger.error({ err }, 'HR notification failed'),
  };
  const sender = createDelivery(deps, adapter, outbox, options.sendLimits);
  const scheduler = new Scheduler(deps, outbox, followUpOptions);
  // What a tick queued goes at once, not after the sender's idle wait (up to 30 s).
  scheduler.onTicked = () => sender.wake();
  const workflowSeams = workflowOptions(deps, outbox);
  const routes = options.routes ?? defaultRoutes(followUpOptions, deps, workflowSeams);
  const bot = new NaervaerBot(deps, routes);
  bot.afterBotAdded = (context) => inviteInstaller(deps, outbox, context);
  const server = createServer(deps, adapter, bot);
  const retention = dailyAuditRetention(deps);
  return {
    deps,
    adapter,
    bot,
    server,
    outbox,
    sender,
    scheduler,
    startBackground: () => {
      scheduler.start();
      sender.start();
      retention.start();
    },
    listen: () =>
      new Promise((resolve) => {
        server.listen(deps.config.port, deps.config.host, () => {
          const port = (server.address() as AddressInfo | null)?.port ?? deps.config.port;
          resolve({ port, url: `http://${deps.config.host}:${port}` });
        });
      }),
    close: async () => {
      retention.stop();
      await scheduler.stop();
      await sender.stop();
      await outbox.flush();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
      });
      await deps.store.close();
    },
  };
}
