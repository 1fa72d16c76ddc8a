/**
 * A fake Bot Connector on loopback. It records every activity the bot sends (POST) and every
 * update of a sent activity (PUT .../activities/{activityId}, kept apart in `updates`), and can be
 * told to answer 429 (with Retry-After), 403 or 5xx for the next requests.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  method: string;
  path: string;
  conversationId: string;
  activity: Record<string, unknown>;
  /** The id the connector gave the activity (POST), or the one updated (PUT). */
  activityId: string;
  at: number;
}

export interface Fault {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface FakeConnector {
  url: string;
  /** Activities sent (POST), in order. */
  received: Received[];
  /** Updates of sent activities (PUT /v3/conversations/{id}/activities/{activityId}), in order. */
  updates: Received[];
  /** Answer the next requests with these faults, in order (then 200 again). */
  failNext(...faults: Fault[]): void;
  /** Decide the answer per request (null → the normal 200). */
  setResponder(fn: ((r: Received) => Fault | null) | null): void;
  /** What GET /v3/conversations/{id}/members/{userId} answers for a user (unknown → 404). */
  setMember(userId: string, member: Record<string, unknown>): void;
  /** How many member look-ups the bot made. */
  memberLookups(): number;
  /** Resolves when at least n activities were received (or rejects after timeoutMs). */
  waitFor(n: number, timeoutMs?: number): Promise<Received[]>;
  texts(): string[];
  cards(): Array<Record<string, unknown>>;
  clear(): void;
  close(): Promise<void>;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString()));
    req.on('end', () => resolve(data));
  });
}

export async function startFakeConnector(): Promise<FakeConnector> {
  const received: Received[] = [];
  const updates: Received[] = [];
  const faults: Fault[] = [];
  let responder: ((r: Received) => Fault | null) | null = null;
  let counter = 0;
  const members = new Map<string, Record<string, unknown>>();
  let lookups = 0;
  const server = http.createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const path = req.url ?? '';
      const member = /\/v3\/conversations\/[^/]+\/members\/([^/?]+)/.exec(path);
      if (req.method === 'GET' && member) {
        lookups++;
        const found = members.get(decodeURIComponent(member[1] ?? ''));
        res.writeHead(found ? 200 : 404, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify(found ?? { error: { code: 'MemberNotFound', message: 'no member' } }),
        );
        return;
      }
      const match = /\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(path);
      const conversationId = match ? decodeURIComponent(match[1] ?? '') : '';
      const activity = body ? (JSON.parse(body) as Record<string, unknown>) : {};
      const isUpdate = req.method === 'PUT' && match?.[2] !== undefined;
      const r: Received = {
        method: req.method ?? '',
        path,
        conversationId,
        activity,
        activityId: isUpdate ? decodeURIComponent(match[2] ?? '') : `act-${counter + 1}`,
        at: Date.now(),
      };
      const fault = faults.shift() ?? responder?.(r) ?? null;
      if (fault) {
        res.writeHead(fault.status, {
          'content-type': 'application/json',
          ...(fault.headers ?? {}),
        });
        res.end(
          JSON.stringify(
            fault.body ?? { error: { code: 'Fault', message: `fake ${fault.status}` } },
          ),
        );
        return;
      }
      if (isUpdate) {
        updates.push(r);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: r.activityId }));
        return;
      }
      r.activityId = `act-${++counter}`;
      received.push(r);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: r.activityId }));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    received,
    updates,
    failNext: (...f) => void faults.push(...f),
    setResponder: (fn) => void (responder = fn),
    setMember: (userId, m) => void members.set(userId, m),
    memberLookups: () => lookups,
    waitFor: async (n, timeoutMs = 5000) => {
      const until = Date.now() + timeoutMs;
      while (received.length < n) {
        if (Date.now() > until)
          throw new Error(`fake connector got ${received.length} activities, expected ${n}`);
        await new Promise((r) => setTimeout(r, 10));
      }
      return received;
    },
    texts: () =>
      received.map((r) => r.activity.text).filter((t): t is string => typeof t === 'string'),
    cards: () =>
      received.flatMap((r) =>
        (
          (r.activity.attachments as
            Array<{ contentType: string; content: Record<string, unknown> }> | undefined) ?? []
        )
          .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
          .map((a) => a.content),
      ),
    clear: () => {
      received.splice(0);
      updates.splice(0);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
