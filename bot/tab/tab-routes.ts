/**
 * The Nærvær tab on the bot's restify server: the built front end under /tab/ (tab/static, made
 * by `npm install` / `npm start`) and its JSON API under /api/tab/. Teams shows the pages in an
 * iframe, so they may be framed by Teams' own origins only.
 */
import path from 'node:path';
import restify from 'restify';
import type { AppDeps } from '../deps.js';
import { registerTabApi } from './tab-api.js';
import { tabAuthenticator } from './tab-auth.js';

export const TAB_STATIC_DIR = path.resolve(import.meta.dirname, '../../tab/static');

const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.office.com',
  'https://*.microsoft365.com',
].join(' ');

export function registerTab(server: restify.Server, deps: AppDeps): void {
  registerTabApi(server, deps, tabAuthenticator(deps.config, deps.logger));
  server.get('/tab', (_req, res, next) => {
    res.redirect(302, '/tab/', next);
  });
  server.get(
    '/tab/*',
    restify.plugins.serveStaticFiles(TAB_STATIC_DIR, {
      setHeaders: (res) => {
        res.setHeader('content-security-policy', `frame-ancestors ${FRAME_ANCESTORS}`);
        res.setHeader('x-content-type-options', 'nosniff');
      },
    }),
  );
}
