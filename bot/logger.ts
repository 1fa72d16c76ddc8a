import { pino } from 'pino';

export type Logger = pino.Logger;

/** JSON logs. Never log message text or card values: they may concern a person's absence. */
export function createLogger(level: pino.LevelWithSilent): Logger {
  return pino({ level, base: { app: 'naervaer' }, redact: ['text', 'value', 'attachments'] });
}
