/**
 * The Teams activity handler: it only routes. Every rule lives in domain/, every text in i18n/,
 * every card in cards/. The person is found by aadObjectId; an unknown person gets the polite
 * "not registered" answer and nothing else.
 */
import {
  TeamsActivityHandler,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
} from 'botbuilder';
import { rolesOf } from '../domain/access.js';
import { localeFrom, translator } from '../i18n/index.js';
import type { Locale, Person } from '../domain/model.js';
import { languageOf } from '../domain/language.js';
import { welcomeCard } from '../cards/welcome-card.js';
import { didYouMeanCard, sayActionSchema } from '../cards/did-you-mean-card.js';
import { SAY_VERB } from '../cards/elements.js';
import type { Classification } from './nlu/classifier.js';
import { suggestionsFor } from './nlu/suggestions.js';
import type { AppDeps } from './deps.js';
import { resolvePerson } from './identity.js';
import { audienceOf, rememberConversation, scopeOf } from './proactive/references.js';
import { sendCard } from './cards.js';
import type { ExecuteAnswer, ExecuteHandler, SubmitHandler, TextHandler, Turn } from './turn.js';

export interface DialogRunner {
  /** Continues an active dialog with this turn; false when none is active. */
  continueActive(turn: Turn): Promise<boolean>;
  cancelAll(turn: Turn): Promise<boolean>;
}

export interface Routes {
  text: TextHandler[];
  submit: SubmitHandler[];
  execute: ExecuteHandler[];
  dialogs: DialogRunner | null;
  isCancel(text: string): boolean;
  isHelp(text: string): boolean;
  /** Chooses what a text asks for (bot/nlu/); without it only the handlers' matchers route. */
  classify?(text: string, locale: Locale): Promise<Classification>;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export class NaervaerBot extends TeamsActivityHandler {
  constructor(
    private readonly deps: AppDeps,
    private readonly routes: Routes,
  ) {
    super();
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      await this.welcomeIfBotAdded(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.remember(context);
      await next();
    });
  }

  private localeOf(context: TurnContext, fallback: Locale | null): Locale {
    return localeFrom(context.activity.locale, fallback ?? this.deps.config.defaultLocale);
  }

  /**
   * The language of the answer: the language a message is written in; for a card click, a bare
   * name or a date, the language remembered for the conversation (the last one written in it);
   * the client's locale only when nothing has been written yet.
   */
  private async chooseLocale(context: TurnContext, person: Person | null): Promise<Locale> {
    const { activity } = context;
    const text =
      activity.type === 'message' && !isRecord(activity.value) ? (activity.text ?? '') : '';
    const written = text ? languageOf(TurnContext.removeRecipientMention(activity) ?? text) : null;
    if (written) return written;
    const conversationId = activity.conversation?.id;
    const remembered = conversationId
      ? (await this.deps.repos.conversations.byConversationId(conversationId))?.locale
      : undefined;
    return remembered ?? person?.locale ?? this.localeOf(context, null);
  }

  private async turnFor(context: TurnContext): Promise<Turn | { locale: Locale; person: null }> {
    const person = await resolvePerson(context, this.deps);
    const locale = await this.chooseLocale(context, person);
    if (!person) return { locale, person: null };
    const roles = rolesOf(person);
    const now = this.deps.clock();
    const audience = audienceOf(context);
    return {
      context,
      person,
      roles,
      locale,
      t: translator(locale),
      now,
      deps: this.deps,
      audience,
      ctx: { actor: { person, roles }, audience, now, repos: this.deps.repos },
    };
  }

  private async remember(context: TurnContext): Promise<void> {
    const person = await resolvePerson(context, this.deps);
    const scope = scopeOf(context);
    if (scope === 'personal' && !person) return;
    await rememberConversation(
      context,
      this.deps,
      person?.aadObjectId ?? null,
      this.localeOf(context, null),
    );
  }

  /** Called after the welcome when the bot is added to a conversation (set by createApp). */
  afterBotAdded: ((context: TurnContext) => Promise<void>) | null = null;

