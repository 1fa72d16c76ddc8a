import { pino } from 'pino';

export type Logger = pino.Logger;

export interface LoggerOptions {
  /**
   * Short human-readable lines instead of JSON (local mode, where a person reads the terminal).
   * Production keeps JSON for the log collector.
   */
  pretty?: boolean;
  /** Where lines go (default stdout). */
  out?: { write(line: string): unknown };
}

/** Never log message text or card values: they may concern a person's absence. */
export function createLogger(level: pino.LevelWithSilent, options: LoggerOptions = {}): Logger {
  const settings = { level, base: { app: 'naervaer' }, redact: ['text', 'value', 'attachments'] };
  const out = options.out ?? process.stdout;
  if (options.pretty) return pino(settings, { write: (line: string) => out.write(compact(line)) });
  return options.out
    ? pino(settings, { write: (line: string) => out.write(line) })
    : pino(settings);
}

const LEVELS: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO ',
  40: 'WARN ',
  50: 'ERROR',
  60: 'FATAL',
};
const OMIT = new Set(['level', 'time', 'msg', 'app', 'pid', 'hostname', 'err']);

/**
 * One pino JSON line as `HH:mm:ss LEVEL message key=value …`; an error's message follows, and at
 * error level its stack too (indented), since that is what someone fixing it needs.
 */
export function compact(line: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  const level = typeof entry.level === 'number' ? entry.level : 30;
  const time = new Date(typeof entry.time === 'number' ? entry.time : Date.now());
  const clock = time.toTimeString().slice(0, 8);
  const fields = Object.entries(entry)
    .filter(([key, value]) => !OMIT.has(key) && value !== undefined)
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  const err = errorOf(entry.err);
  const parts = [
    clock,
    LEVELS[level] ?? String(level),
    typeof entry.msg === 'string' ? entry.msg : '',
    ...fields,
  ];
  if (err) parts.push(`(${err.message})`);
  let text = parts.filter((p) => p !== '').join(' ');
  if (err?.stack && level >= 50) text += '\n' + indent(err.stack);
  return text + '\n';
}

function errorOf(err: unknown): { message: string; stack?: string } | null {
  if (typeof err === 'string') return { message: err };
  if (typeof err !== 'object' || err === null) return null;
  const e = err as { message?: unknown; stack?: unknown; type?: unknown };
  const message =
    typeof e.message === 'string' ? e.message : typeof e.type === 'string' ? e.type : 'error';
  return typeof e.stack === 'string' ? { message, stack: e.stack } : { message };
}

function indent(stack: string): string {
  // The stack's first line repeats the message already printed.
  return stack
    .split('\n')
    .slice(1)
    .map((l) => `    ${l.trim()}`)
    .join('\n');
}
