/**
 * The tab's JSON API under /api/tab/. Each route parses its input with zod, calls one app/ use
 * case with the tab's audience and turns the answer into JSON; refusals are short JSON bodies
 * (400 bad input, 401 no valid sign-in, 403 not yours, 404 unknown). A unit the viewer may not
 * see answers 403 and nothing of it — not even whether it exists.
 */
import restify from 'restify';
import { z } from 'zod';
import { applyStepAction } from '../../app/follow-up/step-actions.js';
import { compareUnits } from '../../app/overview/compare-units.js';
import { showUnitStatistics } from '../../app/statistics.js';
import { hrBoard } from '../../app/tab/hr-board.js';
import { sickNow } from '../../app/tab/sick-now.js';
import { tabViewer } from '../../app/tab/tab-viewer.js';
import { todayIn } from '../../app/context.js';
import { dueText, formatDay, stepTitle } from '../../cards/follow-up-format.js';
import { OUTCOME_KINDS } from '../../domain/follow-up/step-types.js';
import type { MessageKey } from '../../i18n/index.js';
import type { AppDeps } from '../deps.js';
import { HR_CARDS } from '../hr-cards.js';
import { noticeIn } from '../notice-text.js';
import { refuse, tabRequest, type Authenticate, type TabRequest } from './tab-request.js';
import { tabWorkflows } from './tab-workflows.js';

const idParam = z.string().regex(/^[^\s/\\?#]{1,128}$/u);
const isoDate = z.iso.date();

const stepBody = z.discriminatedUnion('verb', [
  z.strictObject({
    verb: z.literal('complete'),
    version: z.number().int().min(0),
    outcome: z.enum(OUTCOME_KINDS).exclude(['not-appropriate']),
  }),
  z.strictObject({ verb: z.literal('postpone'), version: z.number().int().min(0), date: isoDate }),
]);

type Handler = (tab: TabRequest, req: restify.Request, res: restify.Response) => Promise<void>;

/** A use case's message: refused (403) with the sentence in the reader's language. */
function refused(res: restify.Response, tab: TabRequest, key: MessageKey): void {
  res.header('cache-control', 'no-store');
  res.send(403, { error: 'refused', message: tab.t(key) });
}

const send = (res: restify.Response, body: object): void => {
  res.header('cache-control', 'no-store');
  res.send(200, body);
};

const me: Handler = async (tab, _req, res) => send(res, await tabViewer(tab.ctx));

const unit: Handler = async (tab, req, res) => {
  const id = idParam.safeParse((req.params as Record<string, unknown>).id);
  if (!id.success) return refuse(res, 400, 'tab.error.badRequest', tab.t, 'bad unit id');
  const answer = await showUnitStatistics(tab.ctx, { unitId: id.data });
  const view = answer.kind === 'views' ? answer.views[0] : undefined;
  if (view?.kind === 'unit') return send(res, { report: view.report, situation: view.guidance });
  if (answer.kind === 'message' && answer.key === 'stats.unknownUnit')
    return refuse(res, 404, 'tab.error.notFound', tab.t, 'unknown unit');
  return refuse(res, 403, 'tab.error.forbidden', tab.t, 'forbidden');
};

const ranking: Handler = async (tab, _req, res) => {
  const answer = await compareUnits(tab.ctx, { year: null });
  if (answer.kind === 'message') return send(res, { ranking: null, message: tab.t(answer.key) });
  send(res, { ranking: answer });
};

const sick: Handler = async (tab, _req, res) => {
  const answer = await sickNow(tab.ctx);
  if (answer.kind === 'message') return refused(res, tab, answer.key);
  const { t } = tab;
  const rows = answer.rows.map(({ next, ...row }) => ({
    ...row,
    startText: formatDay(t.locale, row.start, answer.today),
    next: next && {
      id: next.id,
      version: next.version,
      title: stepTitle(t, next.purpose),
      dueDate: next.dueDate,
      dueText: dueText(t, next, answer.today),
      legal: next.legal,
    },
  }));
  send(res, { today: answer.today, rows });
};

const hr: Handler = async (tab, _req, res) => {
  const answer = await hrBoard(tab.ctx);
  if (answer.kind === 'message') return refused(res, tab, answer.key);
  send(res, answer);
};

const stepAction: Handler = async (tab, req, res) => {
  const id = idParam.safeParse((req.params as Record<string, unknown>).id);
  const body = stepBody.safeParse(req.body);
  if (!id.success || !body.success)
    return refuse(res, 400, 'tab.error.badRequest', tab.t, 'bad step action');
  const b = body.data;
  const input =
    b.verb === 'complete'
      ? {
          verb: 'followup.complete' as const,
          stepId: id.data,
          version: b.version,
          outcome: { kind: b.outcome },
        }
      : { verb: 'followup.postpone' as const, stepId: id.data, version: b.version, date: b.date };
  const done = await applyStepAction(tab.ctx, input, { hrCards: HR_CARDS });
  const message = noticeIn(tab.t, todayIn(tab.ctx), done.notice);
  if (done.kind === 'refused') return void res.send(403, { error: 'refused', message });
  send(res, {
    ok: done.tone === 'good',
    message,
    state: done.step.state,
    version: done.step.version,
  });
};

/** Registers the API routes on the server. */
export function registerTabApi(
  server: restify.Server,
  deps: AppDeps,
  authenticate: Authenticate,
): void {
  const route =
    (handler: Handler): restify.RequestHandler =>
    async (req, res) => {
      const tab = await tabRequest(deps, authenticate, req, res);
      if (tab) await handler(tab, req, res);
    };
  const body = restify.plugins.bodyParser({ mapParams: false, maxBodySize: 4 * 1024 });
  server.get('/api/tab/me', route(me));
  server.get('/api/tab/units/:id', route(unit));
  server.get('/api/tab/ranking', route(ranking));
  server.get('/api/tab/sick-now', route(sick));
  server.get('/api/tab/hr', route(hr));
  server.get('/api/tab/workflows/:filter', route(tabWorkflows));
  server.post('/api/tab/steps/:id', ...body, route(stepAction));
}
