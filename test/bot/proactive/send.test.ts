import { expect } from 'chai';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import {
  classifySendError,
  describeFailure,
  retryAfterMs,
  sendProactive,
  toConversationReference,
  type SendFailure,
} from '../../../bot/proactive/send.js';
import {
  startFakeConnector,
  type FakeConnector,
  type Fault,
} from '../../helpers/fake-connector.js';
import { conversationRecord } from './outbox-harness.js';

const NOW = Date.parse('2026-11-23T07:00:00.000Z');

/** What sendProactive throws for one connector answer, and how many requests reached the connector. */
async function failureFor(
  connector: FakeConnector,
  fault: Fault | null,
): Promise<{ error: unknown; requests: number }> {
  const options: ConfigurationBotFrameworkAuthenticationOptions = { MicrosoftAppId: '' };
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(options));
  const reference = toConversationReference(conversationRecord(0, connector.url).reference)!;
  let requests = 0;
  connector.setResponder(() => (requests++ === 0 ? fault : null));
  try {
    await sendProactive(adapter, '', reference, { type: 'message', text: 'x' }, 10_000);
    return { error: null, requests };
  } catch (error) {
    return { error, requests };
  }
}

describe('classifySendError (real SDK errors from the fake connector)', () => {
  let connector: FakeConnector;
  before(async () => (connector = await startFakeConnector()));
  after(async () => connector.close());

  const table: Array<[string, Fault, Partial<SendFailure>, string]> = [
    [
      '429 with Retry-After: 2',
      { status: 429, headers: { 'Retry-After': '2' } },
      { kind: 'throttled', retryAfterMs: 2_000 },
      'http 429 Fault',
    ],
    [
      '429 without Retry-After',
      { status: 429 },
      { kind: 'throttled', retryAfterMs: null },
      'http 429 Fault',
    ],
    [
      '403 MessageWritesBlocked',
      { status: 403, body: { error: { code: 'MessageWritesBlocked', message: 'x' } } },
      { kind: 'unreachable' },
      'http 403 MessageWritesBlocked',
    ],
    [
      '404 ConversationNotFound',
      { status: 404, body: { error: { code: 'ConversationNotFound', message: 'x' } } },
      { kind: 'unreachable' },
      'http 404 ConversationNotFound',
    ],
    ['412', { status: 412 }, { kind: 'transient' }, 'http 412 Fault'],
    ['500', { status: 500 }, { kind: 'transient' }, 'http 500 Fault'],
    ['502', { status: 502 }, { kind: 'transient' }, 'http 502 Fault'],
    [
      '503 with Retry-After: 5',
      { status: 503, headers: { 'Retry-After': '5' } },
      { kind: 'transient', retryAfterMs: 5_000 },
      'http 503 Fault',
    ],
    ['504', { status: 504 }, { kind: 'transient' }, 'http 504 Fault'],
    ['400', { status: 400 }, { kind: 'permanent' }, 'http 400 Fault'],
    [
      '413 MessageSizeTooBig',
      { status: 413, body: { error: { code: 'MessageSizeTooBig', message: 'x' } } },
      { kind: 'permanent' },
      'http 413 MessageSizeTooBig',
    ],
  ];
  for (const [name, fault, expected, description] of table) {
    it(`when the connector answers ${name}, then it is ${expected.kind} ("${description}") after exactly one request`, async () => {
      const { error, requests } = await failureFor(connector, fault);
      const failure = classifySendError(error, NOW);
      expect(failure).to.include({ status: fault.status, ...expected });
      expect(describeFailure(failure)).to.equal(description);
      expect(requests, 'the SDK must not retry behind our back').to.equal(1);
    });
  }

  it('when the connector answers 200, then the activity id comes back', async () => {
    const adapter = new CloudAdapter(
      new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '' }),
    );
    const reference = toConversationReference(conversationRecord(0, connector.url).reference)!;
    connector.setResponder(null);
    const result = await sendProactive(
      adapter,
      '',
      reference,
      { type: 'message', text: 'x' },
      10_000,
    );
    expect(result.activityId).to.match(/^act-\d+$/);
    expect(result.sdkRetriesDisabled).to.equal(true);
  });

  it('when nothing listens at the service URL, then the error is transient and has no status', async () => {
    const closed = await startFakeConnector();
    await closed.close();
    const { error } = await failureFor(closed, null);
    expect(classifySendError(error, NOW)).to.include({
      kind: 'transient',
      status: null,
      code: 'ECONNREFUSED',
    });
  });
});

describe('retryAfterMs', () => {
  const errorWith = (headers: Record<string, string>) => {
    const error = new Error('x');
    Object.defineProperty(error, 'response', {
      value: { status: 429, headers: new Headers(headers) },
      enumerable: false,
    });
    return error;
  };
  const table: Array<[Record<string, string>, number | null]> = [
    [{ 'Retry-After': '2' }, 2_000],
    [{ 'Retry-After': '0.5' }, 500],
    [{ 'Retry-After': 'Mon, 23 Nov 2026 07:00:30 GMT' }, 30_000],
    [{ 'Retry-After': 'Mon, 23 Nov 2026 06:59:00 GMT' }, 0],
    [{ 'retry-after-ms': '1500' }, 1_500],
    [{ 'Retry-After': 'soon' }, null],
    [{}, null],
  ];
  for (const [headers, expected] of table) {
    it(`when the headers are ${JSON.stringify(headers)}, then the wait is ${expected} ms`, () => {
      expect(retryAfterMs(errorWith(headers), NOW)).to.equal(expected);
    });
  }
});

describe('toConversationReference', () => {
  it('when the stored reference is complete, then serviceUrl, conversation and tenant come through', () => {
    const ref = toConversationReference(conversationRecord(3, 'http://127.0.0.1:1/').reference);
    expect(ref).to.deep.include({ serviceUrl: 'http://127.0.0.1:1/', channelId: 'msteams' });
    expect(ref?.conversation).to.include({
      id: 'a:conv-3',
      tenantId: 'aaaaaaaa-0000-4000-8000-00000000000a',
      isGroup: false,
    });
  });

  it('when the stored reference has no serviceUrl or no conversation id, then it is unusable (null)', () => {
    const { serviceUrl: _drop, ...noUrl } = conversationRecord(1, 'http://x/').reference;
    expect(toConversationReference(noUrl)).to.equal(null);
    expect(
      toConversationReference({
        ...conversationRecord(1, 'http://x/').reference,
        conversation: {},
      }),
    ).to.equal(null);
  });
});
