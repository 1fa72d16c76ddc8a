/**
 * restify: POST /api/messages, GET /healthz, /privacy, /terms. A request to /api/messages that is
 * not JSON gets 415; in local mode one a browser marks cross-site, or whose serviceUrl is not this
 * machine, gets 403; a malformed or overlong activity 400; a failed authentication 401. No turn.
 */
import restify from 'restify';
import { z } from 'zod';
import type { CloudAdapter } from 'botbuilder';
import type { NaervaerBot } from './teams-bot.js';
import type { AppDeps } from './deps.js';
import { headerRefusal, processActivity, refuse, serviceUrlRefusal } from './http-guard.js';
import { registerTab } from './tab/tab-routes.js';

/** Identifiers are short in every channel; a longer one is refused before any code stores it. */
const ID_MAX = 512;
const id = z.string().min(1).max(ID_MAX);
const optionalId = z.string().max(ID_MAX).nullish();

/** The least an activity must carry before the adapter sees it, and the most it may carry. */
const activityShape = z.looseObject({
  type: z.string().min(1).max(64),
  id: optionalId,
  replyToId: optionalId,
  serviceUrl: z.string().min(1).max(2048),
  channelId: id,
  locale: z.string().max(20).nullish(),
  conversation: z.looseObject({ id }),
  from: z.looseObject({ id, aadObjectId: optionalId }).optional(),
  recipient: z.looseObject({ id: optionalId }).nullish(),
});

export function createServer(
  deps: AppDeps,
  adapter: CloudAdapter,
  bot: NaervaerBot,
): restify.Server {
  const server = restify.createServer({ name: 'naervaer', handleUncaughtExceptions: false });

  // Refused on the headers alone, before the body is read or parsed.
  const guard: restify.RequestHandler = (req, res, next) => {
    const refusal = headerRefusal(req.headers, deps.config.mode);
    if (!refusal) return next();
    deps.logger.warn({ status: refusal.status, reason: refusal.error }, 'request refused');
    refuse(res, refusal);
    return next(false);
  };
  const body = restify.plugins.bodyParser({ mapParams: false, maxBodySize: 512 * 1024 });

  server.post('/api/messages', guard, ...body, async (req, res) => {
    const shape = activityShape.safeParse(req.body);
    if (!shape.success) {
      deps.logger.warn(
        { issues: shape.error.issues.map((i) => i.path.join('.')) },
        'malformed activity refused',
      );
      res.send(400, { error: 'malformed activity' });
      return;
    }
    const refusal = serviceUrlRefusal(shape.data.serviceUrl, deps.config.mode);
    if (refusal) {
      deps.logger.warn({ status: refusal.status }, 'request refused: serviceUrl');
      refuse(res, refusal);
      return;
    }
    await processActivity(
      adapter,
      req,
      res,
      (context) => bot.run(context),
      () => deps.logger,
    );
  });

  server.get('/healthz', async (_req, res) => {
    await Promise.resolve();
    const info = deps.repos.info();
    res.send(200, {
      status: 'ok',
      mode: deps.config.mode,
      store: info.kind,
      schemaVersion: info.schemaVersion,
      origin: info.origin,
    });
  });

  server.get('/privacy', async (_req, res) => {
    await Promise.resolve();
    sendPage(res, PRIVACY_PAGE);
  });
  server.get('/terms', async (_req, res) => {
    await Promise.resolve();
    sendPage(res, TERMS_PAGE);
  });

  registerTab(server, deps);

  return server;
}

function sendPage(res: restify.Response, html: string): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(html);
}

const PRIVACY_PAGE = `<!doctype html><html lang="da"><meta charset="utf-8"><title>Nærvær – privatliv</title>
<h1>Nærvær – behandling af personoplysninger</h1>
<p>Nærvær gemmer datoer for sygefravær, hvilke opfølgningsskridt der er gennemført og hvad der er aftalt.
Nærvær gemmer aldrig diagnoser eller helbredsoplysninger og aldrig CPR-numre. En leder ser kun medarbejdere i de enheder,
vedkommende leder; kanaler får kun samlede tal. Hver visning af en persons fravær logges. Kommunen er dataansvarlig.</p>
<h1 lang="en">Nærvær – privacy</h1>
<p lang="en">Nærvær stores dates of sickness absence, which follow-up steps were done and what was agreed. It never stores
diagnoses, health details or CPR numbers. A leader sees only the employees of the units they lead; channels get aggregates
only. Every read of a person's absence is logged. The municipality is the data controller.</p></html>`;

const TERMS_PAGE = `<!doctype html><html lang="da"><meta charset="utf-8"><title>Nærvær – vilkår</title>
<h1>Nærvær – vilkår for brug</h1><p>Nærvær er et værktøj for kommunens ledere og HR. Brug det efter kommunens
retningslinjer for sygefravær. Nærvær er ikke juridisk rådgivning.</p>
<h1 lang="en">Nærvær – terms of use</h1><p lang="en">Nærvær is a tool for the municipality's leaders and HR. Use it
under the municipality's sickness-absence guidelines. Nærvær is not legal advice.</p></html>`;
