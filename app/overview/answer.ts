/**
 * What the overview use cases answer instead of a view: a message key with its parameters. Nothing
 * here is translated: app/ knows no reader.
 */
import { showsPersons } from '../../domain/access.js';
import type { MessageKey } from '../../i18n/index.js';
import type { UseCaseContext } from '../context.js';

export interface OverviewMessage {
  kind: 'message';
  key: MessageKey;
  params?: Record<string, string>;
}

export const message = (key: MessageKey, params?: Record<string, string>): OverviewMessage => ({
  kind: 'message',
  key,
  params,
});

/** Person-level answers only where the actor reads alone: else "ask me in a personal chat". */
export const personalOnly = (ctx: UseCaseContext): OverviewMessage | null =>
  showsPersons(ctx.audience) ? null : message('gate.personalOnly');
