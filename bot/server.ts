/**
 * restify: POST /api/messages (malformed activities get 400 and no turn), GET /healthz.
 */
import restify from 'restify';
import { z } from 'zod';
import type { CloudAdapter } from 'botbuilder';
import type { NaervaerBot } from './teams-bot.js';
import type { AppDeps } from './deps.js';

/** The least an activity must carry before the adapter sees it. */
const activityShape = z.looseObject({
  type: z.string().min(1),
  serviceUrl: z.string().min(1),
  channelId: z.string().min(1),
  conversation: z.looseObject({ id: z.string().min(1) }),
  from: z.looseObject({ id: z.string().min(1) }).optional(),
});

export function createServer(deps: AppDeps, adapter: CloudAdapter, bot: NaervaerBot): restify.Server {
  const server = restify.createServer({ name: 'naervaer', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 512 * 1024 }));

  server.post('/api/messages', async (req, res) => {
    const shape = activityShape.safeParse(req.body);
    if (!shape.success) {
      deps.logger.warn({ issues: shape.error.issues.map((i) => i.path.join('.')) }, 'malformed activity refused');
      res.send(400, { error: 'malformed activity' });
      return;
    }
    await adapter.process(req, res, (context) => bot.run(context));
  });

  server.get('/healthz', async (_req, res) => {
    await Promise.resolve();
    const info = deps.repos.info();
    res.send(200, { status: 'ok', mode: deps.config.mode, store: info.kind, schemaVersion: info.schemaVersion, origin: info.origin });
  });

  return server;
}
