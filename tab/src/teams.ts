/**
 * The Teams host, if there is one: `app.initialize()` raced against a short timeout (outside
 * Teams it rejects at once, in a foreign iframe only after a minute); the context is read only
 * after a successful initialize, and the SSO token asked for only inside Teams.
 */
import { app, authentication } from '@microsoft/teams-js';

export interface Host {
  inTeams: boolean;
  locale: string | null;
  theme: string | null;
  /** 'content' (a tab), 'settings' (a channel tab's configuration page), … */
  frameContext: string | null;
  onTheme(handler: (theme: string) => void): void;
  token(): Promise<string | null>;
}

const INIT_TIMEOUT_MS = 2000;

const outside: Host = {
  inTeams: false,
  locale: null,
  theme: null,
  frameContext: null,
  onTheme: () => undefined,
  token: () => Promise.resolve(null),
};

export async function connect(): Promise<Host> {
  const initialized = await Promise.race([
    app.initialize().then(
      () => true,
      () => false,
    ),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), INIT_TIMEOUT_MS)),
  ]);
  if (!initialized) return outside;
  const context = await app.getContext();
  return {
    inTeams: true,
    locale: context.app.locale,
    theme: context.app.theme ?? null,
    frameContext: context.page.frameContext ?? null,
    onTheme: (handler) => app.registerOnThemeChangeHandler(handler),
    token: () => authentication.getAuthToken(),
  };
}

/** Tells Teams the page is ready (it hides its loading indicator). */
export function notifyReady(host: Host): void {
  if (host.inTeams) void app.notifySuccess();
}
