/**
 * What the outbox sender asks of each kind of item: a renderer turns a stored item into the
 * activity to send now (so a card shows the state of now, not of when it was queued), or says
 * there is nothing left to send.
 */
import type { Activity } from 'botbuilder';
import type { DateTime } from 'luxon';
import type { Locale } from '../../domain/model.js';
import type { OutboxItem, OutboxRepository } from '../../data/outbox-repository.js';

export interface RenderContext {
  now: DateTime;
  /** The recipient's stored locale. */
  locale: Locale;
  /** True when the item is sent well after it fell due (catch-up after downtime): show originalDueAt. */
  late: boolean;
  /** The outbox, to look up an item sent before (an update in place needs its activity id). */
  outbox: Pick<OutboxRepository, 'get'>;
}
/**
 * What a renderer decided: an activity to send (with `replaces`: an update in place of the
 * activity sent before, then the short `followUp` message, if any), or nothing left to send.
 */
export type RenderResult =
  | { activity: Partial<Activity>; replaces?: string | null; followUp?: Partial<Activity> | null }
  | { cancel: string };
export type Rendered = Extract<RenderResult, { activity: unknown }>;
export type Renderer = (
  item: Readonly<OutboxItem>,
  context: RenderContext,
) => Promise<RenderResult>;
