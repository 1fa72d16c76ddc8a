import type { TurnContext } from 'botbuilder';
import type { DateTime } from 'luxon';
import type { Locale, Person, Role } from '../domain/model.js';
import type { Translator } from '../i18n/index.js';
import type { AppDeps } from './deps.js';
import type { Audience } from '../domain/access.js';
import type { UseCaseContext } from '../app/context.js';

/** Everything a handler needs for one turn of a recognised person. */
export interface Turn {
  context: TurnContext;
  person: Person;
  roles: Role[];
  locale: Locale;
  t: Translator;
  now: DateTime;
  deps: AppDeps;
  /** Where the answer is shown: decides what may be shown at all (domain/access.ts). */
  audience: Audience;
  /** The same turn as the use cases in app/ take it. */
  ctx: UseCaseContext;
}

/** What an Action.Execute handler answers: a refreshed card, or a message. */
export type ExecuteAnswer = { kind: 'card'; card: object } | { kind: 'message'; text: string };

export interface TextHandler {
  name: string;
  /** Intent names a classifier may route to this handler (besides its own matcher). */
  intents?: readonly string[];
  /** True when this handler should take the text. Called in registration order. */
  matches(text: string, turn: Turn): boolean;
  /**
   * When the classifier chose one of `intents`: whether this handler can act on the text (its own
   * parser found what it needs). Without it, `matches` decides; false lets the text fall through.
   */
  accepts?(text: string, turn: Turn, intent: string): boolean;
  /** `intent` is the classifier's choice when it routed the text here; absent after `matches`. */
  handle(turn: Turn, text: string, intent?: string): Promise<void>;
}

export interface SubmitHandler {
  /** Verb prefix, e.g. 'guide.' — an Action.Submit whose data.verb starts with it comes here. */
  prefix: string;
  handle(turn: Turn, value: Record<string, unknown>): Promise<void>;
}

export interface ExecuteHandler {
  prefix: string;
  handle(turn: Turn, verb: string, data: Record<string, unknown>): Promise<ExecuteAnswer>;
}
