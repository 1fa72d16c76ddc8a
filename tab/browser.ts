/**
 * Opening the tab in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core):
 * shared by the browser tests and `npm run screenshots`. A token, when given, is added to the
 * tab's API calls only, as Teams' SSO would (outside Teams the page has none of its own).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const launch = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });

export interface OpenOptions {
  theme?: 'light' | 'dark' | 'contrast';
  locale?: 'da' | 'en';
  token?: string;
  width?: number;
  extra?: Record<string, string>;
}

/** Opens /tab/ and waits until the page says it is ready (data or an error shown). */
export async function openTab(
  browser: Browser,
  baseUrl: string,
  o: OpenOptions = {},
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: o.width ?? 1100, height: 900 } });
  // Teams' library asks a CDN for its list of domains; offline it falls back to its own list.
  await page.route(/res\.cdn\.office\.net/, (route) => route.abort());
  if (o.token) {
    const authorization = `Bearer ${o.token}`;
    await page.route(/\/api\/tab\//, (route) =>
      route.continue({ headers: { ...route.request().headers(), authorization } }),
    );
  }
  const query = new URLSearchParams({
    theme: o.theme ?? 'light',
    locale: o.locale ?? 'da',
    ...(o.extra ?? {}),
  });
  await page.goto(`${baseUrl}/tab/?${query.toString()}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
  // Charts draw on the next animation frame.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  return page;
}

const AXE_SOURCE = (): string =>
  readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

/** axe-core's WCAG 2.1 A/AA rules on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE() });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            o: unknown,
          ) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.length,
    }));
  });
}