  private async welcomeIfBotAdded(context: TurnContext): Promise<void> {
    const botId = context.activity.recipient?.id;
    const added = context.activity.membersAdded ?? [];
    if (!added.some((m) => m.id === botId)) return;
    await this.remember(context);
    const scope = scopeOf(context);
    await sendCard(context, welcomeCard(scope, translator(this.localeOf(context, null))));
    if (this.afterBotAdded) await this.afterBotAdded(context);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const turn = await this.turnFor(context);
    if (turn.person === null) {
      await context.sendActivity(translator(turn.locale)('core.notRegistered'));
      return;
    }
    const t = turn;
    await rememberConversation(context, this.deps, t.person.aadObjectId, t.locale);
    const value: unknown = context.activity.value;
    if (isRecord(value) && typeof value.verb === 'string') return this.handleSubmit(t, value);
    const text = (
      TurnContext.removeRecipientMention(context.activity) ??
      context.activity.text ??
      ''
    ).trim();
    await this.handleText(t, text);
  }

  private async handleSubmit(turn: Turn, value: Record<string, unknown>): Promise<void> {
    const verb = String(value.verb);
    // A suggestion or help button that stands for a typed phrase.
    if (verb === SAY_VERB) {
      const say = sayActionSchema.safeParse(value);
      if (say.success) return this.handleText(turn, say.data.text);
      return void (await turn.context.sendActivity(turn.t('core.invalidAction')));
    }
    const handler = this.routes.submit.find((h) => verb.startsWith(h.prefix));
    if (!handler) {
      await turn.context.sendActivity(turn.t('core.invalidAction'));
      return;
    }
    await handler.handle(turn, value);
  }

  /**
   * A cancel word stops an open dialog; otherwise a confident classification picks the handler
   * that declares the intent and can use the text; else the handlers' matchers in order; else
   * "Mente du …?" with the best-scoring intents as buttons.
   */
  private async handleText(turn: Turn, text: string): Promise<void> {
    const { routes } = this;
    if (routes.isCancel(text) && routes.dialogs && (await routes.dialogs.cancelAll(turn)))
      return void (await turn.context.sendActivity(turn.t('core.cancelled')));
    if (!routes.isHelp(text) && routes.dialogs && (await routes.dialogs.continueActive(turn)))
      return;
    const classified = routes.classify ? await routes.classify(text, turn.locale) : null;
    const intent = classified?.intent ?? null;
    if (intent) {
      const chosen = routes.text.find(
        (h) =>
          h.intents?.includes(intent) &&
          (h.accepts ? h.accepts(text, turn, intent) : h.matches(text, turn)),
      );
      if (chosen) return chosen.handle(turn, text, intent);
      if (intent === 'cancel')
        return void (await turn.context.sendActivity(turn.t('conversation.nothingToCancel')));
    }
    const handler = routes.text.find((h) => h.matches(text, turn));
    if (handler) return handler.handle(turn, text);
    if (turn.roles.includes('none')) {
      await turn.context.sendActivity(turn.t('core.noRole', { name: turn.person.displayName }));
      return;
    }
    if (!routes.classify)
      return void (await turn.context.sendActivity(turn.t('core.notUnderstood')));
    const intents = suggestionsFor(classified, routes.text);
    await sendCard(turn.context, didYouMeanCard({ intents }, turn.t));
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const turn = await this.turnFor(context);
    const t = translator(turn.locale);
    if (turn.person === null) return messageAnswer(t('core.notRegistered'));
    const action: unknown = invokeValue?.action;
    const verb = isRecord(action) && typeof action.verb === 'string' ? action.verb : '';
    const data = isRecord(action) && isRecord(action.data) ? action.data : {};
    const handler = this.routes.execute.find((h) => verb.startsWith(h.prefix));
    if (!handler) return messageAnswer(t('core.invalidAction'));
    return toInvokeResponse(await handler.handle(turn, verb, data));
  }
}

function messageAnswer(text: string): AdaptiveCardInvokeResponse {
  return toInvokeResponse({ kind: 'message', text });
}

function toInvokeResponse(answer: ExecuteAnswer): AdaptiveCardInvokeResponse {
  if (answer.kind === 'card') {
    return {
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
      value: answer.card as AdaptiveCardInvokeResponse['value'],
    };
  }
  return {
    statusCode: 200,
    type: 'application/vnd.microsoft.activity.message',
    value: answer.text as unknown as AdaptiveCardInvokeResponse['value'],
  };
}
