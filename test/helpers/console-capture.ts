/**
 * For tests that provoke output a library prints on its own (the Bot Framework SDK writes every
 * refused token's error and stack with console.error): what console.error, console.warn and
 * console.log printed while `fn` ran is captured instead of shown, and handed back to be checked.
 * The console is restored however `fn` ends; a failing `fn` still fails the test.
 */
import { format } from 'node:util';

type Method = 'error' | 'warn' | 'log';
const METHODS: readonly Method[] = ['error', 'warn', 'log'];

export async function capturingConsole<T>(
  fn: () => Promise<T>,
): Promise<{ result: T; printed: string }> {
  const lines: string[] = [];
  const saved = METHODS.map((m) => [m, Object.getOwnPropertyDescriptor(console, m)] as const);
  for (const m of METHODS)
    console[m] = (...args: unknown[]) => void lines.push(`${m}: ${format(...args)}`);
  try {
    const result = await fn();
    return { result, printed: lines.join('\n') };
  } finally {
    for (const [m, original] of saved) if (original) Object.defineProperty(console, m, original);
  }
}
