/**
 * Builds the tab's front end into tab/static (git-ignored) with esbuild: one ES module bundle per
 * page, minified, plus the HTML and CSS. Runs as `prepare` (npm install) and `prestart`.
 */
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const here = import.meta.dirname;
const out = path.join(here, 'static');

/** Builds the pages; returns the bytes of JavaScript written. */
export async function buildTab(): Promise<number> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(path.join(here, 'public'), out, { recursive: true });
  const result = await build({
    entryPoints: {
      main: path.join(here, 'src/main.ts'),
      config: path.join(here, 'src/config-page.ts'),
    },
    outdir: out,
    bundle: true,
    format: 'esm',
    splitting: true,
    minify: true,
    sourcemap: true,
    target: ['chrome110', 'edge110', 'safari16'],
    metafile: true,
    logLevel: 'warning',
  });
  return Object.entries(result.metafile.outputs)
    .filter(([file]) => file.endsWith('.js'))
    .reduce((sum, [, o]) => sum + o.bytes, 0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const started = Date.now();
  const bytes = await buildTab();
  process.stdout.write(
    `tab built in ${Date.now() - started} ms: ${(bytes / 1024).toFixed(0)} KB of JavaScript in ${path.relative(process.cwd(), out)}\n`,
  );
}
