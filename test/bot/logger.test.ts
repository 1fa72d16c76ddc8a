import { expect } from 'chai';
import { createLogger } from '../../bot/logger.js';

function capture(pretty: boolean, level: 'debug' | 'info' = 'info') {
  const lines: string[] = [];
  const logger = createLogger(level, { pretty, out: { write: (l: string) => lines.push(l) } });
  return { logger, lines };
}

describe('createLogger', () => {
  it('when pretty (local mode), then a line is "HH:mm:ss LEVEL message key=value", without app, pid or hostname', () => {
    const { logger, lines } = capture(true);
    logger.info({ digests: 3, plannedDays: '2026-12-07' }, 'scheduler tick');
    expect(lines).to.have.length(1);
    expect(lines[0]).to.match(
      /^\d\d:\d\d:\d\d INFO {2}scheduler tick digests=3 plannedDays=2026-12-07\n$/,
    );
  });

  it('when pretty and an error is logged, then its message follows and its stack is indented below', () => {
    const { logger, lines } = capture(true);
    logger.error({ err: new Error('disk full') }, 'outbox drain failed');
    const [first, ...stack] = (lines[0] ?? '').trimEnd().split('\n');
    expect(first).to.match(/ERROR outbox drain failed \(disk full\)$/);
    expect(stack.length).to.be.greaterThan(0);
    expect(stack.every((l) => l.startsWith('    at '))).to.equal(true);
  });

  it('when pretty, then a warning carries no stack', () => {
    const { logger, lines } = capture(true);
    logger.warn({ err: new Error('timeout') }, 'could not look up');
    expect(lines[0]).to.match(/WARN {2}could not look up \(timeout\)\n$/);
  });

  it('when JSON (production), then lines are pino JSON with the app name', () => {
    const { logger, lines } = capture(false);
    logger.info({ url: 'http://x' }, 'Nærvær started');
    expect(JSON.parse(lines[0] ?? '')).to.include({ level: 30, app: 'naervaer', url: 'http://x' });
  });

  it('when a field is message text or a card value, then it is redacted in both formats', () => {
    for (const pretty of [true, false]) {
      const { logger, lines } = capture(pretty);
      logger.info({ text: 'Mette er syg', value: { note: 'x' } }, 'turn');
      expect(lines[0]).to.not.contain('Mette');
      expect(lines[0]).to.contain('[Redacted]');
    }
  });

  it('when below the level, then nothing is written', () => {
    const { logger, lines } = capture(true);
    logger.debug('outbox item sent');
    expect(lines).to.deep.equal([]);
  });
});
