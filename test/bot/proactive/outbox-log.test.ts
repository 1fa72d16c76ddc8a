/**
 * What the outbox's background loop logs: one info line per drain that sent, failed or cancelled
 * something; a drain that only postponed items, and a retried item's own line, only at debug.
 */
import { expect } from 'chai';
import { createLogger } from '../../../bot/logger.js';
import { until } from '../../helpers/until.js';
import { item, recordRequests, startHarness, type Harness } from './outbox-harness.js';

type Line = { level: number; msg: string; [key: string]: unknown };

function capturing(level: 'info' | 'debug') {
  const lines: Line[] = [];
  const out = { write: (l: string) => void lines.push(JSON.parse(l) as Line) };
  return { logger: createLogger(level, { out }), lines };
}

describe('the outbox loop’s log', () => {
  let h: Harness;
  afterEach(async () => h.close());

  it('when three items are sent, one after a 503, then info level shows one line per drain and none per item', async () => {
    h = await startHarness();
    recordRequests(h, (n) => (n === 0 ? { status: 503 } : null));
    await h.outbox.enqueue([item('x', 0), item('y', 1), item('z', 2)]);
    const { logger, lines } = capturing('info');
    const sender = h.sender({ logger });
    sender.start();
    await until(() => h.requests.filter((r) => r.status === 200).length === 3, 'three sends');
    await until(() => lines.length === 2, 'the second drain’s line');
    await sender.stop();
    expect(lines.map((l) => [l.level, l.msg, l.sent, l.retried, l.failed])).to.deep.equal([
      [30, 'outbox drained', 2, 1, 0],
      [30, 'outbox drained', 1, 0, 0],
    ]);
  });

  it('when a lone item is retried twice before it is sent, then the drains that only postponed it print nothing at info', async () => {
    h = await startHarness();
    recordRequests(h, (n) => (n < 2 ? { status: 503 } : null));
    await h.outbox.enqueue([item('x', 0)]);
    const { logger, lines } = capturing('info');
    const sender = h.sender({ logger });
    sender.start();
    await until(() => lines.length === 1, 'the drain that sent it');
    await sender.stop();
    expect(h.requests.map((r) => r.status)).to.deep.equal([503, 503, 200]);
    expect(lines.map((l) => [l.msg, l.sent, l.retried])).to.deep.equal([['outbox drained', 1, 0]]);
  });

  it('when at debug level, then each failed send has its own line too', async () => {
    h = await startHarness();
    recordRequests(h, (n) => (n === 0 ? { status: 503 } : null));
    await h.outbox.enqueue([item('x', 0)]);
    const { logger, lines } = capturing('debug');
    const report = await h.sender({ logger }).drainOnce();
    expect(report.retried).to.equal(1);
    expect(lines.filter((l) => l.msg === 'outbox send failed')).to.have.length(1);
    expect(lines.find((l) => l.msg === 'outbox send failed')).to.include({
      level: 20,
      outboxId: 'x',
    });
  });
});
