/**
 * `npm run package [-- --dev] [-- --out <file>]`: validates and writes appPackage/build/naervaer.zip.
 * The only place that reads the environment: TEAMS_APP_ID, BOT_ID (GUIDs) and BOT_DOMAIN (host).
 * Exits 1 with a readable message when a setting is missing or malformed; `--dev` fills missing
 * settings with placeholders for a package that is only inspected locally.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { packageOptionsFrom, writeAppPackage } from './app-package.js';
import { buildManifest } from './manifest-builder.js';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { dev: { type: 'boolean', default: false }, out: { type: 'string' } },
  });
  const packageJson = z
    .object({ version: z.string() })
    .parse(JSON.parse(await readFile(here('../package.json'), 'utf8')));
  const options = packageOptionsFrom(process.env, {
    dev: values.dev,
    version: packageJson.version,
  });
  if (!options.ok) {
    console.error(`npm run package: ${options.reason}`);
    return 1;
  }
  const manifest = buildManifest(options.value);
  const { AppManifestUtils } = await import('@microsoft/app-manifest'); // slow; only when needed
  const problems = await AppManifestUtils.validateAgainstSchema(manifest);
  if (problems.length > 0) {
    console.error(`npm run package: the manifest is invalid:\n  ${problems.join('\n  ')}`);
    return 1;
  }
  const outFile = values.out ?? here('build/naervaer.zip');
  const entries = await writeAppPackage(manifest, here('.'), outFile);
  console.log(
    `Wrote ${outFile} (${entries.join(', ')}) for bot ${options.value.botId} at ${options.value.domain}.`,
  );
  return 0;
}

process.exitCode = await main();
