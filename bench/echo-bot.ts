/**
 * The baseline for bench/turn-bench.ts: a bare botbuilder echo bot with the bot's own server
 * set-up (restify, the same body parser, POST /api/messages → CloudAdapter.process) and its
 * local-mode authentication (ConfigurationBotFrameworkAuthentication with an empty app id, so
 * authentication is off), and a TeamsActivityHandler whose onMessage replies with the text.
 */
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  TeamsActivityHandler,
} from 'botbuilder';
import restify from 'restify';
import type { AddressInfo } from 'node:net';

export interface EchoBot {
  url: string;
  close(): Promise<void>;
}

class EchoHandler extends TeamsActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(context.activity.text ?? '');
      await next();
    });
  }
}

export async function startEchoBot(port = 0, host = '127.0.0.1'): Promise<EchoBot> {
  const adapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: '',
      MicrosoftAppPassword: '',
      MicrosoftAppType: 'MultiTenant',
      MicrosoftAppTenantId: undefined,
    }),
  );
  const bot = new EchoHandler();
  const server = restify.createServer({ name: 'echo', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 512 * 1024 }));
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  await new Promise<void>((resolve) => {
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo | null;
  return {
    url: `http://${host}:${address?.port ?? port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
      }),
  };
}
